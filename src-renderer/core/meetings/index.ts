export * from './roster';
export * from './settings';
export * from './attendance';
export * from './votes';
export * from './warnings';
export * from './rubric';
export * from './numbering';
export * from './lifecycle';
