/** Identifies one connection: the unified API and the connector's service id. */
export interface ConnectionRef {
  unifiedApi: string;
  serviceId: string;
}

/** `/vault/connections/{unified_api}/{service_id}` plus an optional suffix, each part encoded. */
export function connectionPath(
  { unifiedApi, serviceId }: ConnectionRef,
  ...suffix: string[]
): string {
  return ['/vault/connections', unifiedApi, serviceId, ...suffix]
    .map((part, index) => (index === 0 ? part : encodeURIComponent(part)))
    .join('/');
}
