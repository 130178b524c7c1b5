// report-texts (zod schemas) is imported from its own file: this barrel is on the start-up path.
export * from './normalize';
export * from './names';
export * from './dates';
export * from './numbers';
export * from './limits';
