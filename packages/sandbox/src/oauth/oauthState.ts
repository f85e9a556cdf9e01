import type { SandboxContext } from '../sandboxContext';

/** What an OAuth `state` says: which consumer's connection the flow is for. */
export interface OAuthStateClaims {
  consumer_id: string;
  application_id: string;
  unified_api: string;
  service_id: string;
  iat: number;
  exp: number;
}

const HOUR = 3600;

/**
 * The signed `state` for a connection's `authorize_url` and `revoke_url`. It is issued for the
 * current hour (so list responses can reuse it) and accepted for a day after that.
 */
export function oauthStateFor(
  context: Pick<SandboxContext, 'signer' | 'applicationId' | 'now'>,
  connection: { consumerId: string; unifiedApi: string; serviceId: string },
): Promise<string> {
  const iat = Math.floor(context.now() / 1000 / HOUR) * HOUR;
  const claims: OAuthStateClaims = {
    consumer_id: connection.consumerId,
    application_id: context.applicationId,
    unified_api: connection.unifiedApi,
    service_id: connection.serviceId,
    iat,
    exp: iat + 25 * HOUR,
  };
  return context.signer.signRemembered('oauth_state', claims as unknown as Record<string, unknown>);
}

/** The claims of a valid, unexpired OAuth `state`; undefined otherwise. */
export async function readOAuthState(
  context: Pick<SandboxContext, 'signer' | 'now'>,
  state: string,
): Promise<OAuthStateClaims | undefined> {
  const claims = await context.signer.verify('oauth_state', state);
  if (!claims) return undefined;
  const valid =
    typeof claims.consumer_id === 'string' &&
    typeof claims.application_id === 'string' &&
    typeof claims.unified_api === 'string' &&
    typeof claims.service_id === 'string' &&
    typeof claims.exp === 'number' &&
    context.now() / 1000 < claims.exp;
  return valid ? (claims as unknown as OAuthStateClaims) : undefined;
}
