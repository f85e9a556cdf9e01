/**
 * Fills `{name}` placeholders: `formatMessage('Connect {name}', { name: 'Pipedrive' })`.
 * A placeholder without a value is left as written, so a missing value is visible, not silent.
 */
export function formatMessage(
  template: string,
  values: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
