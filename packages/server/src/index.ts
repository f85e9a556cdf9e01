// Core's error classes and retry policy type, so a backend needs only this package to handle failures.
export type { RetryConfig } from '@plugboard/core';
export {
  ApiError,
  BadRequestError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  PlugboardError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableError,
} from '@plugboard/core';
// Codat company access tokens
export type {
  CodatApiErrorOptions,
  CodatValidation,
  CodatValidationItem,
} from './codat/CodatApiError';
export { CodatApiError } from './codat/CodatApiError';
export type { CodatErrorContext } from './codat/codatErrorFromResponse';
export { codatErrorFromResponse } from './codat/codatErrorFromResponse';
export type {
  CodatAccessTokenEndpoint,
  CompanyAccessToken,
  GetCompanyAccessTokenOptions,
} from './codat/getCompanyAccessToken';
export {
  DEFAULT_CODAT_BASE_URL,
  DEFAULT_CODAT_RETRIES,
  getCompanyAccessToken,
} from './codat/getCompanyAccessToken';
// Request handlers
export type { CodatAccessTokenHandlerOptions } from './handlers/createCodatAccessTokenHandler';
export { createCodatAccessTokenHandler } from './handlers/createCodatAccessTokenHandler';
export type {
  ResolvedConsumer,
  VaultSessionHandlerOptions,
} from './handlers/createVaultSessionHandler';
export { createVaultSessionHandler } from './handlers/createVaultSessionHandler';
export { HandlerConfigurationError } from './handlers/HandlerConfigurationError';
export type { HandlerErrorReporter, RequestHandler } from './handlers/RequestHandler';
export { DEFAULT_SERVER_TIMEOUT_MS } from './serverDefaults';
// Vault sessions
export type { CreateSessionOptions, VaultSession } from './vault/createSession';
export { createSession } from './vault/createSession';
export type {
  ConsumerMetadata,
  KnownUnifiedApiId,
  SessionBody,
  SessionSettings,
  SessionTheme,
} from './vault/SessionBody';
