/**
 * The current time as ISO 8601 without milliseconds, like the service (`2018-12-03T10:07:23Z`).
 */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
