import type { SandboxContext } from '../sandboxContext';
import type { ConsumerMetadata, SessionClaims, SessionSettings, SessionTheme } from './vaultTypes';

/** Everything a session token can carry. */
export interface SessionTokenRequest {
  consumerId: string;
  /** @default the sandbox's application id */
  applicationId?: string;
  /** @default 3600 (one hour, as the Vault) */
  expiresInSeconds?: number;
  settings?: SessionSettings;
  theme?: SessionTheme;
  consumerMetadata?: ConsumerMetadata;
  redirectUri?: string;
  customConsumerSettings?: Record<string, unknown>;
}

/** Issues an HS256 session JWT with the claims the Vault puts in its own. */
export async function issueSessionToken(
  context: Pick<SandboxContext, 'signer' | 'applicationId' | 'now'>,
  request: SessionTokenRequest,
): Promise<string> {
  const iat = Math.floor(context.now() / 1000);
  const claims: SessionClaims = {
    application_id: request.applicationId ?? context.applicationId,
    consumer_id: request.consumerId,
    ...(request.consumerMetadata ? { consumer_metadata: request.consumerMetadata } : {}),
    ...(request.redirectUri ? { redirect_uri: request.redirectUri } : {}),
    settings: request.settings ?? {},
    theme: request.theme ?? {},
    ...(request.customConsumerSettings
      ? { custom_consumer_settings: request.customConsumerSettings }
      : {}),
    iat,
    exp: iat + (request.expiresInSeconds ?? 3600),
  };
  return context.signer.sign('session', claims as unknown as Record<string, unknown>);
}

/**
 * The claims of a session token the sandbox signed and that has not expired (taking
 * `expireSessionsAfter` into account); undefined otherwise.
 */
export async function verifySessionToken(
  context: Pick<SandboxContext, 'signer' | 'now' | 'sessionExpiryOverrideSeconds'>,
  token: string,
): Promise<SessionClaims | undefined> {
  const claims = await context.signer.verify('session', token);
  if (!claims) return undefined;
  const { exp, iat, consumer_id: consumerId, application_id: applicationId } = claims;
  if (typeof exp !== 'number' || typeof iat !== 'number') return undefined;
  if (typeof consumerId !== 'string' || typeof applicationId !== 'string') return undefined;
  const nowSeconds = context.now() / 1000;
  const override = context.sessionExpiryOverrideSeconds;
  const expiresAt = override === undefined ? exp : Math.min(exp, iat + override);
  if (nowSeconds >= expiresAt) return undefined;
  return claims as unknown as SessionClaims;
}
