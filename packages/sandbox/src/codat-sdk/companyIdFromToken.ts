/**
 * The `company_id` claim of a sandbox company access token. The sandbox's tokens are JWTs that
 * name their company, which is how the fake SDK knows whose connections to list; Codat's real
 * tokens are opaque to the browser and its SDK asks Codat instead.
 */
export function companyIdFromToken(accessToken: string): string | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const companyId =
      claims && typeof claims === 'object'
        ? (claims as Record<string, unknown>).company_id
        : undefined;
    return typeof companyId === 'string' && companyId !== '' ? companyId : undefined;
  } catch {
    return undefined;
  }
}
