/**
 * The message for each validation rule of a generated form, in plain English. Issues carry the
 * code in `params.code`; because react-hook-form keeps only the message, a UI that translates
 * passes its own sentences through the `messages` option of the form-model builders.
 */
export const FORM_ERROR_MESSAGES = {
  /** A required field is empty (or only spaces). */
  required: 'This field is required.',
  /** A required checkbox is not checked. */
  must_be_checked: 'Check this box to continue.',
  /** A checkbox holds something other than on or off. */
  invalid_boolean: 'Choose on or off.',
  /** An email field does not hold an email address. */
  invalid_email: 'Enter an email address, like name@example.com.',
  /** A URL field does not make an absolute http(s) address. */
  invalid_url: 'Enter a web address that starts with https:// or http://.',
  /** The user typed the prefix or suffix that the field already shows around the box. */
  url_affix_repeated:
    'Enter only the part of the address between the text shown before and after the box.',
  /** A number field holds something that is not a number. */
  invalid_number: 'Enter a number.',
  /** A select's value is not one of its options. */
  invalid_option: 'Choose one of the options.',
  /** A filtered select has a value while the field it depends on has none. */
  dependency_missing: 'Choose a value in the field this one depends on first.',
  /** A value has a shape the widget cannot hold (for example a list in a text field). */
  invalid_type: 'This value is not valid.',
} as const;

/** The stable code of a generated form's validation rule. */
export type FormErrorCode = keyof typeof FORM_ERROR_MESSAGES;

/** One sentence per validation rule; pass a partial map to the builders to translate some. */
export type FormErrorMessages = Record<FormErrorCode, string>;
