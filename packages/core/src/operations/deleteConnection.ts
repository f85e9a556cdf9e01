import * as z from 'zod/mini';
import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import { type ConnectionRef, connectionPath } from './connectionPath';

/**
 * The spec answers 204 with no body. A gateway may add an envelope; a body that is neither
 * empty nor an envelope means the deletion cannot be trusted to have happened.
 */
const DeleteResponseSchema = z.looseObject({
  status_code: z.nullish(z.number()),
  status: z.nullish(z.string()),
});

/**
 * Deletes a connection; the integration becomes available again
 * (`DELETE /vault/connections/{unified_api}/{service_id}`, 204).
 */
export async function deleteConnection(
  client: VaultClient,
  ref: ConnectionRef,
  options?: RequestOptions,
): Promise<void> {
  const result = await client.request({ method: 'DELETE', path: connectionPath(ref) }, options);
  if (result.text.trim() !== '') parseBody(DeleteResponseSchema, result);
}
