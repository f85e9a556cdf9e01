import type {
  AuthType,
  ConsentRecord,
  ConsentState,
  FormField,
  IntegrationState,
  OAuthGrantType,
} from '../vault/vaultTypes';

/** The resource defaults a connector offers for one resource (`configurable_resources`). */
export interface ConnectorResource {
  /** Resource name, plural (`leads`, `invoices`). */
  resource: string;
  /** The defaults form; every field carries a `target` (`resource` or `custom_fields`). */
  fields: FormField[];
}

/** A custom mapping a connector offers (`custom_mappings`). */
export interface ConnectorCustomMapping {
  id: string;
  label: string;
  description: string | null;
  key: string;
  required: boolean;
  customField: boolean;
  example: string | null;
}

/**
 * One connector of one unified API in the sandbox's catalogue: what every consumer sees as an
 * `available` connection before adding it.
 */
export interface SandboxConnector {
  serviceId: string;
  unifiedApi: string;
  name: string;
  tagLine: string;
  website: string;
  authType: AuthType;
  /** Required when `authType` is `oauth2`. */
  oauthGrantType?: OAuthGrantType;
  /** The application's integration state for this connector. */
  integrationState: IntegrationState;
  /** @default 'live' */
  status?: 'live' | 'upcoming' | 'requested';
  hasGuide: boolean;
  validationSupport: boolean;
  schemaSupport?: boolean;
  /** Tile colour of the generated logo (`#rrggbb`). */
  brandColor: string;
  /** The connection settings form. */
  formFields: FormField[];
  /** Setting ids that must have a value before the OAuth flow may start. */
  settingsRequiredForAuthorization?: string[];
  configurableResources?: ConnectorResource[];
  /** OAuth scopes shown on the consent page. */
  scopes?: string[];
  customMappings?: ConnectorCustomMapping[];
  /** When true the application uses Data Scopes: the consent page records consent. */
  dataScopes?: boolean;
}

/** How a seeded connection's credentials look. */
export type SeedCredentials =
  /** Authorized and confirmed. */
  | 'valid'
  /** Authorized through the OAuth flow with a nonce, not yet confirmed. */
  | 'pending_confirmation'
  /** Imported without `issued_at`/`expires_in`: queued for refresh. */
  | 'pending_refresh'
  /** The last token refresh failed: the provider rejects the credentials. */
  | 'rejected';

/** A connection that exists for a consumer when the sandbox starts (or is reset). */
export interface ConnectionSeed {
  /** @default the sandbox's default consumer (`test-consumer`) */
  consumerId?: string;
  unifiedApi: string;
  serviceId: string;
  /** @default true */
  enabled?: boolean;
  settings?: Record<string, unknown>;
  metadata?: Record<string, unknown> | null;
  credentials?: SeedCredentials;
  /** Revoked through the revoke flow: back to `added`, health `revoked`. */
  revoked?: boolean;
  consentState?: ConsentState;
  consents?: ConsentRecord[];
  /** A downstream outage was seen recently: health `degraded`. */
  degraded?: boolean;
  /** Resource defaults by resource, then field id. */
  configuration?: Record<string, Record<string, unknown>>;
  /** Custom mapping values by mapping id. */
  customMappings?: Record<string, string>;
  /** How long ago the connection was created. @default 7 */
  createdDaysAgo?: number;
}

/** A catalogue: the connectors and the connections seeded for consumers. */
export interface SandboxCatalogue {
  connectors: SandboxConnector[];
  seeds: ConnectionSeed[];
}
