import { decodeTokenClaims } from './crypto/tokenSigner';
import type { Route } from './http/route';
import { connectorLogoSvg } from './logos/connectorLogo';
import { escapeHtml, htmlErrorPage, htmlPageResponse } from './oauth/htmlPage';
import type { RoutedRequest, SandboxContext } from './sandboxContext';

/** `GET /sandbox/logos/{service_id}.svg`: the connector's generated logo. */
async function serveLogo(context: SandboxContext, routed: RoutedRequest): Promise<Response> {
  const connector = context.catalogue.byServiceId.get(routed.params.service_id ?? '')?.[0];
  if (!connector) {
    return new Response('Unknown connector', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(connectorLogoSvg(connector.name, connector.brandColor), {
    headers: {
      'content-type': 'image/svg+xml',
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** `GET /sandbox/session/{token}`: what `session_uri` points at. Hosted Vault is not simulated. */
async function serveSessionPage(
  _context: SandboxContext,
  routed: RoutedRequest,
): Promise<Response> {
  const claims = decodeTokenClaims(routed.params.token ?? '');
  if (!claims) return htmlErrorPage(404, 'Unknown session', 'This is not a session token.');
  const consumer = escapeHtml(String(claims.consumer_id ?? ''));
  const expires =
    typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : 'unknown';
  return htmlPageResponse({
    title: 'Hosted Vault session · Plugboard sandbox',
    body: `<main aria-labelledby="title"><h1 id="title">Hosted Vault session</h1><p>Session for consumer <strong>${consumer}</strong>, valid until <time datetime="${expires}">${expires}</time>.</p><p class="note">The Plugboard sandbox simulates the Vault API, not the Hosted Vault UI. Use the session token with your own integrations page.</p></main>`,
  });
}

/** The sandbox's own asset routes (not part of either vendor's API). */
export const sandboxRoutes: Route[] = [
  {
    method: 'GET',
    path: '/sandbox/logos/{service_id}.svg',
    operationId: 'sandboxLogo',
    api: 'sandbox',
    handle: serveLogo,
  },
  {
    method: 'GET',
    path: '/sandbox/session/{token}',
    operationId: 'sandboxSession',
    api: 'sandbox',
    handle: serveSessionPage,
  },
];
