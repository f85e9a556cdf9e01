import { DEFAULT_CONSUMER_ID } from '../sandboxDefaults';
import { recordFromSeed } from '../state/createSeededState';
import { describeConnectionStatus } from '../vault/connectionStatus';
import type { FormField } from '../vault/vaultTypes';
import { connectionIdOf } from './catalogueIndex';
import type { SandboxCatalogue } from './connectorTypes';
import { defaultCatalogue } from './defaultCatalogue';

/** Connection ids (`{unified_api}+{service_id}`) by value. */
export type CoverageMap = Record<string, string[]>;

/** What a catalogue covers; every map lists the connection ids behind each value. */
export interface CatalogueCoverage {
  connectors: number;
  unifiedApis: CoverageMap;
  authTypes: CoverageMap;
  oauthGrantTypes: CoverageMap;
  integrationStates: CoverageMap;
  /** States of the consumer's connections (`available` for those not added). */
  states: CoverageMap;
  /** Health of the consumer's added connections. */
  health: CoverageMap;
  /** Form-field types, in settings forms and resource defaults. */
  formFieldTypes: CoverageMap;
  /** Form-field features: `value`, `default_value`, `mask`, `target`, `filter`, `option_groups`… */
  formFieldFeatures: CoverageMap;
  hasGuide: CoverageMap;
  validationSupport: CoverageMap;
  configurableResources: CoverageMap;
  /** Connector release status (`live`, `upcoming`, `requested`). */
  status: CoverageMap;
  /** Each map's counts, for a quick table. */
  counts: Record<string, Record<string, number>>;
}

function add(map: CoverageMap, key: string, id: string): void {
  const ids = map[key] ?? [];
  if (!ids.includes(id)) ids.push(id);
  map[key] = ids;
}

function fieldFeatures(field: FormField): string[] {
  const features: string[] = [];
  if (field.value !== undefined) features.push('value');
  if (field.default_value !== undefined) features.push('default_value');
  if (field.mask) features.push('mask');
  if (field.target) features.push('target');
  if (field.filter) features.push('filter');
  if (field.options?.some((item) => item.option_type === 'group')) features.push('option_groups');
  if (field.allow_custom_values) features.push('allow_custom_values');
  if (field.sensitive) features.push('sensitive');
  if (field.prefix) features.push('prefix');
  if (field.suffix) features.push('suffix');
  if (field.hidden) features.push('hidden');
  if (field.disabled) features.push('disabled');
  if (field.deprecated) features.push('deprecated');
  if (field.description) features.push('description');
  if (field.placeholder) features.push('placeholder');
  if (field.required) features.push('required');
  return features;
}

/**
 * Summarises what a catalogue covers for one consumer (default `test-consumer`): auth and grant
 * types, integration states, connection states and health, form-field types and features.
 */
export function summariseCatalogueCoverage(
  catalogue: SandboxCatalogue = defaultCatalogue,
  consumerId: string = DEFAULT_CONSUMER_ID,
): CatalogueCoverage {
  const coverage: Omit<CatalogueCoverage, 'counts' | 'connectors'> = {
    unifiedApis: {},
    authTypes: {},
    oauthGrantTypes: {},
    integrationStates: {},
    states: {},
    health: {},
    formFieldTypes: {},
    formFieldFeatures: {},
    hasGuide: {},
    validationSupport: {},
    configurableResources: {},
    status: {},
  };
  const now = Date.now();
  for (const connector of catalogue.connectors) {
    const id = connectionIdOf(connector.unifiedApi, connector.serviceId);
    add(coverage.unifiedApis, connector.unifiedApi, id);
    add(coverage.authTypes, connector.authType, id);
    if (connector.oauthGrantType) add(coverage.oauthGrantTypes, connector.oauthGrantType, id);
    add(coverage.integrationStates, connector.integrationState, id);
    add(coverage.hasGuide, String(connector.hasGuide), id);
    add(coverage.validationSupport, String(connector.validationSupport), id);
    add(coverage.status, connector.status ?? 'live', id);
    const fields = [
      ...connector.formFields,
      ...(connector.configurableResources ?? []).flatMap((entry) => entry.fields),
    ];
    for (const field of fields) {
      add(coverage.formFieldTypes, field.type, id);
      for (const feature of fieldFeatures(field)) add(coverage.formFieldFeatures, feature, id);
    }
    for (const entry of connector.configurableResources ?? [])
      add(coverage.configurableResources, entry.resource, id);
    const seed = catalogue.seeds.find(
      (candidate) =>
        (candidate.consumerId ?? DEFAULT_CONSUMER_ID) === consumerId &&
        candidate.unifiedApi === connector.unifiedApi &&
        candidate.serviceId === connector.serviceId,
    );
    const status = describeConnectionStatus(
      connector,
      seed ? recordFromSeed(connector, seed, now) : undefined,
    );
    add(coverage.states, status.state, id);
    if (status.health) add(coverage.health, status.health, id);
  }
  const counts = Object.fromEntries(
    Object.entries(coverage).map(([key, map]) => [
      key,
      Object.fromEntries(Object.entries(map).map(([value, ids]) => [value, ids.length])),
    ]),
  );
  return { connectors: catalogue.connectors.length, ...coverage, counts };
}
