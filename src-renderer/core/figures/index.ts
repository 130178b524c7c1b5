export * from './year';
export * from './meetings';
