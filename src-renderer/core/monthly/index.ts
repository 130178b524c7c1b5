export * from './scales';
export * from './grid';
export * from './report';
export * from './history';
