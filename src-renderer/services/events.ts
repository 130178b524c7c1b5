/** "Minutes finalised", "forms confirmed" …: the moments the backup scheduler listens for. */
export { onFinalised } from '../db/finalise-events';
