import * as z from 'zod/mini';
import type { FormFieldModel, FormSchema, FormValues } from './FormModel';
import type { FormErrorCode, FormErrorMessages } from './formErrorMessages';
import { optionKeyOf } from './formOptions';
import { booleanFrom, isEmptyFormValue, numberFrom } from './formValues';
import { visibleOptionsFor } from './visibleOptionsFor';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SCHEME = /^[a-z][a-z\d+.-]*:/i;

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function startsWithIgnoringCase(text: string, start: string): boolean {
  return text.toLowerCase().startsWith(start.toLowerCase());
}

function endsWithIgnoringCase(text: string, end: string): boolean {
  return text.toLowerCase().endsWith(end.toLowerCase());
}

function urlProblem(field: FormFieldModel, typed: string): FormErrorCode | undefined {
  const middle = typed.trim();
  const prefix = field.prefix ?? '';
  const suffix = field.suffix ?? '';
  if (/\s/.test(middle)) return 'invalid_url';
  if (prefix.trim() !== '' && startsWithIgnoringCase(middle, prefix.trim())) {
    return 'url_affix_repeated';
  }
  if (suffix.trim() !== '' && endsWithIgnoringCase(middle, suffix.trim())) {
    return 'url_affix_repeated';
  }
  let address = `${prefix}${middle}${suffix}`.trim();
  // The user cannot type a scheme in front of a prefix, so a prefix without one means https.
  if (prefix !== '' && !SCHEME.test(address)) address = `https://${address}`;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'invalid_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid_url';
  if (url.hostname === '' || !/^[a-z]+:\/\//i.test(address)) return 'invalid_url';
  return undefined;
}

function optionProblem(field: FormFieldModel, item: unknown): FormErrorCode | undefined {
  if (!isScalar(item)) return 'invalid_type';
  if (field.allowCustomValues || field.options.length === 0) return undefined;
  const key = optionKeyOf(item);
  return field.options.some((option) => option.key === key) ? undefined : 'invalid_option';
}

/** Whether the schema checks a field at all: read-only and unrendered fields never block a save. */
function isValidated(field: FormFieldModel): boolean {
  return field.visible && !field.readOnly;
}

/** The first rule a field's own value breaks, or `undefined` (cross-field rules aside). */
function fieldProblem(field: FormFieldModel, value: unknown): FormErrorCode | undefined {
  if (field.kind === 'checkbox') {
    const checked = booleanFrom(value);
    if (checked === undefined) return 'invalid_boolean';
    return field.required && !checked ? 'must_be_checked' : undefined;
  }
  if (isEmptyFormValue(value)) return field.required ? 'required' : undefined;
  switch (field.kind) {
    case 'number':
      return numberFrom(value) === undefined ? 'invalid_number' : undefined;
    case 'select':
      return optionProblem(field, value);
    case 'filtered-select':
      return isScalar(value) ? undefined : 'invalid_type';
    case 'multi-select': {
      const items: unknown[] = Array.isArray(value) ? value : [value];
      for (const item of items) {
        const problem = optionProblem(field, item);
        if (problem) return problem;
      }
      return undefined;
    }
    case 'email':
      if (!isScalar(value)) return 'invalid_type';
      return EMAIL.test(String(value).trim()) ? undefined : 'invalid_email';
    case 'url':
      if (!isScalar(value)) return 'invalid_type';
      return urlProblem(field, String(value));
    default:
      return isScalar(value) ? undefined : 'invalid_type';
  }
}

/** The rule a `filtered-select`'s value breaks given its dependency's value, if any. */
function dependentOptionProblem(
  field: FormFieldModel,
  values: Readonly<Record<string, unknown>>,
): FormErrorCode | undefined {
  const value = values[field.id];
  if (isEmptyFormValue(value) || !isScalar(value)) return undefined;
  const key = optionKeyOf(value);
  const visible = visibleOptionsFor(field, values);
  if (visible.some((option) => option.key === key)) return undefined;
  if (field.allowCustomValues) return undefined;
  if (field.dependsOn === undefined || field.optionGroups.length === 0) {
    return field.options.length === 0 ? undefined : 'invalid_option';
  }
  return isEmptyFormValue(values[field.dependsOn]) ? 'dependency_missing' : 'invalid_option';
}

function parsedValues(fields: readonly FormFieldModel[], values: FormValues): FormValues {
  const parsed: FormValues = { ...values };
  for (const field of fields) {
    if (field.kind !== 'number' || !field.visible) continue;
    const value = values[field.id];
    parsed[field.id] = isEmptyFormValue(value) ? undefined : (numberFrom(value) ?? value);
  }
  return parsed;
}

/**
 * The issue zod reports for a broken rule: a custom issue with `params.code` set to its code and
 * `messages`' sentence. `continue` lets the other checks run, as a `superRefine` issue does.
 */
function issueFor(
  code: FormErrorCode,
  messages: FormErrorMessages,
  input: unknown,
  path: PropertyKey[] = [],
) {
  return {
    code: 'custom',
    message: messages[code],
    params: { code },
    input,
    path,
    continue: true,
  } as const;
}

/**
 * The zod/mini schema of a form's values: one entry per field, plus a check across fields for
 * `filtered-select` values. Every issue is a custom issue with `params.code` set to its
 * `FormErrorCode` and the matching sentence from `messages` as its message.
 */
export function formSchemaFor(
  fields: readonly FormFieldModel[],
  messages: FormErrorMessages,
): FormSchema {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const field of fields) {
    shape[field.id] = isValidated(field)
      ? z.unknown().check((payload) => {
          const code = fieldProblem(field, payload.value);
          if (code) payload.issues.push(issueFor(code, messages, payload.value));
        })
      : z.unknown();
  }
  const dependentSelects = fields.filter(
    (field) => field.kind === 'filtered-select' && isValidated(field),
  );
  return z.looseObject(shape).check(
    (payload) => {
      const values = payload.value;
      for (const field of dependentSelects) {
        const code = dependentOptionProblem(field, values);
        if (code) payload.issues.push(issueFor(code, messages, values[field.id], [field.id]));
      }
    },
    // The output parses number fields; it only counts when every check passed.
    (payload) => {
      payload.value = parsedValues(fields, payload.value as FormValues);
    },
  ) as unknown as FormSchema;
}
