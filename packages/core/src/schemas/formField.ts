import * as z from 'zod/mini';
import type { KnownFormFieldTarget, KnownFormFieldType } from './enums';
import { nullishBoolean, nullishString } from './nullish';
import { nullishOpenEnum } from './openEnum';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A setting or option value: a string, number or boolean, or a list of strings and numbers. */
export const FieldValueSchema = z.union([
  scalar,
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

/** One choice of a select; `option_type` is optional because real payloads omit it. */
export const SimpleFormFieldOptionSchema = z.looseObject({
  label: z.string(),
  value: z.nullish(FieldValueSchema),
  option_type: z.optional(z.string()),
});
export type SimpleFormFieldOption = z.infer<typeof SimpleFormFieldOptionSchema>;

/** A labelled group of choices. A `filtered-select` shows the group whose `id` matches its filter. */
export const FormFieldOptionGroupSchema = z.looseObject({
  id: nullishString,
  label: z.string(),
  options: z.array(SimpleFormFieldOptionSchema),
  option_type: z.optional(z.string()),
});
export type FormFieldOptionGroup = z.infer<typeof FormFieldOptionGroupSchema>;

/** A simple option or a group, told apart by the presence of `options` (not by `option_type`). */
export const FormFieldOptionSchema = z.union([
  FormFieldOptionGroupSchema,
  SimpleFormFieldOptionSchema,
]);
export type FormFieldOption = z.infer<typeof FormFieldOptionSchema>;

/** Narrows an option to a group. */
export function isOptionGroup(option: FormFieldOption): option is FormFieldOptionGroup {
  return Array.isArray((option as FormFieldOptionGroup).options);
}

/**
 * A `filtered-select`'s dependency: `value` names the field whose current value picks the option
 * group to show.
 */
export const FormFieldFilterSchema = z.looseObject({
  value: nullishString,
});

/**
 * A connection setting as `form_fields` describe it: every field of the spec's `FormField` plus the
 * ones real payloads carry (`value`, `default_value`, `mask`, `target`, `filter`).
 */
export const FormFieldSchema = z.looseObject({
  id: z.string(),
  label: nullishString,
  placeholder: nullishString,
  description: nullishString,
  type: nullishOpenEnum<KnownFormFieldType>(),
  required: nullishBoolean,
  custom_field: nullishBoolean,
  allow_custom_values: nullishBoolean,
  disabled: nullishBoolean,
  hidden: nullishBoolean,
  deprecated: nullishBoolean,
  sensitive: nullishBoolean,
  prefix: nullishString,
  suffix: nullishString,
  options: z.nullish(z.array(FormFieldOptionSchema)),
  value: z.nullish(FieldValueSchema),
  default_value: z.nullish(FieldValueSchema),
  mask: nullishBoolean,
  target: nullishOpenEnum<KnownFormFieldTarget>(),
  filter: z.nullish(FormFieldFilterSchema),
});
export type FormField = z.infer<typeof FormFieldSchema>;
