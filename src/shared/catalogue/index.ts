export * from './schema';
export * from './validate';
export { findIntegrityProblems } from './integrity';
export { CATALOGUE_MIGRATIONS } from './migrations';
