import { FORM_ERROR_MESSAGES } from '@plugboard/react';

/**
 * Strings of the generated forms and widgets. Owned by the forms part of the package: add keys
 * here (with all five languages) as widgets need them. `{name}` placeholders are filled by
 * `formatMessage`.
 */
export interface FormMessages {
  /** The submit button of a settings form. */
  save: string;
  /** The submit button while a save is running. */
  saving: string;
  /** Announced politely after a successful save. */
  saved: string;
  /** An API refusal without a more precise message; `{reason}` is the API's own sentence. */
  saveFailed: string;
  /** Read by screen readers for a required group of choices (the asterisk is hidden from them). */
  required: string;

  /** Accessible name of a connection's settings form: `{name}` is the connector's name. */
  settingsTitle: string;
  /** Shown instead of fields when a connector has no settings. */
  noSettings: string;
  /** A resource form while `GET …/{resource}/config` loads: `{resource}` is its readable name. */
  resourceLoading: string;
  /**
   * The resource's settings could not be loaded (`{reason}` says why); the form falls back to the
   * saved defaults.
   */
  resourceLoadFailed: string;
  /** Shown instead of fields when a resource has no defaults. */
  noResourceDefaults: string;

  /** The empty first choice of a select. */
  selectPlaceholder: string;
  /** A stored value that is no longer among a select's options: `{value}`. */
  unavailableOption: string;
  /** Guidance under a select that also accepts typed values. */
  customValueHint: string;
  /** A filtered select waits for its dependency: `{dependency}` is that field's label. */
  dependencyMissing: string;
  /** The dependency has a value that offers no options: `{dependency}`. */
  noOptionsForDependency: string;
  /** Accessible name of the input that adds a value to a multi-select: `{label}`. */
  addValueLabel: string;
  /** The button that adds a typed value to a multi-select. */
  addValue: string;
  /** Accessible name of a chip's remove button: `{value}`. */
  removeValue: string;
  /** A multi-select that accepts typed values has none yet. */
  noValuesChosen: string;
  /** Accessible name of the reveal toggle of a secret: `{label}` (pressed while revealed). */
  showSecret: string;
  /** Visible text of the copy button. */
  copy: string;
  /** Accessible name of the copy button: `{label}`. */
  copyLabel: string;
  /** Announced after a copy. */
  copied: string;
  /** Announced when the clipboard refused. */
  copyFailed: string;
  /** Read after a link that opens in a new tab. */
  opensInNewTab: string;
  /** Under a date-and-time field: `{timeZone}` is the user's time zone. */
  timeZone: string;
  /** Under a location field. */
  locationHint: string;

  /** The API could not be reached (offline, DNS, refused). */
  errorNetwork: string;
  /** The API did not answer in time. */
  errorTimeout: string;
  /** 401: the session expired. */
  errorSessionExpired: string;
  /** 402: a plan or request limit was reached. */
  errorLimit: string;
  /** 403: the user may not make this change. */
  errorForbidden: string;
  /** 404: the connection no longer exists. */
  errorNotFound: string;
  /** 409: changed elsewhere. */
  errorConflict: string;
  /** 400/422 naming fields: they are highlighted. */
  errorFieldsRejected: string;
  /** 429: too many requests. */
  errorRateLimited: string;
  /** 5XX: a problem on the service's side. */
  errorServer: string;
  /** The answer was not in the documented shape. */
  errorUnexpectedAnswer: string;
  /** Anything else. */
  errorUnknown: string;

  /** A required field is empty. */
  validationRequired: string;
  /** A required checkbox is not checked. */
  validationMustBeChecked: string;
  /** A checkbox holds something other than on or off. */
  validationInvalidBoolean: string;
  /** Not an email address. */
  validationInvalidEmail: string;
  /** Not an absolute http(s) address. */
  validationInvalidUrl: string;
  /** The user typed the prefix or suffix shown around the box. */
  validationUrlAffixRepeated: string;
  /** Not a number. */
  validationInvalidNumber: string;
  /** Not one of the options. */
  validationInvalidOption: string;
  /** A filtered select has a value while its dependency has none. */
  validationDependencyMissing: string;
  /** A value the widget cannot hold. */
  validationInvalidType: string;
  /** Seconds must be a whole, non-negative number. */
  validationWholeSeconds: string;

