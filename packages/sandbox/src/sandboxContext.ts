import type { CatalogueIndex } from './catalogue/catalogueIndex';
import type { TokenSigner } from './crypto/tokenSigner';
import type { SandboxState } from './state/sandboxState';

/**
 * How form fields of the types that real payloads carry but the spec's enum leaves out (`copy`,
 * `info`, `hidden`, `boolean`, `phone`, `location`) are served:
 * - `observed` (default): as the real Vault sends them;
 * - `spec`: mapped onto the nearest spec type (`boolean` → `checkbox`, `phone` → `tel`, `hidden` →
 *   hidden `text`, `copy`/`info` → disabled `text`, `location` → `text`), so every response
 *   validates against the spec's schema.
 */
export type FormFieldTypeMode = 'observed' | 'spec';

/** What a request handler sees: configuration, the current state and a clock. */
export interface SandboxContext {
  catalogue: CatalogueIndex;
  signer: TokenSigner;
  /** Origin used in generated URLs (authorize/revoke/logo). */
  baseUrl: string;
  apiKey: string;
  applicationId: string;
  codatApiKey: string;
  defaultConsumerId: string;
  formFieldTypes: FormFieldTypeMode;
  codatDeprecatedEndpointGone: boolean;
  /** When set, session tokens stop being accepted this many seconds after they were issued. */
  sessionExpiryOverrideSeconds: number | undefined;
  now(): number;
  /** The state for this request (loaded from the store when one is given). */
  state: SandboxState;
  /** Records that the state changed, so it is saved after the request. */
  markChanged(): void;
}

/** One routed request. */
export interface RoutedRequest {
  request: Request;
  url: URL;
  params: Record<string, string>;
}
