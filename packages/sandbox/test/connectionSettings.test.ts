import { describe, expect, it } from 'vitest';
import { createTestSandbox } from './support/testSandbox';
import { apiKeyHeaders, call } from './support/vaultRequests';

const headers = apiKeyHeaders();

describe('connection settings', () => {
  it('answers 400 naming an unknown setting id', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/crm/nimbus-crm', {
      method: 'PATCH',
      headers,
      body: { settings: { instance_url: 'https://eu.nimbus-crm.example', colour: 'blue' } },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      type_name: 'RequestValidationError',
      detail: { invalid: [{ colour: 'Unknown settings field: colour' }] },
    });
    // Nothing was saved.
    const after = await call(sandbox, '/vault/connections/crm/nimbus-crm', { headers });
    expect(after.body.data.settings.instance_url).toBe('https://acme.my.nimbus-crm.example');
  });

  it('answers 422 naming each field whose value has the wrong type', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/crm/nimbus-crm', {
      method: 'PATCH',
      headers,
      body: {
        settings: { instance_url: 'not a url', default_owner: 'nobody', sync_archived: 'yes' },
      },
    });
    expect(status).toBe(422);
    expect(body.detail).toEqual({
      invalid: [
        { instance_url: 'Instance URL must be a URL' },
        { default_owner: 'Default owner must be an email address' },
        { sync_archived: 'Sync archived records must be true or false' },
      ],
    });
  });

  it('checks select, multi-select, number, date, time and datetime values', async () => {
    const sandbox = createTestSandbox();
    const tillpoint = '/vault/connections/ecommerce/tillpoint';
    const wrong = await call(sandbox, tillpoint, {
      method: 'PATCH',
      headers,
      body: { settings: { opening_time: '25:00', go_live_at: 'tomorrow', store_phone: 'call me' } },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.detail.invalid.map((entry: object) => Object.keys(entry)[0])).toEqual([
      'opening_time',
      'go_live_at',
      'store_phone',
    ]);
    const right = await call(sandbox, tillpoint, {
      method: 'PATCH',
      headers,
      body: {
        settings: {
          opening_time: '08:30',
          go_live_at: '2026-10-01T08:00:00Z',
          store_phone: '+1 555 0100',
        },
      },
    });
    expect(right.status).toBe(200);

    const booksmith = await call(sandbox, '/vault/connections/accounting/booksmith', {
      method: 'PATCH',
      headers,
      body: { settings: { company_id: 'not-offered', fiscal_year_start: '2026-02-30' } },
    });
    expect(booksmith.status).toBe(422);
    expect(booksmith.body.detail.invalid).toEqual([
      { company_id: '"not-offered" is not one of the options for Company' },
      { fiscal_year_start: 'Fiscal year starts must be a date (YYYY-MM-DD)' },
    ]);
    const driveway = await call(sandbox, '/vault/connections/file-storage/driveway', {
      method: 'PATCH',
      headers,
      body: { settings: { max_file_size: '250' } },
    });
    expect(driveway.body.detail).toEqual({
      invalid: [{ max_file_size: 'Largest file to sync must be a number' }],
    });
  });

  it('accepts custom values only where allow_custom_values is set', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/issue-tracking/tracklight';
    const custom = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { default_labels: ['customer', 'brand-new'] } },
    });
    expect(custom.status).toBe(200);
    const notAllowed = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { workspace: 'acme-sales' } },
    });
    expect(notAllowed.status).toBe(422);
    expect(Object.keys(notAllowed.body.detail.invalid[0])).toEqual(['workspace']);
  });

  it('checks a filtered-select against the option group of its filter field', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/issue-tracking/tracklight';
    // Seeded workspace is acme-eng: ESC belongs to acme-support.
    const mismatch = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { project: 'ESC' } },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.detail.invalid[0].project).toMatch(
      /not an option for Project with workspace "acme-eng"/,
    );
    const together = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { workspace: 'acme-support', project: 'ESC' } },
    });
    expect(together.status).toBe(200);
    expect(together.body.data.settings).toMatchObject({
      workspace: 'acme-support',
      project: 'ESC',
    });
  });

  it('refuses changes to read-only fields but accepts their current value', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/hris/staffwise';
    const changed = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { account_region: 'us-east' } },
    });
    expect(changed.status).toBe(422);
    expect(changed.body.detail).toEqual({
      invalid: [{ account_region: 'Account region is read-only' }],
    });
    const same = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { settings: { account_region: 'eu-west' } },
    });
    expect(same.status).toBe(200);
  });

  it('clears a setting sent as null, which can take a connection back to added', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections/crm/pipeline-pro', {
      method: 'PATCH',
      headers,
      body: { settings: { api_key: null } },
    });
    expect(body.data.settings.api_key).toBeUndefined();
    expect(body.data).toMatchObject({ state: 'added', health: 'missing_settings' });
  });

  it('answers 400 for a body that is not a JSON object', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/crm/pipeline-pro', {
      method: 'PATCH',
      headers,
      body: '{nope',
    });
    expect(status).toBe(400);
    expect(body.type_name).toBe('RequestValidationError');
  });

  it('stores metadata and custom mappings, rejecting unknown mapping ids', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/crm/nimbus-crm';
    const saved = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: {
        metadata: { plan: 'growth' },
        custom_mappings: [{ id: 'crm+leads+region', value: '$.root.area' }],
      },
    });
    expect(saved.body.data.metadata).toEqual({ plan: 'growth' });
    expect(saved.body.data.custom_mappings[0]).toMatchObject({
      id: 'crm+leads+region',
      value: '$.root.area',
      consumer_id: 'test-consumer',
    });
    const unknown = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: { custom_mappings: [{ id: 'crm+leads+nope', value: 'x' }] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toEqual({
      invalid: [{ 'crm+leads+nope': 'Unknown custom mapping: crm+leads+nope' }],
    });
  });
});

