const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** The longest session the Vault issues: one week. */
export const MAX_SESSION_SECONDS = 604_800;

/**
 * Parses a `settings.session_length` such as `30m`, `1h`, `7d` (also `s` and `w`) into seconds.
 * Undefined when the text is not a duration or is longer than a week.
 */
export function parseSessionLength(text: string): number | undefined {
  const match = /^\s*(\d+)\s*([smhdw])\s*$/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const seconds = Number(match[1]) * (UNIT_SECONDS[match[2].toLowerCase()] ?? 0);
  return seconds > 0 && seconds <= MAX_SESSION_SECONDS ? seconds : undefined;
}
