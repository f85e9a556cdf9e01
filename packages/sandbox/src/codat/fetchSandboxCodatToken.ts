import { CODAT_BASE_URL, SANDBOX_CODAT_API_KEY } from '../sandboxDefaults';

/**
 * Plays an app's backend for stories and demos on the sandbox: asks the sandbox's Codat API for a
 * company access token with the sandbox's own (fake) key. A real app never does this in a browser;
 * its backend holds the Codat key and uses `getCompanyAccessToken` of `@plugboard/server`.
 *
 * @throws an `Error` carrying Codat's `correlationId` when the sandbox refuses (e.g. an injected fault).
 */
export async function fetchSandboxCodatToken(
  companyId: string,
  options: { baseUrl?: string } = {},
): Promise<{ accessToken: string; expiresIn: number }> {
  const baseUrl = (options.baseUrl ?? CODAT_BASE_URL).replace(/\/+$/, '');
  const response = await fetch(
    `${baseUrl}/companies/${encodeURIComponent(companyId)}/accessToken`,
    {
      headers: { authorization: `Basic ${btoa(SANDBOX_CODAT_API_KEY)}` },
    },
  );
  const body = (await response.json()) as {
    accessToken: string;
    expiresIn: number;
    error?: string;
    correlationId?: string;
  };
  if (!response.ok) {
    throw Object.assign(new Error(body.error ?? `Codat answered ${response.status}.`), {
      correlationId: body.correlationId,
    });
  }
  return { accessToken: body.accessToken, expiresIn: body.expiresIn };
}
