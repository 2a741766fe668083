import { todayUtc } from '../model/dates.js';

/** The time as use cases see it: tests and replays can hold it still. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The clock's day in UTC, YYYY-MM-DD. */
export function today(clock: Clock): string {
  return todayUtc(clock.now());
}
