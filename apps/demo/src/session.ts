/** Asks the demo's backend for a Vault session (the dev server answers with a sandbox session). */
export async function fetchSessionToken(): Promise<string> {
  const response = await fetch('/api/vault-session', { method: 'POST' });
  if (!response.ok) throw new Error(`The session endpoint answered ${response.status}.`);
  const { token } = (await response.json()) as { token: string };
  return token;
}
