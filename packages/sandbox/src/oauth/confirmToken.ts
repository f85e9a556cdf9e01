import { randomId } from '../crypto/tokenSigner';
import type { SandboxContext } from '../sandboxContext';

/** What a confirm token says. */
export interface ConfirmTokenClaims {
  jti: string;
  consumer_id: string;
  application_id: string;
  unified_api: string;
  service_id: string;
  iat: number;
  exp: number;
}

/** Confirm tokens are valid for 30 minutes, as the Vault's. */
export const CONFIRM_TOKEN_SECONDS = 30 * 60;

/** Issues a signed, self-describing confirm token for one connection. */
export async function issueConfirmToken(
  context: Pick<SandboxContext, 'signer' | 'now' | 'applicationId'>,
  connection: { consumerId: string; unifiedApi: string; serviceId: string },
): Promise<{ token: string; claims: ConfirmTokenClaims }> {
  const iat = Math.floor(context.now() / 1000);
  const claims: ConfirmTokenClaims = {
    jti: randomId(),
    consumer_id: connection.consumerId,
    application_id: context.applicationId,
    unified_api: connection.unifiedApi,
    service_id: connection.serviceId,
    iat,
    exp: iat + CONFIRM_TOKEN_SECONDS,
  };
  const token = await context.signer.sign('confirm', claims as unknown as Record<string, unknown>);
  return { token, claims };
}

/** The claims of a confirm token the sandbox signed (expired or not); undefined otherwise. */
export async function readConfirmToken(
  context: Pick<SandboxContext, 'signer'>,
  token: string,
): Promise<ConfirmTokenClaims | undefined> {
  const claims = await context.signer.verify('confirm', token);
  if (!claims || typeof claims.jti !== 'string' || typeof claims.exp !== 'number') return undefined;
  return claims as unknown as ConfirmTokenClaims;
}
