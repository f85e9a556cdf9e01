import type { FormField } from '../schemas/formField';

/** The widgets a generated form knows how to render; every form-field type maps onto one. */
export const FORM_FIELD_KINDS = [
  'text',
  'password',
  'textarea',
  'checkbox',
  'number',
  'email',
  'url',
  'tel',
  'date',
  'datetime',
  'time',
  'select',
  'multi-select',
  'filtered-select',
  'copy',
  'info',
  'hidden',
  'location',
] as const;

/** A widget kind: what a UI's widget registry is keyed by. */
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

/** Types named after another kind; every kind is also a type of its own name. */
const KIND_ALIASES: ReadonlyMap<string, FormFieldKind> = new Map([
  ['boolean', 'checkbox'],
  ['phone', 'tel'],
]);

function kindOfType(type: string): FormFieldKind {
  if ((FORM_FIELD_KINDS as readonly string[]).includes(type)) return type as FormFieldKind;
  return KIND_ALIASES.get(type) ?? 'text';
}

/** The parts of a form field that decide its widget. */
export type FormFieldKindSource = Pick<
  FormField,
  'type' | 'sensitive' | 'mask' | 'options' | 'value'
>;

function inferKind(field: FormFieldKindSource): FormFieldKind {
  if (Array.isArray(field.value)) return 'multi-select';
  if (Array.isArray(field.options) && field.options.length > 0) return 'select';
  if (typeof field.value === 'boolean') return 'checkbox';
  if (typeof field.value === 'number') return 'number';
  return 'text';
}

/**
 * The widget kind for a form field. Types are matched without regard to case or surrounding
 * spaces; `boolean` renders as `checkbox` and `phone` as `tel`. A type the API adds later renders
 * as `text` (never a crash). A field without any type (resource defaults carry none) is inferred
 * from its data: a list value → `multi-select`, options → `select`, a boolean → `checkbox`, a
 * number → `number`, anything else → `text`. A `text` field that is `sensitive` or has
 * `mask: true` renders as `password`; other kinds keep their widget and the UI masks them through
 * `FormFieldModel.sensitive`.
 *
 * @example
 * normalizeFormFieldType({ type: 'phone' }); // 'tel'
 * normalizeFormFieldType({ type: 'text', sensitive: true }); // 'password'
 * normalizeFormFieldType({ type: 'colour-picker' }); // 'text'
 */
export function normalizeFormFieldType(field: FormFieldKindSource): FormFieldKind {
  const type = typeof field.type === 'string' ? field.type.trim().toLowerCase() : '';
  const kind = type === '' ? inferKind(field) : kindOfType(type);
  if (kind === 'text' && (field.sensitive === true || field.mask === true)) return 'password';
  return kind;
}
