/** Rule sets: the registry of kinds, the one resolver and its precedence (resolve.ts). */
export * from './registry';
export * from './resolver';
export * from './meeting';
export { compareRuleSets } from './resolve';
export * from './review';
export * from './pledges';
export * from './citations';
export * from './unverified';
