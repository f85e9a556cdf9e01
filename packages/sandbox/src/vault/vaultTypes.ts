/**
 * The sandbox's own view of the Apideck Vault wire format. It fakes the vendor, so it keeps its own
 * types instead of importing `@plugboard/core`'s.
 */

/** Auth types a connector can use. */
export type AuthType = 'oauth2' | 'apiKey' | 'basic' | 'custom' | 'none';

/** OAuth grant types a connector can use. */
export type OAuthGrantType = 'authorization_code' | 'client_credentials' | 'password';

/** A connection's state in the Vault's connection flow. */
export type ConnectionState = 'available' | 'added' | 'authorized' | 'callable' | 'invalid';

/** The application-level state of the integration behind a connection. */
export type IntegrationState = 'configured' | 'needs_configuration' | 'disabled';

/** Operational health of a connection. */
export type ConnectionHealth =
  | 'ok'
  | 'pending_refresh'
  | 'needs_auth'
  | 'pending_confirmation'
  | 'needs_consent'
  | 'revoked'
  | 'missing_settings'
  | 'degraded';

/** Consent state of a connection (Data Scopes). */
export type ConsentState =
  | 'implicit'
  | 'pending'
  | 'granted'
  | 'denied'
  | 'revoked'
  | 'requires_reconsent';

/** Form-field types in the spec's enum. */
export type SpecFormFieldType =
  | 'text'
  | 'checkbox'
  | 'tel'
  | 'email'
  | 'url'
  | 'textarea'
  | 'select'
  | 'filtered-select'
  | 'multi-select'
  | 'datetime'
  | 'date'
  | 'time'
  | 'number'
  | 'password';

/** Form-field types seen in real Vault payloads that the spec's enum leaves out. */
export type ObservedFormFieldType = 'copy' | 'info' | 'hidden' | 'boolean' | 'phone' | 'location';

/** Every form-field type the sandbox serves. */
export type FormFieldType = SpecFormFieldType | ObservedFormFieldType;

/** A value a form field or resource default can hold. */
export type FormFieldValue = string | number | boolean | Array<string | number> | null;

/** A plain option of a select field. */
export interface SimpleFormFieldOption {
  label: string;
  value: string | number | boolean | Array<string | number>;
  option_type: 'simple';
}

/** A group of options; a `filtered-select` shows the group whose `id` equals its filter field's value. */
export interface FormFieldOptionGroup {
  id?: string;
  label: string;
  options: SimpleFormFieldOption[];
  option_type: 'group';
}

/** Either kind of option. */
export type FormFieldOption = SimpleFormFieldOption | FormFieldOptionGroup;

/** One setting of a connector, as the Vault API describes it in `form_fields`. */
export interface FormField {
  id: string;
  label: string;
  type: FormFieldType;
  placeholder?: string | null;
  description?: string | null;
  required?: boolean;
  custom_field?: boolean;
  allow_custom_values?: boolean;
  disabled?: boolean | null;
  hidden?: boolean | null;
  deprecated?: boolean | null;
  sensitive?: boolean | null;
  prefix?: string | null;
  suffix?: string | null;
  options?: FormFieldOption[];
  /** The stored value (filled in by the sandbox from the connection's settings). */
  value?: FormFieldValue;
  default_value?: FormFieldValue;
  mask?: boolean;
  target?: 'custom_fields' | 'resource';
  /** For a `filtered-select`: `value` names the field whose value selects the option group. */
  filter?: { value: string };
}

/** A consent record (Data Scopes). */
export interface ConsentRecord {
  id: string;
  created_at: string;
  granted: boolean;
  resources: Record<string, Record<string, { read?: boolean; write?: boolean }>> | '*';
}

/** A custom mapping as served on a connection. */
export interface CustomMapping {
  id: string;
  label: string;
  description: string | null;
  value: string;
  key: string;
  required: boolean;
  custom_field: boolean;
  consumer_id: string | null;
  example: string | null;
}

/** One entry of `Connection.configuration`. */
export interface ResourceConfiguration {
  resource: string;
  defaults: Array<{
    id: string;
    target?: 'custom_fields' | 'resource';
    options?: FormFieldOption[];
    value?: FormFieldValue;
  }>;
}

/** A connection as the Vault API serves it. */
export interface Connection {
  id: string;
  service_id: string;
  name: string;
  tag_line: string;
  unified_api: string;
  state: ConnectionState;
  integration_state: IntegrationState;
  auth_type: AuthType;
  oauth_grant_type?: OAuthGrantType;
  status: 'live' | 'upcoming' | 'requested';
  enabled: boolean;
  website: string;
  icon: string;
  logo: string;
  authorize_url: string | null;
  revoke_url: string | null;
  settings: Record<string, unknown> | null;
  metadata: Record<string, unknown> | null;
  form_fields: FormField[];
  /** Resource defaults; on `GET …/{resource}/config` a flat list of form fields instead. */
  configuration: ResourceConfiguration[] | FormField[];
  configurable_resources: string[];
  resource_schema_support: string[];
  resource_settings_support: string[];
  validation_support: boolean;
  schema_support: boolean;
  settings_required_for_authorization: string[];
  subscriptions: unknown[];
  has_guide: boolean;
  custom_mappings: CustomMapping[];
  consent_state: ConsentState;
  consents: ConsentRecord[];
  latest_consent?: ConsentRecord;
  application_data_scopes: {
    enabled: boolean;
    resources: ConsentRecord['resources'];
  };
  health?: ConnectionHealth;
  credentials_expire_at: number;
  last_refresh_failed_at: number;
  last_downstream_error_at: number;
  created_at?: number;
  updated_at: number | null;
}

/** Settings accepted in a session (`Session.settings`). */
export interface SessionSettings {
  unified_apis?: string[];
  hide_resource_settings?: boolean;
  sandbox_mode?: boolean;
  isolation_mode?: boolean;
  session_length?: string;
  show_logs?: boolean;
  show_suggestions?: boolean;
  show_sidebar?: boolean;
  auto_redirect?: boolean;
  hide_guides?: boolean;
  allow_actions?: Array<'delete' | 'disconnect' | 'reauthorize' | 'disable'>;
}

/** Theme accepted in a session (`Session.theme`). */
export interface SessionTheme {
  favicon?: string;
  logo?: string;
  primary_color?: string;
  sidepanel_background_color?: string;
  sidepanel_text_color?: string;
  vault_name?: string;
  privacy_url?: string;
  terms_url?: string;
  [key: string]: unknown;
}

/** Consumer metadata accepted in a session. */
export interface ConsumerMetadata {
  account_name?: string;
  user_name?: string;
  email?: string;
  image?: string;
  [key: string]: unknown;
}

/** The claims of a session JWT the sandbox issues. */
export interface SessionClaims {
  application_id: string;
  consumer_id: string;
  consumer_metadata?: ConsumerMetadata;
  redirect_uri?: string;
  settings?: SessionSettings;
  theme?: SessionTheme;
  custom_consumer_settings?: Record<string, unknown>;
  iat: number;
  exp: number;
}
