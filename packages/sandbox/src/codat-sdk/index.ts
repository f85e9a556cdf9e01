// A fake of Codat's Connections SDK module, served by the sandbox's Codat API.
import type { CodatConnectionsClass } from './codatSdkTypes';
import { createFakeCodatConnections } from './createFakeCodatConnections';

export type {
  CodatConnectionCallbackArgs,
  CodatConnectionsClass,
  CodatConnectionsComponent,
  CodatConnectionsErrorArgs,
  CodatConnectionsOptions,
  CodatConnectionsProps,
} from './codatSdkTypes';
export type { FakeCodatConnectionsOptions } from './createFakeCodatConnections';
export { createFakeCodatConnections };

/**
 * The fake SDK bound to `https://api.codat.io` (which the sandbox's MSW handlers serve): the same
 * named export as the real module, so `loadSdk: () => import('@plugboard/sandbox/codat-sdk')`
 * stands in for `import('https://connections-sdk.codat.io')`.
 */
export const CodatConnections: CodatConnectionsClass = /* @__PURE__ */ createFakeCodatConnections();

export default CodatConnections;