describe('resource settings', () => {
  it('serves GET …/{resource}/config with a flat list of form fields and their values', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(sandbox, '/vault/connections/crm/nimbus-crm/leads/config', {
      headers,
    });
    expect(status).toBe(200);
    expect(body.data.id).toBe('crm+nimbus-crm');
    expect(body.data.configuration).toEqual([
      expect.objectContaining({
        id: 'lead_source',
        type: 'select',
        label: 'Lead source',
        target: 'resource',
        value: 'referral',
      }),
      expect.objectContaining({
        id: 'ProductInterest',
        type: 'multi-select',
        target: 'custom_fields',
        value: ['GC5000 series'],
        allow_custom_values: true,
      }),
    ]);
  });

  it('updates resource defaults and shows them in the connection configuration', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/crm/nimbus-crm/opportunities/config';
    const { status, body } = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: {
        configuration: [
          {
            resource: 'opportunities',
            defaults: [
              { id: 'pipeline', value: 'renewals', target: 'resource' },
              { id: 'stage', value: 'negotiation', target: 'resource' },
            ],
          },
        ],
      },
    });
    expect(status).toBe(200);
    const opportunities = body.data.configuration.find(
      (entry: { resource: string }) => entry.resource === 'opportunities',
    );
    expect(opportunities.defaults).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'pipeline', value: 'renewals' }),
        expect.objectContaining({ id: 'stage', value: 'negotiation' }),
      ]),
    );
    const flat = await call(sandbox, path, { headers });
    expect(
      flat.body.data.configuration.find((field: { id: string }) => field.id === 'stage').value,
    ).toBe('negotiation');
  });

  it('names unknown defaults (400) and wrong values (422)', async () => {
    const sandbox = createTestSandbox();
    const path = '/vault/connections/crm/nimbus-crm/opportunities/config';
    const unknown = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: {
        configuration: [
          { resource: 'opportunities', defaults: [{ id: 'probability', value: 10 }] },
        ],
      },
    });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.detail.invalid[0])).toEqual(['probability']);
    const wrong = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: {
        configuration: [
          { resource: 'opportunities', defaults: [{ id: 'close_within_days', value: 'soon' }] },
        ],
      },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.detail).toEqual({
      invalid: [{ close_within_days: 'Expected close (days) must be a number' }],
    });
    const otherResource = await call(sandbox, path, {
      method: 'PATCH',
      headers,
      body: {
        configuration: [{ resource: 'leads', defaults: [{ id: 'lead_source', value: 'event' }] }],
      },
    });
    expect(otherResource.status).toBe(400);
  });

  it('answers 404 for a resource the connector does not configure', async () => {
    const sandbox = createTestSandbox();
    const { status, body } = await call(
      sandbox,
      '/vault/connections/crm/nimbus-crm/invoices/config',
      { headers },
    );
    expect(status).toBe(404);
    expect(body.message).toBe('Unknown Resource');
  });

  it('updates defaults through PATCH on the connection too', async () => {
    const sandbox = createTestSandbox();
    const { body } = await call(sandbox, '/vault/connections/accounting/ledgerly', {
      method: 'PATCH',
      headers,
      body: {
        configuration: [
          { resource: 'bills', defaults: [{ id: 'expense_account', value: '6100' }] },
        ],
      },
    });
    const bills = body.data.configuration.find(
      (entry: { resource: string }) => entry.resource === 'bills',
    );
    expect(bills.defaults[0]).toMatchObject({ id: 'expense_account', value: '6100' });
  });
});
