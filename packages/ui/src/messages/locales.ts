/** The languages Plugboard ships messages for. Any other locale falls back to English. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'es', 'nl'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku', 'ckb']);

/** The shipped language closest to `locale` (`de-AT` → `de`), English when none is close. */
export function supportedLocaleFor(locale: string | undefined): SupportedLocale {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (SUPPORTED_LOCALES as readonly string[]).includes(language)
    ? (language as SupportedLocale)
    : 'en';
}

/** Whether text in `locale` runs right to left (Arabic, Hebrew, Persian …). */
export function isRightToLeft(locale: string | undefined): boolean {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return RIGHT_TO_LEFT.has(language);
}
