import { FORM_ERROR_MESSAGES, type FormErrorCode, type FormErrorMessages } from '@plugboard/core';
import { pascalCase } from '../internal/pascalCase';
import type { FormMessages } from '../messages/formMessages';

/**
 * The validation sentences of a generated form, taken from the UI's (translatable) form
 * messages (`url_affix_repeated` is worded by `validationUrlAffixRepeated`); pass them to the
 * form hooks' `messages` option.
 */
export function formErrorMessagesFrom(messages: FormMessages): FormErrorMessages {
  const codes = Object.keys(FORM_ERROR_MESSAGES) as FormErrorCode[];
  return Object.fromEntries(
    codes.map((code) => [code, messages[`validation${pascalCase(code)}`]]),
  ) as FormErrorMessages;
}
