/** Where Apideck Vault requests go in MSW mode, and the default origin of generated URLs. */
export const VAULT_BASE_URL = 'https://unify.apideck.com';

/** Where Codat requests go in MSW mode. */
export const CODAT_BASE_URL = 'https://api.codat.io';

/** The sandbox's Vault API key (server side: `Authorization: Bearer …`). Not a secret. */
export const SANDBOX_API_KEY = 'sk_sandbox_plugboard';

/** The sandbox's Unify application id (`x-apideck-app-id`). */
export const SANDBOX_APP_ID = 'sandbox-app';

/** The consumer the seeded connections belong to. */
export const DEFAULT_CONSUMER_ID = 'test-consumer';

/** The sandbox's Codat API key (`Authorization: Basic base64(key)`). Not a secret. */
export const SANDBOX_CODAT_API_KEY = 'sandbox-codat-api-key';

/**
 * The default HMAC secret for session JWTs, OAuth `state`s and confirm tokens. Every sandbox
 * instance with the same secret accepts the others' tokens.
 */
export const DEFAULT_SANDBOX_SECRET = 'plugboard-sandbox-secret';
