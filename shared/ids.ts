// Record ids are UUIDv7: unique across seats (no auto-increment to collide when a sync engine
// merges databases) and ordered by creation time, so the timeline sorts by id even within
// one millisecond.
import { v7 as uuidv7 } from 'uuid';

export const newId = (): string => uuidv7();
