/** An unsigned JWT with the claims a Vault session carries; the client only decodes it. */
export function testSessionToken(claims: Record<string, unknown> = {}): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    encode({ alg: 'HS256', typ: 'JWT' }),
    encode({
      application_id: 'app-from-claims',
      consumer_id: 'consumer-from-claims',
      exp: Math.floor(Date.now() / 1000) + 3600,
      ...claims,
    }),
    'signature',
  ].join('.');
}
