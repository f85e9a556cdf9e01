import { type CatalogueIndex, connectionIdOf } from '../catalogue/catalogueIndex';
import type { ConnectionSeed, SandboxConnector } from '../catalogue/connectorTypes';
import { seedCodatCompanies } from '../codat/codatSeed';
import { issuedCredentials, newConnectionRecord } from '../vault/connectionRecord';
import type { ConnectionRecord, SandboxState } from './sandboxState';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Builds the record a seed describes, dated relative to `now`. */
export function recordFromSeed(
  connector: SandboxConnector,
  seed: ConnectionSeed,
  now: number,
): ConnectionRecord {
  const createdAt = now - (seed.createdDaysAgo ?? 7) * DAY;
  const record = newConnectionRecord(connector, createdAt);
  record.enabled = seed.enabled ?? true;
  record.settings = { ...record.settings, ...seed.settings };
  record.metadata = seed.metadata ?? null;
  record.configuration = structuredClone(seed.configuration ?? {});
  record.customMappings = { ...seed.customMappings };
  record.revoked = seed.revoked ?? false;
  if (seed.consentState) record.consentState = seed.consentState;
  record.consents = structuredClone(seed.consents ?? []);
  const issuedAt = Math.max(createdAt, now - HOUR / 2);
  switch (seed.credentials) {
    case 'valid':
      record.credentials = issuedCredentials(issuedAt, undefined);
      break;
    case 'pending_confirmation':
      // Nobody holds the confirm token of a seeded authorization: authorize again to confirm it.
      record.credentials = issuedCredentials(issuedAt, {
        pendingConfirmTokenId: `seeded-${connector.serviceId}`,
      });
      break;
    case 'pending_refresh':
      record.credentials = {
        ...issuedCredentials(issuedAt, undefined),
        issuedAt: null,
        expiresIn: null,
        needsRefresh: true,
      };
      break;
    case 'rejected':
      record.credentials = { ...issuedCredentials(createdAt, undefined), rejected: true };
      record.lastRefreshFailedAt = now - 2 * HOUR;
      record.credentialsExpireAt = now + 5 * DAY;
      break;
    default:
      record.credentials = null;
  }
  if (seed.degraded) record.lastDownstreamErrorAt = now - HOUR / 4;
  record.updatedAt = Math.min(now, createdAt + DAY);
  return record;
}

/** The state a sandbox starts from (and `reset()` returns to). */
export function createSeededState(
  catalogue: CatalogueIndex,
  defaultConsumerId: string,
  now: number,
): SandboxState {
  const state: SandboxState = {
    version: 1,
    consumers: {},
    usedTokens: {},
    codat: { companies: seedCodatCompanies() },
  };
  for (const seed of catalogue.seeds) {
    const id = connectionIdOf(seed.unifiedApi, seed.serviceId);
    const connector = catalogue.byConnectionId.get(id) as SandboxConnector;
    const consumerId = seed.consumerId ?? defaultConsumerId;
    state.consumers[consumerId] ??= { connections: {} };
    const consumer = state.consumers[consumerId] as SandboxState['consumers'][string];
    consumer.connections[id] = recordFromSeed(connector, seed, now);
  }
  return state;
}
