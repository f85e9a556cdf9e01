import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import type { Connection } from '../schemas/connection';
import { type ConnectionRef, connectionPath } from './connectionPath';
import { ConnectionResponseSchema } from './getConnection';

/**
 * Exchanges the connection's stored credentials for an access token, for connectors with the
 * `client_credentials` or `password` grant (`POST …/token`, empty body). No browser round trip.
 */
export async function authorizeConnectionToken(
  client: VaultClient,
  ref: ConnectionRef,
  options?: RequestOptions,
): Promise<Connection> {
  const result = await client.request(
    { method: 'POST', path: connectionPath(ref, 'token'), body: {} },
    options,
  );
  return parseBody(ConnectionResponseSchema, result).data;
}
