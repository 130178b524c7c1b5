/** The sample job's door to db/sample.ts: the same operations with the app's database bound. */
export { createSampleDatabase, deleteSampleDatabase, sampleDatabaseExists } from '../db/sample';
