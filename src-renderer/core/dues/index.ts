export * from './rules';
export * from './basis';
export * from './ledger';
export * from './account';
export * from './warnings';
export * from './sheet';
export * from './report';
export * from './minutes';
