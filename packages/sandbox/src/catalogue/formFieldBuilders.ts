import type {
  FormField,
  FormFieldOptionGroup,
  FormFieldType,
  SimpleFormFieldOption,
} from '../vault/vaultTypes';

/** A plain select option. */
export function option(
  label: string,
  value: SimpleFormFieldOption['value'],
): SimpleFormFieldOption {
  return { label, value, option_type: 'simple' };
}

/** An option group; a `filtered-select` shows the group whose `id` matches its filter field. */
export function optionGroup(
  id: string,
  label: string,
  options: SimpleFormFieldOption[],
): FormFieldOptionGroup {
  return { id, label, options, option_type: 'group' };
}

/** A form field with the flags real payloads always carry, overridable by `extra`. */
export function formField(
  id: string,
  label: string,
  type: FormFieldType,
  extra: Partial<FormField> = {},
): FormField {
  return {
    id,
    label,
    type,
    placeholder: '',
    required: false,
    custom_field: false,
    allow_custom_values: false,
    disabled: false,
    hidden: false,
    deprecated: false,
    sensitive: false,
    mask: false,
    ...extra,
  };
}

/** The usual API key field: required, sensitive, masked. */
export function apiKeyField(label = 'API key', extra: Partial<FormField> = {}): FormField {
  return formField('api_key', label, 'password', {
    required: true,
    sensitive: true,
    mask: true,
    placeholder: 'Paste your API key',
    ...extra,
  });
}

/** OAuth client id (client_credentials and password grants). */
export function clientIdField(extra: Partial<FormField> = {}): FormField {
  return formField('client_id', 'Client ID', 'text', {
    required: true,
    placeholder: 'Client ID from the developer console',
    ...extra,
  });
}

/** OAuth client secret (client_credentials and password grants). */
export function clientSecretField(extra: Partial<FormField> = {}): FormField {
  return formField('client_secret', 'Client secret', 'password', {
    required: true,
    sensitive: true,
    mask: true,
    ...extra,
  });
}

/** Username for basic auth or the password grant. */
export function usernameField(
  type: 'text' | 'email' = 'text',
  extra: Partial<FormField> = {},
): FormField {
  return formField('username', type === 'email' ? 'Email' : 'Username', type, {
    required: true,
    ...extra,
  });
}

/** Password for basic auth or the password grant. */
export function passwordField(extra: Partial<FormField> = {}): FormField {
  return formField('password', 'Password', 'password', {
    required: true,
    sensitive: true,
    mask: true,
    ...extra,
  });
}

/** A `https://{subdomain}.{suffix}` field. */
export function subdomainField(suffix: string, extra: Partial<FormField> = {}): FormField {
  return formField('subdomain', 'Subdomain', 'text', {
    required: true,
    prefix: 'https://',
    suffix,
    placeholder: 'your-company',
    description: `The first part of your account address, before ${suffix}.`,
    ...extra,
  });
}

/** An instance URL field (self-hosted or regional instances). */
export function instanceUrlField(placeholder: string, extra: Partial<FormField> = {}): FormField {
  return formField('instance_url', 'Instance URL', 'url', {
    required: true,
    placeholder,
    description: 'The address you use to sign in, including https://.',
    ...extra,
  });
}
