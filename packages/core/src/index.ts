// Client

export type {
  VaultApiKeyConfig,
  VaultClient,
  VaultClientConfig,
  VaultSessionConfig,
} from './client/createVaultClient';
export { createVaultClient, DEFAULT_VAULT_BASE_URL } from './client/createVaultClient';
export type { SessionClaims } from './client/sessionToken';
export { decodeSessionToken, sessionExpiresIn } from './client/sessionToken';
// Connection status, actions and OAuth
export { compareConnectionsForDisplay } from './connection/compareConnectionsForDisplay';
export type { ConnectionAction, ConnectionActionOptions } from './connection/connectionActions';
export {
  CONNECTION_ACTIONS,
  canPerformConnectionAction,
  connectionActionOptionsFromSession,
  getConnectionActions,
} from './connection/connectionActions';
export type {
  ConnectionStatus,
  ConnectionStatusDetails,
  ConnectionStatusRule,
  ConnectionStatusTone,
} from './connection/connectionStatus';
export {
  CONNECTION_STATUS_RULES,
  getConnectionStatus,
  UNKNOWN_CONNECTION_STATUS,
} from './connection/connectionStatus';
export { missingSettingsForAuthorization } from './connection/missingSettingsForAuthorization';
// Errors
export { fieldErrorsFromDetail } from './errors/fieldErrors';
export type { PlugboardErrorOptions } from './errors/PlugboardError';
export {
  ApiError,
  BadRequestError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PlugboardError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableError,
} from './errors/PlugboardError';
export { vaultErrorFromResponse } from './errors/vaultErrorFromResponse';
// Forms
export { buildResourceDefaultsFormModel } from './forms/buildResourceDefaultsFormModel';
export { buildSettingsFormModel } from './forms/buildSettingsFormModel';
export type {
  FormFieldModel,
  FormModel,
  FormModelOptions,
  FormOption,
  FormOptionGroup,
  FormSchema,
  FormValue,
  FormValues,
} from './forms/FormModel';
export type { FormErrorCode, FormErrorMessages } from './forms/formErrorMessages';
export { FORM_ERROR_MESSAGES } from './forms/formErrorMessages';
export { humanizeFieldId } from './forms/humanizeFieldId';
export type { FormErrorsFromApi } from './forms/mapFieldErrorsToForm';
export { mapFieldErrorsToForm } from './forms/mapFieldErrorsToForm';
export type { FormFieldKind, FormFieldKindSource } from './forms/normalizeFormFieldType';
export { FORM_FIELD_KINDS, normalizeFormFieldType } from './forms/normalizeFormFieldType';
export { resourceDefaultsPayloadFromValues } from './forms/resourceDefaultsPayloadFromValues';
export { settingsPayloadFromValues } from './forms/settingsPayloadFromValues';
export { staleDependentFields } from './forms/staleDependentFields';
export { visibleOptionsFor } from './forms/visibleOptionsFor';

// Request machinery (for packages that talk to other endpoints with the same behaviour)
export { parseBody } from './http/parseBody';
export type { BackoffStrategy, RetryConfig } from './http/retries';
export {
  backoffDelay,
  DEFAULT_BACKOFF,
  DEFAULT_RETRY_CONFIG,
  isRetryableStatus,
  parseRetryAfter,
} from './http/retries';
export type {
  HttpMethod,
  HttpRequest,
  HttpResult,
  RequestOptions,
  TransportConfig,
} from './http/transport';
export { DEFAULT_TIMEOUT_MS, sendRequest } from './http/transport';
export { createOAuthNonce } from './oauth/createOAuthNonce';
export type { OAuthProviderErrorInit } from './oauth/OAuthProviderError';
export { OAuthProviderError } from './oauth/OAuthProviderError';
export type {
  OAuthCallback,
  OAuthCallbackError,
  OAuthCallbackNone,
  OAuthCallbackSuccess,
} from './oauth/oauthCallback';
export { parseOAuthCallback } from './oauth/oauthCallback';
export type { AuthorizeUrlOptions, OAuthUrlOptions, OAuthUrlSource } from './oauth/oauthUrls';
export { buildAuthorizeUrl, buildRevokeUrl } from './oauth/oauthUrls';
export type { SafeUrlOptions } from './oauth/safeUrl';
export { isSafeUrl, safeUrl } from './oauth/safeUrl';
export { UnsafeUrlError } from './oauth/UnsafeUrlError';
// Operations
export { authorizeConnectionToken } from './operations/authorizeConnectionToken';
export { confirmConnection } from './operations/confirmConnection';
export type { ConnectionRef } from './operations/connectionPath';
export { connectionPath } from './operations/connectionPath';
export { deleteConnection } from './operations/deleteConnection';
export { getConnection } from './operations/getConnection';
export { getResourceConfig } from './operations/getResourceConfig';
export { importConnection } from './operations/importConnection';
export type { ListConnectionsParams } from './operations/listConnections';
export { listConnections } from './operations/listConnections';
export { updateConnection } from './operations/updateConnection';
export { updateResourceConfig } from './operations/updateResourceConfig';
export { validateConnection } from './operations/validateConnection';
export type {
  Connection,
  ConsentRecord,
  CustomMapping,
  DataScopes,
  ResourceConfiguration,
  ResourceDefault,
  WebhookSubscription,
} from './schemas/connection';
// Schemas and types
export {
  ConnectionSchema,
  ConsentRecordSchema,
  CustomMappingSchema,
  DataScopesSchema,
  ResourceConfigurationSchema,
  ResourceDefaultSchema,
  ResourceDefaultValueSchema,
  WebhookSubscriptionSchema,
} from './schemas/connection';
export type {
  KnownAuthType,
  KnownConnectionHealth,
  KnownConnectionState,
  KnownConnectorStatus,
  KnownConsentState,
  KnownFormFieldTarget,
  KnownFormFieldType,
  KnownIntegrationState,
  KnownOAuthGrantType,
  SessionAllowAction,
} from './schemas/enums';
export {
  AUTH_TYPES,
  CONNECTION_HEALTH,
  CONNECTION_STATES,
  CONNECTOR_STATUSES,
  CONSENT_STATES,
  EXTRA_FORM_FIELD_TYPES,
  FORM_FIELD_TARGETS,
  FORM_FIELD_TYPES,
  INTEGRATION_STATES,
  OAUTH_GRANT_TYPES,
  SESSION_ALLOW_ACTIONS,
  SPEC_FORM_FIELD_TYPES,
} from './schemas/enums';
export type { VaultErrorBody } from './schemas/envelopes';
export { envelopeOf, VaultErrorBodySchema } from './schemas/envelopes';
export type {
  FieldValue,
  FormField,
  FormFieldOption,
  FormFieldOptionGroup,
  SimpleFormFieldOption,
} from './schemas/formField';
export {
  FieldValueSchema,
  FormFieldFilterSchema,
  FormFieldOptionGroupSchema,
  FormFieldOptionSchema,
  FormFieldSchema,
  isOptionGroup,
  SimpleFormFieldOptionSchema,
} from './schemas/formField';
export type { OpenEnum } from './schemas/openEnum';
export { openEnum } from './schemas/openEnum';
export type {
  ConnectionImport,
  ConnectionUpdate,
  ResourceDefaultUpdate,
  SettingValue,
} from './schemas/requests';
export type {
  ConnectionConfirmation,
  ConnectionValidation,
  ResourceConfig,
} from './schemas/responses';
export {
  ConnectionConfirmationSchema,
  ConnectionValidationSchema,
  ResourceConfigSchema,
} from './schemas/responses';
