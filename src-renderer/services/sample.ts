/** The sample job's door to db/sample.ts: the same operations with the app's database bound. */
import * as repo from '../db/sample';
import { withDb } from './bind';

export { SAMPLE_DATABASE_NAME, createSampleDatabase, deleteSampleDatabase, sampleDatabaseExists } from '../db/sample';
export type { SampleDatabaseInfo, SampleDatabaseOptions, WriteSampleOptions } from '../db/sample';

export const writeSampleCell = withDb(repo.writeSampleCell);
export const prepareAggregatorDatabase = withDb(repo.prepareAggregatorDatabase);
