/** Connection states, in the order a connection usually moves through them. */
export const CONNECTION_STATES = [
  'available',
  'added',
  'authorized',
  'callable',
  'invalid',
] as const;
export type KnownConnectionState = (typeof CONNECTION_STATES)[number];

export const INTEGRATION_STATES = ['disabled', 'needs_configuration', 'configured'] as const;
export type KnownIntegrationState = (typeof INTEGRATION_STATES)[number];

export const AUTH_TYPES = ['oauth2', 'apiKey', 'basic', 'custom', 'none'] as const;
export type KnownAuthType = (typeof AUTH_TYPES)[number];

export const OAUTH_GRANT_TYPES = ['authorization_code', 'client_credentials', 'password'] as const;
export type KnownOAuthGrantType = (typeof OAUTH_GRANT_TYPES)[number];

export const CONNECTOR_STATUSES = ['live', 'upcoming', 'requested'] as const;
export type KnownConnectorStatus = (typeof CONNECTOR_STATUSES)[number];

export const CONNECTION_HEALTH = [
  'ok',
  'pending_refresh',
  'needs_auth',
  'pending_confirmation',
  'needs_consent',
  'revoked',
  'missing_settings',
  'degraded',
] as const;
export type KnownConnectionHealth = (typeof CONNECTION_HEALTH)[number];

export const CONSENT_STATES = [
  'implicit',
  'pending',
  'granted',
  'denied',
  'revoked',
  'requires_reconsent',
] as const;
export type KnownConsentState = (typeof CONSENT_STATES)[number];

/** Form-field types the spec lists. */
export const SPEC_FORM_FIELD_TYPES = [
  'text',
  'checkbox',
  'tel',
  'email',
  'url',
  'textarea',
  'select',
  'filtered-select',
  'multi-select',
  'datetime',
  'date',
  'time',
  'number',
  'password',
] as const;

/** Form-field types seen in real payloads beyond the spec's list. */
export const EXTRA_FORM_FIELD_TYPES = [
  'copy',
  'info',
  'hidden',
  'boolean',
  'phone',
  'location',
] as const;

/** Every form-field type: the spec's, then those seen beyond it. */
export const FORM_FIELD_TYPES = /* @__PURE__ */ Object.freeze([
  ...SPEC_FORM_FIELD_TYPES,
  ...EXTRA_FORM_FIELD_TYPES,
]);
export type KnownFormFieldType = (typeof FORM_FIELD_TYPES)[number];

export const FORM_FIELD_TARGETS = ['custom_fields', 'resource'] as const;
export type KnownFormFieldTarget = (typeof FORM_FIELD_TARGETS)[number];

/** Actions a session's `settings.allow_actions` can show or hide. */
export const SESSION_ALLOW_ACTIONS = ['delete', 'disconnect', 'reauthorize', 'disable'] as const;
export type SessionAllowAction = (typeof SESSION_ALLOW_ACTIONS)[number];
