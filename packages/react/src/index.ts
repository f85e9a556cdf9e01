// Provider and context

// Core's types and errors, re-exported deliberately so apps need one import.
export * from '@plugboard/core';
export type {
  CodatLauncherErrorOptions,
  CodatLauncherErrorReason,
} from './codat/CodatLauncherError';
// Codat connections launcher
export {
  CodatLauncherError,
  isCodatTokenExpiredError,
} from './codat/CodatLauncherError';
export { CODAT_TOKEN_REFRESH_MARGIN_MS } from './codat/codatAccessToken';
export type {
  CodatAccessToken,
  CodatConnectionCallbackArgs,
  CodatConnectionsClass,
  CodatConnectionsErrorArgs,
  CodatConnectionsInstance,
  CodatConnectionsProps,
  CodatConnectionsSdkModule,
  CodatConnectionsText,
} from './codat/codatConnectionsSdk';
export {
  CODAT_CONNECTIONS_SDK_URL,
  loadCodatConnectionsSdk,
} from './codat/loadCodatConnectionsSdk';
export type {
  CodatConnectionsResult,
  CodatConnectionsStatus,
  UseCodatConnectionsOptions,
} from './codat/useCodatConnections';
export { useCodatConnections } from './codat/useCodatConnections';
export type { ConnectionCacheSnapshot } from './connectionCache';
// Keys and options factories
export { connectionKeys, connectionMutationKeys } from './connectionKeys';
export type { ConnectionSettingsFormOptions } from './forms/useConnectionSettingsForm';
// Generated forms
export { useConnectionSettingsForm } from './forms/useConnectionSettingsForm';
export type { GeneratedForm, GeneratedFormStatus } from './forms/useGeneratedForm';
export type {
  ResourceSettingsForm,
  ResourceSettingsFormOptions,
} from './forms/useResourceSettingsForm';
export { useResourceSettingsForm } from './forms/useResourceSettingsForm';
// Hooks
export { useAuthorizeToken } from './hooks/useAuthorizeToken';
export { useConfirmConnection } from './hooks/useConfirmConnection';
export { useConnection } from './hooks/useConnection';
export type {
  ConnectionActionsResult,
  UseConnectionActionsOptions,
} from './hooks/useConnectionActions';
export { useConnectionActions } from './hooks/useConnectionActions';
export type { PlugboardQueryOptions } from './hooks/useConnections';
export { useConnections } from './hooks/useConnections';
export { useDeleteConnection } from './hooks/useDeleteConnection';
export { useImportConnection } from './hooks/useImportConnection';
export { useResourceConfig } from './hooks/useResourceConfig';
export { useUpdateConnection } from './hooks/useUpdateConnection';
export { useUpdateResourceConfig } from './hooks/useUpdateResourceConfig';
export { useValidateConnection } from './hooks/useValidateConnection';
export { authorizeTokenMutationOptions } from './mutations/authorizeTokenMutationOptions';
export type { ConfirmConnectionVariables } from './mutations/confirmConnectionMutationOptions';
export { confirmConnectionMutationOptions } from './mutations/confirmConnectionMutationOptions';
export { deleteConnectionMutationOptions } from './mutations/deleteConnectionMutationOptions';
export type { ImportConnectionVariables } from './mutations/importConnectionMutationOptions';
export { importConnectionMutationOptions } from './mutations/importConnectionMutationOptions';
export type { UpdateConnectionVariables } from './mutations/updateConnectionMutationOptions';
export {
  applyConnectionUpdate,
  updateConnectionMutationOptions,
} from './mutations/updateConnectionMutationOptions';
export type { UpdateResourceConfigVariables } from './mutations/updateResourceConfigMutationOptions';
export { updateResourceConfigMutationOptions } from './mutations/updateResourceConfigMutationOptions';
export { validateConnectionMutationOptions } from './mutations/validateConnectionMutationOptions';
export type { OAuthCallbackMessage, OAuthRedirectResult } from './oauth/completeOAuthRedirect';
// OAuth
export {
  completeOAuthRedirect,
  isOAuthCallbackMessage,
  OAUTH_MESSAGE_TYPE,
  OAUTH_POPUP_NAME,
} from './oauth/completeOAuthRedirect';
export type { PendingOAuthFlow } from './oauth/oauthFlowStorage';
export type { AuthorizeConnectionResult } from './oauth/useAuthorizeConnection';
export { useAuthorizeConnection } from './oauth/useAuthorizeConnection';
export type { OAuthFlowOptions, OAuthFlowResult, OAuthFlowStatus } from './oauth/useOAuthFlow';
export type { OAuthRedirectState } from './oauth/useOAuthRedirectResult';
export { useOAuthRedirectResult } from './oauth/useOAuthRedirectResult';
export type { RevokeConnectionResult } from './oauth/useRevokeConnection';
export { useRevokeConnection } from './oauth/useRevokeConnection';
export type { PlugboardContextValue } from './PlugboardContext';
export { PlugboardContext, usePlugboard } from './PlugboardContext';
export type { PlugboardClientConfig, PlugboardProviderProps } from './PlugboardProvider';
export { PlugboardProvider, SESSION_REFRESH_MARGIN_MS } from './PlugboardProvider';
export { connectionQueryOptions } from './queries/connectionQueryOptions';
export { connectionsQueryOptions } from './queries/connectionsQueryOptions';
export { resourceConfigQueryOptions } from './queries/resourceConfigQueryOptions';
