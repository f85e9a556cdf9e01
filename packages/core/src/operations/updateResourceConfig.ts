import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import type { Connection } from '../schemas/connection';
import type { ResourceDefaultUpdate } from '../schemas/requests';
import { type ConnectionRef, connectionPath } from './connectionPath';
import { ConnectionResponseSchema } from './getConnection';

/**
 * Writes a resource's default values
 * (`PATCH …/{resource}/config` with `{configuration: [{resource, defaults}]}`).
 */
export async function updateResourceConfig(
  client: VaultClient,
  params: ConnectionRef & { resource: string; defaults: ResourceDefaultUpdate[] },
  options?: RequestOptions,
): Promise<Connection> {
  const result = await client.request(
    {
      method: 'PATCH',
      path: connectionPath(params, params.resource, 'config'),
      body: { configuration: [{ resource: params.resource, defaults: params.defaults }] },
    },
    options,
  );
  return parseBody(ConnectionResponseSchema, result).data;
}
