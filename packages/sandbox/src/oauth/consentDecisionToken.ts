import { randomId } from '../crypto/tokenSigner';
import type { SandboxContext } from '../sandboxContext';

/**
 * The hidden field of a consent (or revoke) form: binds one submission to the page that was shown
 * and can be spent once, so a replayed or double-submitted form does nothing.
 */
export interface ConsentDecisionClaims {
  jti: string;
  flow: 'authorize' | 'revoke';
  state: string;
  redirect_uri: string;
  exp: number;
}

const FORM_SECONDS = 15 * 60;

/** Issues the decision token for a page showing `state` and `redirectUri`. */
export function issueConsentDecisionToken(
  context: Pick<SandboxContext, 'signer' | 'now'>,
  flow: ConsentDecisionClaims['flow'],
  state: string,
  redirectUri: string,
): Promise<string> {
  const claims: ConsentDecisionClaims = {
    jti: randomId(),
    flow,
    state,
    redirect_uri: redirectUri,
    exp: Math.floor(context.now() / 1000) + FORM_SECONDS,
  };
  return context.signer.sign('consent', claims as unknown as Record<string, unknown>);
}

/** The claims when the token is valid for this flow, page and time; undefined otherwise. */
export async function readConsentDecisionToken(
  context: Pick<SandboxContext, 'signer' | 'now'>,
  token: string,
  expected: { flow: ConsentDecisionClaims['flow']; state: string; redirectUri: string },
): Promise<ConsentDecisionClaims | undefined> {
  const claims = (await context.signer.verify('consent', token)) as
    | ConsentDecisionClaims
    | undefined;
  if (!claims || typeof claims.jti !== 'string' || typeof claims.exp !== 'number') return undefined;
  const matches =
    claims.flow === expected.flow &&
    claims.state === expected.state &&
    claims.redirect_uri === expected.redirectUri &&
    context.now() / 1000 < claims.exp;
  return matches ? claims : undefined;
}