  /** Accessible name and heading of the import form: `{name}` is the connector's name. */
  importTitle: string;
  /** The access token field. */
  accessToken: string;
  /** The refresh token field. */
  refreshToken: string;
  /** The lifetime field. */
  expiresIn: string;
  /** The unit shown after the lifetime field. */
  seconds: string;
  /** Under the lifetime field. */
  expiresInDescription: string;
  /** The issue time field. */
  issuedAt: string;
  /** Under the issue time field. */
  issuedAtDescription: string;
  /** The import form's submit button. */
  importSubmit: string;
  /** The import button while importing. */
  importing: string;
  /** Announced after a successful import. */
  imported: string;
}

/** English, the default and the fallback for any missing string. */
export const formMessagesEn: FormMessages = {
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved',
  saveFailed: 'Could not save: {reason}',
  required: 'Required',
  settingsTitle: '{name} settings',
  noSettings: 'This integration has no settings to fill in.',
  resourceLoading: 'Loading {resource} settings…',
  resourceLoadFailed:
    'The latest {resource} settings could not be loaded. {reason} You are seeing the saved defaults.',
  noResourceDefaults: 'There are no defaults to set for {resource}.',
  selectPlaceholder: 'Choose…',
  unavailableOption: '{value} (no longer available)',
  customValueHint: 'Choose an option or type your own value.',
  dependencyMissing: 'Choose {dependency} first.',
  noOptionsForDependency: 'There are no options for the chosen {dependency}.',
  addValueLabel: 'Add to {label}',
  addValue: 'Add',
  removeValue: 'Remove {value}',
  noValuesChosen: 'Nothing added yet.',
  showSecret: 'Show {label}',
  copy: 'Copy',
  copyLabel: 'Copy {label}',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it yourself.',
  opensInNewTab: '(opens in a new tab)',
  timeZone: 'Time zone: {timeZone}',
  locationHint: 'Enter an address or a place name.',
  errorNetwork:
    'The integrations service could not be reached. Check your internet connection and try again.',
  errorTimeout: 'The integrations service took too long to answer. Try again in a moment.',
  errorSessionExpired: 'Your session has expired. Reload the page to sign in again.',
  errorLimit: 'Your plan’s usage limit has been reached. Contact your administrator.',
  errorForbidden: 'You are not allowed to make this change.',
  errorNotFound: 'This integration could not be found. It may have been removed; reload the page.',
  errorConflict:
    'These settings were changed somewhere else. Reload the page to see the latest version.',
  errorFieldsRejected: 'Some values were not accepted. Check the highlighted fields.',
  errorRateLimited: 'Too many changes in a short time. Wait a moment and try again.',
  errorServer:
    'The integrations service ran into a problem and nothing was saved. Try again in a moment.',
  errorUnexpectedAnswer:
    'The integrations service sent an answer we did not understand. Reload the page to check what was saved.',
  errorUnknown: 'Something went wrong and nothing was saved. Try again.',
  // The validation sentences are core's own English (`FORM_ERROR_MESSAGES`).
  validationRequired: FORM_ERROR_MESSAGES.required,
  validationMustBeChecked: FORM_ERROR_MESSAGES.must_be_checked,
  validationInvalidBoolean: FORM_ERROR_MESSAGES.invalid_boolean,
  validationInvalidEmail: FORM_ERROR_MESSAGES.invalid_email,
  validationInvalidUrl: FORM_ERROR_MESSAGES.invalid_url,
  validationUrlAffixRepeated: FORM_ERROR_MESSAGES.url_affix_repeated,
  validationInvalidNumber: FORM_ERROR_MESSAGES.invalid_number,
  validationInvalidOption: FORM_ERROR_MESSAGES.invalid_option,
  validationDependencyMissing: FORM_ERROR_MESSAGES.dependency_missing,
  validationInvalidType: FORM_ERROR_MESSAGES.invalid_type,
  validationWholeSeconds: 'Enter a whole number of seconds, like 3600.',
  importTitle: 'Import {name} credentials',
  accessToken: 'Access token',
  refreshToken: 'Refresh token',
  expiresIn: 'Expires in',
  seconds: 'seconds',
  expiresInDescription:
    'How long the access token stays valid. Leave it empty if you do not know: the token is then refreshed.',
  issuedAt: 'Issued at',
  issuedAtDescription: 'When the access token was issued.',
  importSubmit: 'Import',
  importing: 'Importing…',
  imported: 'Credentials imported',
};
