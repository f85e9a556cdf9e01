import type { VaultClient } from '../client/createVaultClient';
import type { RequestOptions } from '../http/transport';
import { type ConnectionRef, connectionPath } from './connectionPath';

/**
 * Deletes a connection; the integration becomes available again
 * (`DELETE /vault/connections/{unified_api}/{service_id}`, 204).
 */
export async function deleteConnection(
  client: VaultClient,
  ref: ConnectionRef,
  options?: RequestOptions,
): Promise<void> {
  await client.request({ method: 'DELETE', path: connectionPath(ref) }, options);
}
