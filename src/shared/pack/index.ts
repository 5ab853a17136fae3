export * from './schema';
export * from './pack';
export * from '../migrations';
