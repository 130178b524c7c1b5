export * from './holidays';
export * from './rules';
export * from './party';
export * from './items';
