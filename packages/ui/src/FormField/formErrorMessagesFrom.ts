import type { FormErrorMessages } from '@plugboard/core';
import type { FormMessages } from '../messages/formMessages';

/**
 * The validation sentences of a generated form, taken from the UI's (translatable) form
 * messages; pass them to the form hooks' `messages` option.
 */
export function formErrorMessagesFrom(messages: FormMessages): FormErrorMessages {
  return {
    required: messages.validationRequired,
    must_be_checked: messages.validationMustBeChecked,
    invalid_boolean: messages.validationInvalidBoolean,
    invalid_email: messages.validationInvalidEmail,
    invalid_url: messages.validationInvalidUrl,
    url_affix_repeated: messages.validationUrlAffixRepeated,
    invalid_number: messages.validationInvalidNumber,
    invalid_option: messages.validationInvalidOption,
    dependency_missing: messages.validationDependencyMissing,
    invalid_type: messages.validationInvalidType,
  };
}
