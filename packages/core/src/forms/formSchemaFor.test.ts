import { describe, expect, it } from 'vitest';
import type { FormField } from '../schemas/formField';
import { buildSettingsFormModel } from './buildSettingsFormModel';
import type { FormModel } from './FormModel';
import { FORM_ERROR_MESSAGES } from './formErrorMessages';

/** Field id → the `params.code` of its first issue, for values merged over the defaults. */
function codesFor(model: FormModel, values: Record<string, unknown> = {}): Record<string, string> {
  const result = model.schema.safeParse({ ...model.defaultValues, ...values });
  const codes: Record<string, string> = {};
  if (result.success) return codes;
  for (const issue of result.error.issues) {
    const key = issue.path.join('.');
    const params = (issue as { params?: { code?: string } }).params;
    codes[key] ??= params?.code ?? issue.code;
  }
  return codes;
}

function modelOf(...formFields: FormField[]): FormModel {
  return buildSettingsFormModel(formFields);
}

describe('the settings form schema', () => {
  it('accepts an untouched form of optional fields', () => {
    const model = modelOf(
      { id: 'a', type: 'text' },
      { id: 'b', type: 'number' },
      { id: 'c', type: 'checkbox' },
      { id: 'd', type: 'multi-select', options: [{ label: 'X', value: 'x' }] },
      { id: 'e', type: 'select', options: [{ label: 'X', value: 'x' }] },
      { id: 'f', type: 'email' },
      { id: 'g', type: 'url' },
    );
    expect(codesFor(model)).toEqual({});
  });

  describe('required', () => {
    const model = modelOf(
      { id: 'name', type: 'text', required: true },
      { id: 'count', type: 'number', required: true },
      { id: 'tags', type: 'multi-select', required: true },
      { id: 'terms', type: 'checkbox', required: true },
      { id: 'when', type: 'date', required: true },
    );

    it('fails when empty, blank, or unchecked', () => {
      expect(codesFor(model, { name: '   ' })).toEqual({
        name: 'required',
        count: 'required',
        tags: 'required',
        terms: 'must_be_checked',
        when: 'required',
      });
    });

    it('fails when a field is missing from the values altogether', () => {
      expect(model.schema.safeParse({}).success).toBe(false);
    });

    it('passes when filled in and checked', () => {
      expect(
        codesFor(model, { name: 'Ada', count: '0', tags: ['x'], terms: true, when: '2026-01-01' }),
      ).toEqual({});
    });

    it('uses plain sentences as messages', () => {
      const result = model.schema.safeParse(model.defaultValues);
      expect(result.success).toBe(false);
      const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
      expect(messages).toContain(FORM_ERROR_MESSAGES.required);
      expect(messages).toContain(FORM_ERROR_MESSAGES.must_be_checked);
    });
  });

  it('lets the caller replace the messages, keeping the codes', () => {
    const model = buildSettingsFormModel([{ id: 'name', type: 'text', required: true }], null, {
      messages: { required: 'Dit veld is verplicht.' },
    });
    const result = model.schema.safeParse({ name: '' });
    expect(result.success ? undefined : result.error.issues[0]).toMatchObject({
      message: 'Dit veld is verplicht.',
      params: { code: 'required' },
      path: ['name'],
    });
  });

  it('accepts an unchecked optional checkbox and rejects a value that is not a boolean', () => {
    const model = modelOf({ id: 'sync', type: 'boolean' });
    expect(codesFor(model, { sync: false })).toEqual({});
    expect(codesFor(model, { sync: 'true' })).toEqual({});
    expect(codesFor(model, { sync: 'maybe' })).toEqual({ sync: 'invalid_boolean' });
  });

  it('checks email addresses', () => {
    const model = modelOf({ id: 'email', type: 'email' });
    expect(codesFor(model, { email: 'ada@example.com' })).toEqual({});
    expect(codesFor(model, { email: ' ada@example.co.uk ' })).toEqual({});
    expect(codesFor(model, { email: 'ada@example' })).toEqual({ email: 'invalid_email' });
    expect(codesFor(model, { email: 'ada example.com' })).toEqual({ email: 'invalid_email' });
  });

  describe('urls', () => {
    it('wants an absolute http(s) address when there is no prefix', () => {
      const model = modelOf({ id: 'url', type: 'url' });
      expect(codesFor(model, { url: 'https://eu28.salesforce.com' })).toEqual({});
      expect(codesFor(model, { url: 'http://localhost:8080/api' })).toEqual({});
      expect(codesFor(model, { url: 'eu28.salesforce.com' })).toEqual({ url: 'invalid_url' });
      expect(codesFor(model, { url: 'ftp://files.example.com' })).toEqual({ url: 'invalid_url' });
      expect(codesFor(model, { url: 'https:example.com' })).toEqual({ url: 'invalid_url' });
      expect(codesFor(model, { url: 'https://exa mple.com' })).toEqual({ url: 'invalid_url' });
      expect(codesFor(model, { url: 'javascript:alert(1)' })).toEqual({ url: 'invalid_url' });
    });

    it('checks the middle part the user types between a prefix and a suffix', () => {
      const model = modelOf({
        id: 'shop',
        type: 'url',
        prefix: 'https://',
        suffix: '.shopify.com',
      });
      expect(codesFor(model, { shop: 'acme' })).toEqual({});
      expect(codesFor(model, { shop: 'acme-store.eu' })).toEqual({});
      expect(codesFor(model, { shop: 'ac me' })).toEqual({ shop: 'invalid_url' });
      expect(codesFor(model, { shop: '' })).toEqual({});
    });

    it('tells the user not to type the prefix or suffix again', () => {
      const model = modelOf({
        id: 'shop',
        type: 'url',
        prefix: 'https://',
        suffix: '.shopify.com',
      });
      expect(codesFor(model, { shop: 'https://acme' })).toEqual({ shop: 'url_affix_repeated' });
      expect(codesFor(model, { shop: 'acme.shopify.com' })).toEqual({ shop: 'url_affix_repeated' });
      expect(codesFor(model, { shop: 'HTTPS://acme.Shopify.com' })).toEqual({
        shop: 'url_affix_repeated',
      });
    });

    it('assumes https when the prefix carries no scheme', () => {
      const model = modelOf({ id: 'host', type: 'url', prefix: 'api.', suffix: '.example.com' });
      expect(codesFor(model, { host: 'eu' })).toEqual({});
    });

    it('lets a suffix-only address carry its own scheme', () => {
      const model = modelOf({ id: 'site', type: 'url', suffix: '/api' });
      expect(codesFor(model, { site: 'https://acme.example' })).toEqual({});
      expect(codesFor(model, { site: 'acme.example' })).toEqual({ site: 'invalid_url' });
    });
  });

  it('parses numbers from strings and rejects what is not a number', () => {
    const model = modelOf({ id: 'port', type: 'number' }, { id: 'note', type: 'text' });
    const parsed = model.schema.safeParse({ port: '8080', note: '1' });
    expect(parsed.success && parsed.data).toEqual({ port: 8080, note: '1' });
    const empty = model.schema.safeParse({ port: '', note: '' });
    expect(empty.success && empty.data).toEqual({ port: undefined, note: '' });
    expect(codesFor(model, { port: 12.5 })).toEqual({});
    expect(codesFor(model, { port: '12abc' })).toEqual({ port: 'invalid_number' });
    expect(codesFor(model, { port: 'Infinity' })).toEqual({ port: 'invalid_number' });
  });

  describe('selects', () => {
    const options = [
      { label: 'EU', value: 'eu' },
      { label: 'Five', value: 5 },
    ];

    it('accept only their options unless custom values are allowed', () => {
      const strict = modelOf({ id: 'region', type: 'select', options });
      expect(codesFor(strict, { region: 'eu' })).toEqual({});
      expect(codesFor(strict, { region: '5' })).toEqual({});
      expect(codesFor(strict, { region: 5 })).toEqual({});
      expect(codesFor(strict, { region: 'us' })).toEqual({ region: 'invalid_option' });
      expect(codesFor(strict, { region: ['eu'] })).toEqual({ region: 'invalid_type' });

      const open = modelOf({ id: 'region', type: 'select', options, allow_custom_values: true });
      expect(codesFor(open, { region: 'us' })).toEqual({});
    });

    it('accept any value when the API sent no options to choose from', () => {
      expect(codesFor(modelOf({ id: 'region', type: 'select' }), { region: 'us' })).toEqual({});
    });

    it('check every item of a multi-select', () => {
      const strict = modelOf({ id: 'tags', type: 'multi-select', options });
      expect(codesFor(strict, { tags: ['eu', '5'] })).toEqual({});
      expect(codesFor(strict, { tags: 'eu' })).toEqual({});
      expect(codesFor(strict, { tags: ['eu', 'us'] })).toEqual({ tags: 'invalid_option' });
      expect(codesFor(strict, { tags: [{}] })).toEqual({ tags: 'invalid_type' });

      const open = modelOf({
        id: 'tags',
        type: 'multi-select',
        options,
        allow_custom_values: true,
      });
      expect(codesFor(open, { tags: ['eu', 'us'] })).toEqual({});
    });

    it('accept an option value inside a group', () => {
      const model = modelOf({
        id: 'board',
        type: 'select',
        options: [{ id: 'a', label: 'A', options: [{ label: 'Backlog', value: 'backlog' }] }],
      });
      expect(codesFor(model, { board: 'backlog' })).toEqual({});
      expect(codesFor(model, { board: 'a' })).toEqual({ board: 'invalid_option' });
    });
  });

  describe('filtered selects', () => {
    const formFields: FormField[] = [
      {
        id: 'workspace',
        type: 'select',
        options: [
          { label: 'Sales', value: 'ws-1' },
          { label: 'Support', value: 'ws-2' },
        ],
      },
      {
        id: 'project',
        type: 'filtered-select',
        filter: { value: 'workspace' },
        options: [
          { id: 'ws-1', label: 'Sales', options: [{ label: 'Pipeline', value: 'p-1' }] },
          { id: 'ws-2', label: 'Support', options: [{ label: 'Tickets', value: 'p-2' }] },
        ],
      },
    ];

    it('accept a value of the group their dependency picks', () => {
      const model = buildSettingsFormModel(formFields);
      expect(codesFor(model, { workspace: 'ws-1', project: 'p-1' })).toEqual({});
      expect(codesFor(model, { workspace: 'ws-2', project: 'p-2' })).toEqual({});
    });

    it('reject a value of another group', () => {
      const model = buildSettingsFormModel(formFields);
      expect(codesFor(model, { workspace: 'ws-2', project: 'p-1' })).toEqual({
        project: 'invalid_option',
      });
    });

    it('reject a value while the dependency is empty, and accept empty when optional', () => {
      const model = buildSettingsFormModel(formFields);
      expect(codesFor(model, { workspace: '', project: 'p-1' })).toEqual({
        project: 'dependency_missing',
      });
      expect(codesFor(model, { workspace: '', project: '' })).toEqual({});
    });

    it('report a cross-field problem even when another field fails too', () => {
      const model = buildSettingsFormModel([
        { id: 'name', type: 'text', required: true },
        ...formFields,
      ]);
      expect(codesFor(model, { name: '', workspace: 'ws-2', project: 'p-1' })).toEqual({
        name: 'required',
        project: 'invalid_option',
      });
    });

    it('accept custom values when allowed', () => {
      const [workspace, project] = formFields;
      const model = buildSettingsFormModel([
        workspace as FormField,
        { ...(project as FormField), allow_custom_values: true },
      ]);
      expect(codesFor(model, { workspace: 'ws-2', project: 'my-own' })).toEqual({});
      expect(codesFor(model, { workspace: '', project: 'my-own' })).toEqual({});
    });

    it('are required like any other field', () => {
      const [workspace, project] = formFields;
      const model = buildSettingsFormModel([
        workspace as FormField,
        { ...(project as FormField), required: true },
      ]);
      expect(codesFor(model, { workspace: 'ws-1', project: '' })).toEqual({ project: 'required' });
    });

    it('behave like a select when they name no dependency', () => {
      const model = modelOf({
        id: 'project',
        type: 'filtered-select',
        options: [{ label: 'Pipeline', value: 'p-1' }],
      });
      expect(codesFor(model, { project: 'p-1' })).toEqual({});
      expect(codesFor(model, { project: 'p-9' })).toEqual({ project: 'invalid_option' });
    });
  });

  it('never validates copy, info, hidden, deprecated or disabled fields', () => {
    const model = modelOf(
      { id: 'webhook', type: 'copy', required: true },
      { id: 'note', type: 'info', required: true },
      { id: 'tenant', type: 'hidden', required: true },
      { id: 'old', type: 'email', deprecated: true, required: true },
      { id: 'locked', type: 'number', disabled: true, required: true },
      { id: 'secret', type: 'text', hidden: true, required: true },
    );
    expect(
      codesFor(model, { webhook: '', note: '', tenant: '', old: 'nope', locked: 'x', secret: '' }),
    ).toEqual({});
  });

  it('keeps values it does not know about', () => {
    const model = modelOf({ id: 'a', type: 'text' });
    const parsed = model.schema.safeParse({ a: 'x', extra: 1 });
    expect(parsed.success && parsed.data).toEqual({ a: 'x', extra: 1 });
  });

  it('rejects a list in a text field', () => {
    expect(codesFor(modelOf({ id: 'a', type: 'text' }), { a: ['x'] })).toEqual({
      a: 'invalid_type',
    });
  });
});
