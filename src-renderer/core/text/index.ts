export * from './normalize';
export * from './names';
export * from './dates';
export * from './numbers';
export * from './limits';
export * from './report-texts';
