import type { SandboxConnector } from '../catalogue/connectorTypes';
import { randomId } from '../crypto/tokenSigner';
import type { ConnectionRecord, StoredCredentials } from '../state/sandboxState';

/** A freshly added connection: enabled, settings pre-filled from the fields' `default_value`s. */
export function newConnectionRecord(connector: SandboxConnector, now: number): ConnectionRecord {
  const settings: Record<string, unknown> = {};
  for (const field of connector.formFields) {
    if (field.default_value !== undefined && field.default_value !== null) {
      settings[field.id] = field.default_value;
    }
  }
  return {
    enabled: true,
    settings,
    metadata: null,
    configuration: {},
    customMappings: {},
    credentials: null,
    revoked: false,
    consentState: connector.dataScopes ? 'pending' : 'implicit',
    consents: [],
    lastRefreshFailedAt: 0,
    credentialsExpireAt: 0,
    lastDownstreamErrorAt: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** Moves `updated_at` forward, strictly, even when two changes land in the same millisecond. */
export function touchConnectionRecord(record: ConnectionRecord, now: number): void {
  record.updatedAt = Math.max(now, record.updatedAt + 1);
}

/** Credentials as the simulated provider hands them out after consent or a token exchange. */
export function issuedCredentials(
  now: number,
  confirmation: { pendingConfirmTokenId: string } | undefined,
): StoredCredentials {
  return {
    accessToken: `sandbox-access-${randomId()}`,
    refreshToken: `sandbox-refresh-${randomId()}`,
    issuedAt: now,
    expiresIn: 3600,
    confirmed: confirmation === undefined,
    pendingConfirmTokenId: confirmation?.pendingConfirmTokenId ?? null,
    rejected: false,
    needsRefresh: false,
  };
}
