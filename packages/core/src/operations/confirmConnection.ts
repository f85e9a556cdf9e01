import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import { envelopeOf } from '../schemas/envelopes';
import { type ConnectionConfirmation, ConnectionConfirmationSchema } from '../schemas/responses';
import { type ConnectionRef, connectionPath } from './connectionPath';

const ConfirmResponseSchema = envelopeOf(ConnectionConfirmationSchema);

/**
 * Confirms an OAuth connection authorized with a `nonce`, using the single-use `confirm_token`
 * from the callback's fragment (`POST …/confirm`; valid 30 minutes).
 */
export async function confirmConnection(
  client: VaultClient,
  params: ConnectionRef & { confirmToken: string },
  options?: RequestOptions,
): Promise<ConnectionConfirmation> {
  const result = await client.request(
    {
      method: 'POST',
      path: connectionPath(params, 'confirm'),
      body: { confirm_token: params.confirmToken },
    },
    options,
  );
  return parseBody(ConfirmResponseSchema, result).data;
}
