import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import type { Connection } from '../schemas/connection';
import type { ConnectionUpdate } from '../schemas/requests';
import { type ConnectionRef, connectionPath } from './connectionPath';
import { ConnectionResponseSchema } from './getConnection';

/**
 * Updates a connection: enable or disable it, write settings, metadata, resource configuration or
 * custom mappings (`PATCH /vault/connections/{unified_api}/{service_id}`). Adding an available
 * integration is `{ enabled: true }`.
 */
export async function updateConnection(
  client: VaultClient,
  params: ConnectionRef & { connection: ConnectionUpdate },
  options?: RequestOptions,
): Promise<Connection> {
  const result = await client.request(
    { method: 'PATCH', path: connectionPath(params), body: params.connection },
    options,
  );
  return parseBody(ConnectionResponseSchema, result).data;
}
