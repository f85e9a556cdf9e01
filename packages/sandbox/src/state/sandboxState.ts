import type { CodatCompany } from '../codat/codatTypes';
import type { ConsentRecord, ConsentState } from '../vault/vaultTypes';

/** Credentials Vault holds for a connection (never served). */
export interface StoredCredentials {
  accessToken: string;
  refreshToken: string | null;
  /** When the access token was issued (ms), if known. */
  issuedAt: number | null;
  /** Lifetime of the access token in seconds, if known. */
  expiresIn: number | null;
  /** False while an OAuth authorization started with a nonce waits for `POST …/confirm`. */
  confirmed: boolean;
  /** Id of the confirm token that can confirm these credentials. */
  pendingConfirmTokenId: string | null;
  /** The provider rejected the credentials (a refresh failed). */
  rejected: boolean;
  /** The token is queued for refresh (imported without issue time or lifetime). */
  needsRefresh: boolean;
}

/** One consumer's connection to one connector. Absent means the connection is `available`. */
export interface ConnectionRecord {
  enabled: boolean;
  settings: Record<string, unknown>;
  metadata: Record<string, unknown> | null;
  /** Resource defaults: resource → field id → value. */
  configuration: Record<string, Record<string, unknown>>;
  /** Custom mapping values by mapping id. */
  customMappings: Record<string, string>;
  credentials: StoredCredentials | null;
  /** Access was revoked through the revoke flow. */
  revoked: boolean;
  consentState: ConsentState;
  consents: ConsentRecord[];
  lastRefreshFailedAt: number;
  credentialsExpireAt: number;
  lastDownstreamErrorAt: number;
  createdAt: number;
  updatedAt: number;
}

/** One consumer's connections, keyed by connection id (`{unified_api}+{service_id}`). */
export interface ConsumerState {
  connections: Record<string, ConnectionRecord>;
}

/**
 * Everything the sandbox remembers between requests. Plain JSON, so a store can keep it in
 * localStorage, a file or anywhere else and several sandbox instances can share it.
 */
export interface SandboxState {
  version: 1;
  /** Connections by consumer id. Consumers never see each other's connections. */
  consumers: Record<string, ConsumerState>;
  /** Single-use token ids that were spent, with the time (ms) after which they can be forgotten. */
  usedTokens: Record<string, number>;
  codat: { companies: Record<string, CodatCompany> };
}

/** Where a sandbox keeps its state when several instances must share it (e.g. localStorage). */
export interface SandboxStore {
  /** The stored state, or undefined when nothing is stored yet. */
  load(): SandboxState | undefined;
  save(state: SandboxState): void;
}
