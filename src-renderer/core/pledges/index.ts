export * from './frameworks';
export * from './forms';
export * from './registration';
export * from './template';
export * from './confirmer';
