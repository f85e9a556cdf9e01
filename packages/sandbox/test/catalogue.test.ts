import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONSUMER_ID,
  defaultCatalogue,
  generateCatalogue,
  summariseCatalogueCoverage,
} from '../src/index';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call } from './support/vaultRequests';

const SPEC_FIELD_TYPES = [
  'text',
  'checkbox',
  'tel',
  'email',
  'url',
  'textarea',
  'select',
  'filtered-select',
  'multi-select',
  'datetime',
  'date',
  'time',
  'number',
  'password',
];
const OBSERVED_FIELD_TYPES = ['copy', 'info', 'hidden', 'boolean', 'phone', 'location'];
const FIELD_FEATURES = [
  'value',
  'default_value',
  'mask',
  'target',
  'filter',
  'option_groups',
  'allow_custom_values',
  'sensitive',
  'prefix',
  'suffix',
  'hidden',
  'disabled',
  'deprecated',
  'description',
  'placeholder',
  'required',
];

describe('the default catalogue', () => {
  const coverage = summariseCatalogueCoverage(defaultCatalogue, DEFAULT_CONSUMER_ID);

  it('has at least 40 connectors over at least 6 unified APIs', () => {
    expect(coverage.connectors).toBeGreaterThanOrEqual(40);
    expect(Object.keys(coverage.unifiedApis).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(coverage.unifiedApis)).toEqual(
      expect.arrayContaining([
        'crm',
        'accounting',
        'hris',
        'ats',
        'file-storage',
        'ecommerce',
        'issue-tracking',
      ]),
    );
  });

  it('covers every auth type, grant type and integration state', () => {
    expect(Object.keys(coverage.authTypes).sort()).toEqual([
      'apiKey',
      'basic',
      'custom',
      'none',
      'oauth2',
    ]);
    expect(Object.keys(coverage.oauthGrantTypes).sort()).toEqual([
      'authorization_code',
      'client_credentials',
      'password',
    ]);
    expect(Object.keys(coverage.integrationStates).sort()).toEqual([
      'configured',
      'disabled',
      'needs_configuration',
    ]);
  });

  it('seeds the default consumer with connections in every state and health', () => {
    expect(Object.keys(coverage.states).sort()).toEqual([
      'added',
      'authorized',
      'available',
      'callable',
      'invalid',
    ]);
    expect(Object.keys(coverage.health).sort()).toEqual([
      'degraded',
      'missing_settings',
      'needs_auth',
      'needs_consent',
      'ok',
      'pending_confirmation',
      'pending_refresh',
      'revoked',
    ]);
  });

  it('uses every form-field type, the spec’s and the observed ones, and every field feature', () => {
    expect(Object.keys(coverage.formFieldTypes).sort()).toEqual(
      [...SPEC_FIELD_TYPES, ...OBSERVED_FIELD_TYPES].sort(),
    );
    expect(Object.keys(coverage.formFieldFeatures).sort()).toEqual([...FIELD_FEATURES].sort());
  });

  it('has guides and validation support on some connectors only, and resource defaults on several', () => {
    expect(Object.keys(coverage.hasGuide).sort()).toEqual(['false', 'true']);
    expect(Object.keys(coverage.validationSupport).sort()).toEqual(['false', 'true']);
    expect(
      new Set(Object.values(coverage.configurableResources).flat()).size,
    ).toBeGreaterThanOrEqual(5);
  });

  it('reports the same states through the API as in the summary', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections', { headers: apiKeyHeaders() });
    for (const connection of body.data as Array<{ id: string; state: string }>) {
      expect(coverage.states[connection.state], connection.id).toContain(connection.id);
    }
  });

  it('serves a generated SVG logo per connector', async () => {
    const sandbox = createTestSandbox();
    const response = await sandbox.handle(
      new Request('https://unify.apideck.com/sandbox/logos/nimbus-crm.svg'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('fill="#1d4ed8"');
    expect(svg).toContain('>NC</text>');
    expect(
      (await sandbox.handle(new Request('https://unify.apideck.com/sandbox/logos/nope.svg')))
        .status,
    ).toBe(404);
  });

  it('serves observed-only field types as their spec equivalents in spec mode', async () => {
    const sandbox = createTestSandbox({ formFieldTypes: 'spec' });
    const { body } = await call(sandbox, '/vault/connections', { headers: apiKeyHeaders() });
    const types = new Set(
      body.data.flatMap((connection: { form_fields: Array<{ type: string }> }) =>
        connection.form_fields.map((field) => field.type),
      ),
    );
    for (const type of OBSERVED_FIELD_TYPES) expect(types.has(type)).toBe(false);
    const tillpoint = body.data.find(
      (connection: { id: string }) => connection.id === 'ecommerce+tillpoint',
    );
    expect(
      tillpoint.form_fields.find((field: { id: string }) => field.id === 'support_phone').type,
    ).toBe('tel');
  });
});

describe('generateCatalogue', () => {
  it('gives the same catalogue for the same seed, and another for another seed', () => {
    const first = generateCatalogue({ size: 1000, seed: 42 });
    const second = generateCatalogue({ size: 1000, seed: 42 });
    expect(first.connectors).toHaveLength(1000);
    expect(second).toEqual(first);
    expect(generateCatalogue({ size: 1000, seed: 43 })).not.toEqual(first);
  });

  it('produces unique connection ids and covers the auth types, field types and states', () => {
    const catalogue = generateCatalogue({ size: 1000, seed: 'bench' });
    const ids = catalogue.connectors.map(
      (connector) => `${connector.unifiedApi}+${connector.serviceId}`,
    );
    expect(new Set(ids).size).toBe(1000);
    const coverage = summariseCatalogueCoverage(catalogue);
    expect(Object.keys(coverage.authTypes).sort()).toEqual([
      'apiKey',
      'basic',
      'custom',
      'none',
      'oauth2',
    ]);
    expect(Object.keys(coverage.formFieldTypes).sort()).toEqual(
      [...SPEC_FIELD_TYPES, ...OBSERVED_FIELD_TYPES].sort(),
    );
    expect(Object.keys(coverage.states).sort()).toEqual([
      'added',
      'authorized',
      'available',
      'callable',
      'invalid',
    ]);
    expect(coverage.states.available?.length).toBeGreaterThan(500);
  });

  it('runs a sandbox with 1,000 connectors', async () => {
    const sandbox = createTestSandbox({ catalogue: generateCatalogue({ size: 1000, seed: 7 }) });
    const { status, body } = await call(sandbox, '/vault/connections', {
      headers: apiKeyHeaders(),
    });
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1000);
  });
});
