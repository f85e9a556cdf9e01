import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import { type Connection, ConnectionSchema } from '../schemas/connection';
import { envelopeOf } from '../schemas/envelopes';
import { type ConnectionRef, connectionPath } from './connectionPath';

export const ConnectionResponseSchema = envelopeOf(ConnectionSchema);

/** Gets one connection (`GET /vault/connections/{unified_api}/{service_id}`). */
export async function getConnection(
  client: VaultClient,
  ref: ConnectionRef,
  options?: RequestOptions,
): Promise<Connection> {
  const result = await client.request({ method: 'GET', path: connectionPath(ref) }, options);
  return parseBody(ConnectionResponseSchema, result).data;
}
