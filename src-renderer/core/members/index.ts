export * from './status';
export * from './labels';
export * from './validate';
export * from './roster';
export * from './duplicates';
export * from './csv';
export * from './roster-import';
export * from './roster-export';
