import { connectorLogoSvg } from '../logos/connectorLogo';
import type { RoutedRequest, SandboxContext } from '../sandboxContext';
import { vaultErrorResponse } from '../vault/vaultError';
import { issueConsentDecisionToken, readConsentDecisionToken } from './consentDecisionToken';
import { escapeHtml, htmlErrorPage, htmlPageResponse } from './htmlPage';
import {
  approveAuthorization,
  authorizeBlocker,
  cancelRevoke,
  denyAuthorization,
  errorRedirect,
  type OAuthFlowFailure,
  type OAuthFlowKind,
  type OAuthFlowRequest,
  readOAuthFlowRequest,
  revokeAuthorization,
  revokeBlocker,
} from './oauthFlow';

/** A 302 to where the flow goes next. */
export function redirectResponse(location: string): Response {
  return new Response(null, {
    status: 302,
    headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

/** True when the client asked for JSON rather than a page (API clients, not browsers). */
function wantsJson(request: Request): boolean {
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

function failureResponse(
  request: Request,
  failure: OAuthFlowFailure,
): Promise<Response> | Response {
  if (wantsJson(request)) return vaultErrorResponse(failure.status, { detail: failure.message });
  return htmlErrorPage(failure.status, failure.heading, failure.message);
}

function originOf(url: string): string {
  return new URL(url).origin;
}

async function consentPage(context: SandboxContext, flow: OAuthFlowRequest): Promise<Response> {
  const { connector } = flow;
  const name = escapeHtml(connector.name);
  const decisionToken = await issueConsentDecisionToken(
    context,
    flow.kind,
    flow.state,
    flow.redirectUri,
  );
  const scopes = flow.scope.length > 0 ? flow.scope : (connector.scopes ?? []);
  const authorize = flow.kind === 'authorize';
  const heading = authorize ? `Connect ${name}` : `Disconnect ${name}`;
  const intro = authorize
    ? `<p><strong>${escapeHtml(flow.claims.application_id)}</strong> asks for access to your ${name} account (${escapeHtml(connector.unifiedApi)}).</p>`
    : `<p><strong>${escapeHtml(flow.claims.application_id)}</strong> will lose access to your ${name} account. You can connect again later.</p>`;
  const scopeList =
    authorize && scopes.length > 0
      ? `<h2 id="scopes">It will be able to use</h2><ul aria-labelledby="scopes">${scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('')}</ul>`
      : '';
  const buttons = authorize
    ? '<button type="submit" name="decision" value="approve" class="primary">Approve</button><button type="submit" name="decision" value="deny">Deny</button>'
    : '<button type="submit" name="decision" value="revoke" class="primary">Disconnect</button><button type="submit" name="decision" value="cancel">Cancel</button>';
  return htmlPageResponse({
    title: `${authorize ? 'Connect' : 'Disconnect'} ${connector.name} · Plugboard sandbox`,
    formTargets: [originOf(flow.redirectUri)],
    body: [
      '<main aria-labelledby="title">',
      `<div class="logo">${connectorLogoSvg(connector.name, connector.brandColor)}</div>`,
      `<h1 id="title">${heading}</h1>`,
      intro,
      scopeList,
      '<form method="post">',
      `<input type="hidden" name="decision_token" value="${escapeHtml(decisionToken)}">`,
      buttons,
      '</form>',
      '<p class="note">Plugboard sandbox: a simulated provider. No real account is involved.</p>',
      '</main>',
    ].join(''),
  });
}

function blockerFor(flow: OAuthFlowRequest): string | undefined {
  return flow.kind === 'authorize' ? authorizeBlocker(flow) : revokeBlocker(flow);
}

/** `GET /vault/authorize|revoke/{service_id}/{application_id}`: the consent or revoke page. */
export function showOAuthPage(kind: OAuthFlowKind) {
  return async (context: SandboxContext, routed: RoutedRequest): Promise<Response> => {
    const flow = await readOAuthFlowRequest(context, kind, routed.url, routed.params);
    if (!('kind' in flow)) return failureResponse(routed.request, flow);
    const blocker = blockerFor(flow);
    if (blocker) return redirectResponse(errorRedirect(flow, 'invalid_request', blocker));
    return consentPage(context, flow);
  };
}

/** The user's decision on a consent or revoke page, applied the way the Vault would. */
export type OAuthDecision = 'approve' | 'deny' | 'revoke' | 'cancel';

/** Applies a decision to a checked flow request; returns where to redirect. */
export async function decideOAuthFlow(
  context: SandboxContext,
  flow: OAuthFlowRequest,
  decision: OAuthDecision,
): Promise<string | undefined> {
  if (flow.kind === 'authorize') {
    if (decision === 'approve') return approveAuthorization(context, flow);
    if (decision === 'deny') return denyAuthorization(flow);
    return undefined;
  }
  if (decision === 'revoke') return revokeAuthorization(context, flow);
  if (decision === 'cancel') return cancelRevoke(flow);
  return undefined;
}

/** `POST /vault/authorize|revoke/{service_id}/{application_id}`: the form submission. */
export function submitOAuthPage(kind: OAuthFlowKind) {
  return async (context: SandboxContext, routed: RoutedRequest): Promise<Response> => {
    const flow = await readOAuthFlowRequest(context, kind, routed.url, routed.params);
    if (!('kind' in flow)) return failureResponse(routed.request, flow);
    let form: URLSearchParams;
    try {
      form = new URLSearchParams(await routed.request.text());
    } catch {
      form = new URLSearchParams();
    }
    const claims = await readConsentDecisionToken(context, form.get('decision_token') ?? '', {
      flow: kind,
      state: flow.state,
      redirectUri: flow.redirectUri,
    });
    if (!claims) {
      return htmlErrorPage(
        400,
        'This form has expired',
        'Open the link from your integrations page again.',
      );
    }
    if (context.state.usedTokens[claims.jti] !== undefined) {
      return htmlErrorPage(
        400,
        'Already submitted',
        'This form was already submitted; it can be used once.',
      );
    }
    const location = await decideOAuthFlow(
      context,
      flow,
      (form.get('decision') ?? '') as OAuthDecision,
    );
    if (!location)
      return htmlErrorPage(400, 'No decision', 'Choose one of the buttons on the page.');
    context.state.usedTokens[claims.jti] = claims.exp * 1000;
    context.markChanged();
    return redirectResponse(location);
  };
}
