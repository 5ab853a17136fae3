export * from './schema';
export * from './validate';
export { findIntegrityProblems } from './integrity';
export { CATALOGUE_MIGRATIONS } from './migrations';
export { IMPORTED_CATALOGUE_ID, catalogueIdentity } from './identity';
