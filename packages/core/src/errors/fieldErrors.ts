const FIELD_LISTS = ['missing', 'invalid', 'errors', 'fields', 'unknown'] as const;
const SENTENCE =
  /\b(missing|invalid|unknown|required)\s+(?:property|field|setting|parameter)\s+['"`]?([\w.[\]-]+)/i;

function describe(list: string, message: unknown): string {
  if (typeof message === 'string' && message.length > 0) {
    return message === 'required' ? 'This field is required.' : message;
  }
  return list === 'missing' ? 'This field is required.' : 'This value is not valid.';
}

function addEntries(target: Record<string, string>, list: string, entries: unknown): void {
  if (Array.isArray(entries)) {
    for (const entry of entries) {
      if (typeof entry === 'string') {
        target[entry] = describe(list, undefined);
      } else if (entry && typeof entry === 'object') {
        const record = entry as Record<string, unknown>;
        const field = record.field ?? record.path ?? record.id;
        if (typeof field === 'string') {
          target[field] = describe(list, record.message);
          continue;
        }
        for (const [key, message] of Object.entries(record)) target[key] = describe(list, message);
      }
    }
  } else if (entries && typeof entries === 'object') {
    for (const [key, message] of Object.entries(entries)) target[key] = describe(list, message);
  }
}

/**
 * Reads the fields an error's `detail` names, in the shapes the Vault API uses:
 * `{missing: [{field: "required"}]}`, `{invalid: [{field: "message"}]}`, lists of field names,
 * `{field, message}`, or a sentence such as "Missing property instance_url".
 *
 * @returns a map of field id (as the API spells it, e.g. `instance_url`) to a message.
 */
export function fieldErrorsFromDetail(detail: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (typeof detail === 'string') {
    const match = SENTENCE.exec(detail);
    if (match?.[2]) result[match[2]] = detail;
    return result;
  }
  if (!detail || typeof detail !== 'object') return result;
  const record = detail as Record<string, unknown>;
  for (const list of FIELD_LISTS) {
    if (list in record) addEntries(result, list, record[list]);
  }
  if (typeof record.field === 'string') result[record.field] = describe('invalid', record.message);
  return result;
}
