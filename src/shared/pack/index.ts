export * from './schema';
export * from './pack';
export * from './load';
export * from './settle';
export * from './programme';
export * from './programme-diff';
export * from './warnings';
export { PACK_MIGRATIONS } from './migrations';
export * from '../migrations';
