// Drill times as people read them: T+25 (drill minutes from the start, rounded down to the minute
// shown), T+25:30 on the running clock, and real clock times in the plan's zone.
export function tPlusMinutes(drillMinute: number): string {
  return String(Math.floor(drillMinute + 1e-9));
}

/** 25:30 (minutes:seconds) for the trainer's running clock; hours are folded into minutes. */
export function drillClockText(drillMinute: number): string {
  const seconds = Math.floor(drillMinute * 60 + 1e-6);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Whole or one-decimal minutes, never ".0", for results ("late by 5", "after 7.5"). */
export function minutesText(minutes: number): string {
  return String(Math.round(minutes * 10) / 10);
}
