import type { VaultClient } from '../client/createVaultClient';
import { parseBody } from '../http/parseBody';
import type { RequestOptions } from '../http/transport';
import { envelopeOf } from '../schemas/envelopes';
import { type ResourceConfig, ResourceConfigSchema } from '../schemas/responses';
import { type ConnectionRef, connectionPath } from './connectionPath';

const ResourceConfigResponseSchema = envelopeOf(ResourceConfigSchema);

/**
 * Gets a resource's settings and their defaults as flat form fields
 * (`GET …/{resource}/config`, `data.configuration`).
 */
export async function getResourceConfig(
  client: VaultClient,
  params: ConnectionRef & { resource: string },
  options?: RequestOptions,
): Promise<ResourceConfig> {
  const result = await client.request(
    { method: 'GET', path: connectionPath(params, params.resource, 'config') },
    options,
  );
  return parseBody(ResourceConfigResponseSchema, result).data;
}
