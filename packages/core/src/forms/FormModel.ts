import type * as z from 'zod/mini';
import type { FieldValue } from '../schemas/formField';
import type { FormErrorMessages } from './formErrorMessages';
import type { FormFieldKind } from './normalizeFormFieldType';

/**
 * A value as a generated form holds it. Text-like widgets hold strings, checkboxes booleans,
 * numbers a number (or `''` while empty), selects the option's `key` string and multi-selects a
 * list of keys. Hidden and deprecated fields hold the API's value untouched.
 */
export type FormValue = FieldValue | null | undefined;

/** A generated form's values, keyed by form-field id. */
export type FormValues = Record<string, FormValue>;

/** One choice of a select, ready for a widget. */
export interface FormOption {
  /** The text to show. Falls back to the value when the API sent no label. */
  label: string;
  /** The value as the API typed it (string, number, boolean…), or `null` for an empty choice. */
  value: FieldValue | null;
  /**
   * The value as a string: what the form holds for this choice and what an HTML `<option>` uses.
   * `''` for a `null` value.
   */
  key: string;
  /** The id of the group the option belongs to, when it came inside a group that has one. */
  groupId: string | undefined;
}

/** A labelled group of choices; a `filtered-select` shows the group picked by its dependency. */
export interface FormOptionGroup {
  /** The group's id, matched against the dependency's value. `undefined` when the API sent none. */
  id: string | undefined;
  label: string;
  options: FormOption[];
}

/** Everything a widget needs to render one form field, and what the payload builders read. */
export interface FormFieldModel {
  /** The form-field id: the key in `settings`, in the form's values and in error maps. */
  id: string;
  /** The widget to render. */
  kind: FormFieldKind;
  /** The type as the API sent it, unknown values included; `undefined` when it sent none. */
  type: string | undefined;
  /** The label, or the id made readable (`instance_url` → "Instance URL") when the API sent none. */
  label: string;
  description: string | undefined;
  placeholder: string | undefined;
  /** Extra guidance the model adds for some kinds (a `location` field says what to type). */
  hint: string | undefined;
  /** Text shown before the input; for a `url` field it is part of the address. */
  prefix: string | undefined;
  /** Text shown after the input; for a `url` field it is part of the address. */
  suffix: string | undefined;
  /** Must be filled in before the form can be submitted (for a checkbox: must be checked). */
  required: boolean;
  /** Shown read-only; its stored value is sent back unchanged. */
  disabled: boolean;
  /** Not rendered (`hidden: true` or type `hidden`); its stored value is kept and sent back. */
  hidden: boolean;
  /** Not rendered; its stored value is kept and sent back unchanged for backwards compatibility. */
  deprecated: boolean;
  /** Rendered at all: neither hidden nor deprecated. */
  visible: boolean;
  /** Holds a secret: mask it, never log it; it is sent only when the user typed a new one. */
  sensitive: boolean;
  /** Shows a value without letting the user edit it (`copy`, `info`, or `disabled`). */
  readOnly: boolean;
  /** The API marks the field as a custom field of the connector. */
  customField: boolean;
  /** Every simple option, group members included, in the API's order. */
  options: FormOption[];
  /** The option groups; empty when the options came flat. */
  optionGroups: FormOptionGroup[];
  /** A select accepts values that are not among its options. */
  allowCustomValues: boolean;
  /** For a `filtered-select`: the id of the field whose value picks the visible option group. */
  dependsOn: string | undefined;
  /** Where a resource default is written (`custom_fields` or `resource`), as the API sent it. */
  target: string | undefined;
  /**
   * The value stored on the connection before editing (`settings[id]`, else the field's `value`),
   * exactly as the API sent it; `undefined` when nothing is stored. A `default_value` is not a
   * stored value.
   */
  storedValue: FieldValue | undefined;
}

/**
 * The zod/mini schema of a generated form. Its input is the form's values; its output is the same
 * values with number fields parsed to numbers (`undefined` when empty). `useGeneratedForm` in
 * `@plugboard/react` validates with it; any zod resolver for react-hook-form can too.
 */
export type FormSchema = z.ZodMiniType<FormValues, FormValues>;

/** A generated form: the fields to render, the schema to validate with, and the starting values. */
export interface FormModel {
  fields: FormFieldModel[];
  schema: FormSchema;
  defaultValues: FormValues;
}

/** Options of the form-model builders. */
export interface FormModelOptions {
  /**
   * Sentences to use instead of `FORM_ERROR_MESSAGES`, for example translations.
   * @default FORM_ERROR_MESSAGES
   */
  messages?: Partial<FormErrorMessages>;
}
