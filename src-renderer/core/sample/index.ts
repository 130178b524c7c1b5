export * from './random';
export * from './names';
export * from './cell';
export * from './counts';
export * from './bloc';
export * from './reports';
