/** Which database the app works on (the real one or the sample cell), for the shell and Cài đặt. */
export { activeDatabaseName, chooseDatabase, closeDb, getDb as currentDatabase, initDb, isSampleDatabaseActive } from '../db/instance';
export { NewerDatabaseError, onNewerVersionOpened } from '../db/open';
export type { StoreChange } from '../db/open';
export { isDatabaseEmpty } from '../db/is-empty';
