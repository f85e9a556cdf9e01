const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * What a `datetime-local` input shows for a stored value: a value with a time zone (`Z`,
 * `+02:00`) in the user's local time, a value without one as it is (to the minute), and `''`
 * for anything else.
 */
export function localDateTimeInputValue(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const local = LOCAL.exec(value);
  if (local) return `${local[1]}T${local[2]}`;
  if (!ZONED.test(value)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/**
 * The value to store for what a `datetime-local` input holds (the user's local time): an ISO
 * 8601 instant in UTC without milliseconds (`2026-06-01T06:00:00Z`), or `''` when emptied.
 */
export function isoDateTimeFromLocalInput(local: string): string {
  if (local === '') return '';
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The user's time zone name (`Europe/Amsterdam`), or `undefined` where Intl cannot tell. */
export function currentTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
