/**
 * Checks a required text option. The message names the option, never its value: the value may be
 * a secret key.
 */
export function requireText(caller: string, option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${caller}: \`${option}\` is required and must be non-empty text.`);
  }
  return value;
}
