import type { FieldValue, FormFieldOption } from '../schemas/formField';
import type { FormOption, FormOptionGroup } from './FormModel';

/**
 * The string a form holds for an API value: what a `<select>` uses and what option matching
 * compares. `null` and `undefined` become `''`; lists become their JSON so they stay distinct.
 */
export function optionKeyOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function asFieldValue(value: unknown): FieldValue | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.filter(
      (item): item is string | number | boolean =>
        typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean',
    );
  }
  return null;
}

function optionFrom(raw: unknown, groupId: string | undefined): FormOption | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  const value = asFieldValue(record.value);
  const key = optionKeyOf(value);
  const label = typeof record.label === 'string' && record.label !== '' ? record.label : key;
  return { label, value, key, groupId };
}

function isGroup(record: Record<string, unknown>): boolean {
  return Array.isArray(record.options) || record.option_type === 'group';
}

/**
 * Flattens an API option list (simple options, groups, or a mix; `null` allowed) into the
 * model's `options` (every simple option in order) and `optionGroups`. Tolerates missing
 * `option_type`, groups without `id` and options without labels.
 */
export function formOptionsFrom(raw: readonly FormFieldOption[] | null | undefined): {
  options: FormOption[];
  optionGroups: FormOptionGroup[];
} {
  const options: FormOption[] = [];
  const optionGroups: FormOptionGroup[] = [];
  for (const entry of raw ?? []) {
    if (!entry || typeof entry !== 'object') continue;
    const record = entry as Record<string, unknown>;
    if (!isGroup(record)) {
      const option = optionFrom(record, undefined);
      if (option) options.push(option);
      continue;
    }
    const id =
      typeof record.id === 'string' || typeof record.id === 'number'
        ? String(record.id)
        : undefined;
    const members = (Array.isArray(record.options) ? record.options : [])
      .map((member: unknown) => optionFrom(member, id))
      .filter((member): member is FormOption => member !== undefined);
    const label =
      typeof record.label === 'string' && record.label !== '' ? record.label : (id ?? '');
    optionGroups.push({ id, label, options: members });
    options.push(...members);
  }
  return { options, optionGroups };
}

/**
 * The API value a form key stands for: the first candidate (option values, then stored values)
 * whose key matches, so `"5"` goes back as the number `5` when that is what the API sent, or the
 * key itself for a value the user typed.
 */
export function apiValueForKey(key: string, candidates: readonly unknown[]): FieldValue {
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined || Array.isArray(candidate)) continue;
    if (optionKeyOf(candidate) === key) return candidate as string | number | boolean;
  }
  return key;
}
