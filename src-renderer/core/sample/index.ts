export * from './random';
export * from './names';
export * from './cell';
export * from './bloc';
export * from './reports';
