// The framework-free core

export type {
  ConnectionSeed,
  ConnectorCustomMapping,
  ConnectorResource,
  SandboxCatalogue,
  SandboxConnector,
  SeedCredentials,
} from './catalogue/connectorTypes';
// Catalogue
export { defaultCatalogue } from './catalogue/defaultCatalogue';
export type { GenerateCatalogueOptions } from './catalogue/generateCatalogue';
export { generateCatalogue } from './catalogue/generateCatalogue';
export type { CatalogueCoverage, CoverageMap } from './catalogue/summariseCatalogueCoverage';
export { summariseCatalogueCoverage } from './catalogue/summariseCatalogueCoverage';
export { CODAT_COMPANY_IDS } from './codat/codatSeed';
export type {
  CodatCompany,
  CodatConnection,
  CodatConnectionStatus,
  CodatDataConnectionError,
  CodatErrorMessage,
  CodatSourceType,
} from './codat/codatTypes';
export { fetchSandboxCodatToken } from './codat/fetchSandboxCodatToken';
export type { ExchangeInfo, ExchangeListener, Sandbox, SandboxOptions } from './createSandbox';
export { createSandbox } from './createSandbox';
export type { SandboxFault, SandboxFaults } from './faults/faultRegistry';
export type { OAuthDecision } from './oauth/oauthRoutes';
export type { FormFieldTypeMode } from './sandboxContext';
// Defaults
export {
  CODAT_BASE_URL,
  DEFAULT_CONSUMER_ID,
  DEFAULT_SANDBOX_SECRET,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
  VAULT_BASE_URL,
} from './sandboxDefaults';
// State and faults
export type {
  ConnectionRecord,
  ConsumerState,
  SandboxState,
  SandboxStore,
  StoredCredentials,
} from './state/sandboxState';
export type { ConnectionStatus } from './vault/connectionStatus';
export { describeConnectionStatus } from './vault/connectionStatus';
export type { SessionTokenRequest } from './vault/sessionTokens';
export type { VaultErrorBody } from './vault/vaultError';
// Wire types
export type {
  AuthType,
  Connection,
  ConnectionHealth,
  ConnectionState,
  ConsentRecord,
  ConsentState,
  ConsumerMetadata,
  CustomMapping,
  FormField,
  FormFieldOption,
  FormFieldOptionGroup,
  FormFieldType,
  FormFieldValue,
  IntegrationState,
  OAuthGrantType,
  ObservedFormFieldType,
  ResourceConfiguration,
  SessionClaims,
  SessionSettings,
  SessionTheme,
  SimpleFormFieldOption,
  SpecFormFieldType,
} from './vault/vaultTypes';
