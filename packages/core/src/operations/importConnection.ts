import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import type { Connection } from '../schemas/connection';
import type { ConnectionImport } from '../schemas/requests';
import { type ConnectionRef, connectionPath } from './connectionPath';
import { ConnectionResponseSchema } from './getConnection';

/**
 * Imports an authorized connection from credentials you already hold
 * (`POST /vault/connections/{unified_api}/{service_id}/import`).
 */
export async function importConnection(
  client: VaultClient,
  params: ConnectionRef & { data: ConnectionImport },
  options?: RequestOptions,
): Promise<Connection> {
  const result = await client.request(
    { method: 'POST', path: connectionPath(params, 'import'), body: params.data },
    options,
  );
  return parseBody(ConnectionResponseSchema, result).data;
}
