import * as z from 'zod/mini';
import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import { type Connection, ConnectionSchema } from '../schemas/connection';
import { envelopeOf } from '../schemas/envelopes';

const ListConnectionsResponseSchema = envelopeOf(z.array(ConnectionSchema));

/** Filters of `GET /vault/connections`. */
export interface ListConnectionsParams {
  /** Only connections of this unified API, e.g. `crm`. */
  api?: string | undefined;
  /** `true`: only configured connections; `false`: only the ones not configured yet. */
  configured?: boolean | undefined;
}

/**
 * Lists the consumer's connections: every integration the app offers, with state, settings form
 * and authorize/revoke links (`GET /vault/connections`).
 *
 * @example
 * const crm = await listConnections(client, { api: 'crm' });
 */
export async function listConnections(
  client: VaultClient,
  params: ListConnectionsParams = {},
  options?: RequestOptions,
): Promise<Connection[]> {
  const result = await client.request(
    {
      method: 'GET',
      path: '/vault/connections',
      query: { api: params.api, configured: params.configured },
    },
    options,
  );
  return parseBody(ListConnectionsResponseSchema, result).data;
}
