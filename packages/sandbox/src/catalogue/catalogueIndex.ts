import type { ConnectionSeed, SandboxCatalogue, SandboxConnector } from './connectorTypes';

/** A catalogue with the look-ups the request handlers need. */
export interface CatalogueIndex {
  connectors: SandboxConnector[];
  seeds: ConnectionSeed[];
  /** By connection id (`{unified_api}+{service_id}`). */
  byConnectionId: Map<string, SandboxConnector>;
  /** A service can be listed under several unified APIs. */
  byServiceId: Map<string, SandboxConnector[]>;
  unifiedApis: Set<string>;
}

/** The id Vault gives a connection: `{unified_api}+{service_id}`. */
export function connectionIdOf(unifiedApi: string, serviceId: string): string {
  return `${unifiedApi}+${serviceId}`;
}

/** Indexes a catalogue; throws on duplicate connection ids or broken references. */
export function indexCatalogue(catalogue: SandboxCatalogue): CatalogueIndex {
  const byConnectionId = new Map<string, SandboxConnector>();
  const byServiceId = new Map<string, SandboxConnector[]>();
  const unifiedApis = new Set<string>();
  for (const connector of catalogue.connectors) {
    const id = connectionIdOf(connector.unifiedApi, connector.serviceId);
    if (byConnectionId.has(id)) throw new Error(`The catalogue lists ${id} twice.`);
    if (connector.authType === 'oauth2' && !connector.oauthGrantType) {
      throw new Error(`${id} uses oauth2 but names no oauthGrantType.`);
    }
    byConnectionId.set(id, connector);
    byServiceId.set(connector.serviceId, [
      ...(byServiceId.get(connector.serviceId) ?? []),
      connector,
    ]);
    unifiedApis.add(connector.unifiedApi);
  }
  for (const seed of catalogue.seeds) {
    if (!byConnectionId.has(connectionIdOf(seed.unifiedApi, seed.serviceId))) {
      throw new Error(
        `A seed names ${seed.unifiedApi}+${seed.serviceId}, which is not catalogued.`,
      );
    }
  }
  return {
    connectors: catalogue.connectors,
    seeds: catalogue.seeds,
    byConnectionId,
    byServiceId,
    unifiedApis,
  };
}
