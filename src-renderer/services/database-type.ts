/** The database type, for the few features that hand it to a job's service. */
export type { SoNeuGuongDb } from '../db/database';
