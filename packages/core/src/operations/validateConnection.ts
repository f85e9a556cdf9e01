import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import { envelopeOf } from '../schemas/envelopes';
import { type ConnectionValidation, ConnectionValidationSchema } from '../schemas/responses';
import { type ConnectionRef, connectionPath } from './connectionPath';

const ValidateResponseSchema = envelopeOf(ConnectionValidationSchema);

/**
 * Checks a connection's state: required fields for key/basic connectors, a forced token refresh
 * for OAuth ones (`POST …/validate`, empty body).
 */
export async function validateConnection(
  client: VaultClient,
  ref: ConnectionRef,
  options?: RequestOptions,
): Promise<ConnectionValidation> {
  const result = await client.request(
    { method: 'POST', path: connectionPath(ref, 'validate'), body: {} },
    options,
  );
  return parseBody(ValidateResponseSchema, result).data;
}
