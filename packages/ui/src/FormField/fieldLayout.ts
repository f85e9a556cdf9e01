import type { FormFieldKind, FormFieldModel } from '@plugboard/core';

/**
 * How `FormField` labels a kind's widget:
 * - `control`: a `<label for>` above one labelable control;
 * - `inline`: a `<label for>` beside the control (checkboxes);
 * - `group`: a plain element the widget names itself after with `aria-labelledby` (a group of
 *   checkboxes, chips, a note).
 */
export type FieldLabelMode = 'control' | 'inline' | 'group';

/** The label mode of a field's widget. */
export function fieldLabelMode(field: Pick<FormFieldModel, 'kind'>): FieldLabelMode {
  if (field.kind === 'checkbox') return 'inline';
  if (field.kind === 'multi-select' || field.kind === 'info') return 'group';
  return 'control';
}

/** Kinds whose input can carry a prefix and a suffix beside it. */
const ADORNABLE_KINDS: ReadonlySet<FormFieldKind> = new Set([
  'text',
  'password',
  'number',
  'email',
  'url',
  'tel',
  'date',
  'datetime',
  'time',
  'location',
  'select',
  'filtered-select',
]);

/** Whether `FormField` shows the field's prefix and suffix around its widget. */
export function hasAdornments(field: Pick<FormFieldModel, 'kind' | 'prefix' | 'suffix'>): boolean {
  return (
    ADORNABLE_KINDS.has(field.kind) && (field.prefix !== undefined || field.suffix !== undefined)
  );
}

/** Single-line kinds that a `sensitive` flag turns into a masked password input. */
const MASKABLE_KINDS: ReadonlySet<FormFieldKind> = new Set([
  'text',
  'email',
  'url',
  'tel',
  'number',
  'location',
]);

/**
 * The registry entry that renders a field: its kind, except that a sensitive single-line field
 * is rendered by the `password` widget so the secret is masked.
 */
export function widgetKindFor(field: Pick<FormFieldModel, 'kind' | 'sensitive'>): FormFieldKind {
  return field.sensitive && MASKABLE_KINDS.has(field.kind) ? 'password' : field.kind;
}

/** A string safe inside an element id: anything but letters, digits, `-` and `_` becomes `_`. */
export function idSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * The direction of a prefix or suffix: `https://` and `.shop.example` are left-to-right text
 * even in a right-to-left form (or they would read `//:https`); text in a right-to-left script
 * follows the form.
 */
export function adornmentDirection(text: string): 'ltr' | undefined {
  return RIGHT_TO_LEFT_LETTER.test(text) ? undefined : 'ltr';
}
