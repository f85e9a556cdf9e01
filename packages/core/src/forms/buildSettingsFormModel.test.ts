import { describe, expect, it } from 'vitest';
import type { Connection } from '../schemas/connection';
import { FORM_FIELD_TYPES } from '../schemas/enums';
import type { FormField } from '../schemas/formField';
import { buildSettingsFormModel } from './buildSettingsFormModel';
import type { FormFieldModel } from './FormModel';

function fieldOf(fields: FormFieldModel[], id: string): FormFieldModel {
  const field = fields.find((candidate) => candidate.id === id);
  if (!field) throw new Error(`no field ${id}`);
  return field;
}

const connection: Connection = {
  id: 'crm+salesforce',
  service_id: 'salesforce',
  unified_api: 'crm',
  settings: { instance_url: 'https://eu28.salesforce.com', api_key: '********' },
  form_fields: [
    {
      id: 'instance_url',
      label: 'Instance URL',
      type: 'url',
      required: true,
      placeholder: 'https://…',
      description: 'Where your org lives.',
    },
    { id: 'api_key', label: 'API Key', type: 'text', sensitive: true, required: true },
    { id: 'subdomain', type: 'text', prefix: 'https://', suffix: '.shopify.com' },
    { id: 'region', label: 'Region', type: 'select', options: [{ label: 'EU', value: 'eu' }] },
  ],
};

describe('buildSettingsFormModel', () => {
  it('builds one model per form field of a connection', () => {
    const model = buildSettingsFormModel(connection);
    expect(model.fields.map((field) => field.id)).toEqual([
      'instance_url',
      'api_key',
      'subdomain',
      'region',
    ]);
    expect(fieldOf(model.fields, 'instance_url')).toMatchObject({
      kind: 'url',
      type: 'url',
      label: 'Instance URL',
      required: true,
      placeholder: 'https://…',
      description: 'Where your org lives.',
      visible: true,
      readOnly: false,
      storedValue: 'https://eu28.salesforce.com',
    });
    expect(fieldOf(model.fields, 'api_key')).toMatchObject({ kind: 'password', sensitive: true });
    expect(fieldOf(model.fields, 'subdomain')).toMatchObject({
      label: 'Subdomain',
      prefix: 'https://',
      suffix: '.shopify.com',
      required: false,
    });
    expect(model.defaultValues).toEqual({
      instance_url: 'https://eu28.salesforce.com',
      api_key: '********',
      subdomain: '',
      region: '',
    });
  });

  it('accepts a bare list of form fields, with or without settings', () => {
    const fields: FormField[] = [{ id: 'token', type: 'text', value: 'from-field' }];
    expect(buildSettingsFormModel(fields).defaultValues).toEqual({ token: 'from-field' });
    expect(buildSettingsFormModel(fields, { token: 'from-settings' }).defaultValues).toEqual({
      token: 'from-settings',
    });
  });

  it('lets explicit settings replace the connection’s own', () => {
    const model = buildSettingsFormModel(connection, { instance_url: 'https://other.example' });
    expect(model.defaultValues.instance_url).toBe('https://other.example');
    expect(model.defaultValues.api_key).toBe('');
  });

  it('gives every known field type a usable model and default', () => {
    const formFields: FormField[] = FORM_FIELD_TYPES.map((type) => ({ id: `f_${type}`, type }));
    const model = buildSettingsFormModel(formFields);
    expect(model.fields).toHaveLength(FORM_FIELD_TYPES.length);
    for (const field of model.fields) {
      expect(field.label).not.toBe('');
      expect(field.options).toEqual([]);
      expect(field.optionGroups).toEqual([]);
      expect(model.defaultValues).toHaveProperty(field.id);
    }
    expect(model.defaultValues).toMatchObject({
      f_text: '',
      f_checkbox: false,
      f_boolean: false,
      'f_multi-select': [],
      f_number: '',
      f_hidden: '',
    });
    expect(fieldOf(model.fields, 'f_boolean').kind).toBe('checkbox');
    expect(fieldOf(model.fields, 'f_phone').kind).toBe('tel');
    expect(fieldOf(model.fields, 'f_location')).toMatchObject({ kind: 'location' });
    expect(fieldOf(model.fields, 'f_location').hint).toMatch(/address/);
    expect(fieldOf(model.fields, 'f_copy')).toMatchObject({ readOnly: true, visible: true });
    expect(fieldOf(model.fields, 'f_info')).toMatchObject({ readOnly: true, visible: true });
    expect(fieldOf(model.fields, 'f_hidden')).toMatchObject({ hidden: true, visible: false });
    expect(fieldOf(model.fields, 'f_password')).toMatchObject({ sensitive: true });
  });

  it('survives unknown types, missing labels, null options and odd option shapes', () => {
    const model = buildSettingsFormModel([
      { id: 'widget_colour', type: 'colour-picker', label: null, options: null },
      { id: 'untyped' },
      { id: 'blank_label', label: '   ', type: 'text' },
      {
        id: 'channel',
        type: 'select',
        options: [
          { label: 'General', value: 'general' },
          { label: 'Ten', value: 10, option_type: 'simple' },
          { label: '', value: 'no-label' },
          { label: 'None', value: null },
        ],
      },
      {
        id: 'board',
        type: 'select',
        options: [
          { label: 'Team A', options: [{ label: 'Backlog', value: 'a-backlog' }] },
          { id: 'b', label: 'Team B', options: [{ label: 'Doing', value: 'b-doing' }] },
          { label: 'Loose', value: 'loose' },
        ],
      },
    ] as FormField[]);
    expect(fieldOf(model.fields, 'widget_colour')).toMatchObject({
      kind: 'text',
      type: 'colour-picker',
      label: 'Widget colour',
      options: [],
    });
    expect(fieldOf(model.fields, 'untyped')).toMatchObject({ kind: 'text', type: undefined });
    expect(fieldOf(model.fields, 'blank_label').label).toBe('Blank label');
    expect(fieldOf(model.fields, 'channel').options).toEqual([
      { label: 'General', value: 'general', key: 'general', groupId: undefined },
      { label: 'Ten', value: 10, key: '10', groupId: undefined },
      { label: 'no-label', value: 'no-label', key: 'no-label', groupId: undefined },
      { label: 'None', value: null, key: '', groupId: undefined },
    ]);
    const board = fieldOf(model.fields, 'board');
    expect(board.optionGroups).toEqual([
      {
        id: undefined,
        label: 'Team A',
        options: [{ label: 'Backlog', value: 'a-backlog', key: 'a-backlog', groupId: undefined }],
      },
      {
        id: 'b',
        label: 'Team B',
        options: [{ label: 'Doing', value: 'b-doing', key: 'b-doing', groupId: 'b' }],
      },
    ]);
    expect(board.options.map((option) => option.key)).toEqual(['a-backlog', 'b-doing', 'loose']);
  });

  it('maps the flags of a form field onto the model', () => {
    const model = buildSettingsFormModel([
      { id: 'a', type: 'text', disabled: true },
      { id: 'b', type: 'text', hidden: true },
      { id: 'c', type: 'text', deprecated: true },
      { id: 'd', type: 'select', allow_custom_values: true, custom_field: true },
      { id: 'e', type: 'filtered-select', filter: { value: 'd' } },
      { id: 'f', type: 'select', filter: { value: 'd' }, target: 'custom_fields' },
    ]);
    expect(fieldOf(model.fields, 'a')).toMatchObject({
      disabled: true,
      readOnly: true,
      visible: true,
    });
    expect(fieldOf(model.fields, 'b')).toMatchObject({ hidden: true, visible: false });
    expect(fieldOf(model.fields, 'c')).toMatchObject({ deprecated: true, visible: false });
    expect(fieldOf(model.fields, 'd')).toMatchObject({
      allowCustomValues: true,
      customField: true,
    });
    expect(fieldOf(model.fields, 'e').dependsOn).toBe('d');
    expect(fieldOf(model.fields, 'f')).toMatchObject({
      dependsOn: undefined,
      target: 'custom_fields',
    });
  });

  it('keeps the first of two fields with the same id', () => {
    const model = buildSettingsFormModel([
      { id: 'dup', label: 'First', type: 'text' },
      { id: 'dup', label: 'Second', type: 'number' },
    ]);
    expect(model.fields).toHaveLength(1);
    expect(model.fields[0]?.label).toBe('First');
  });

  describe('default values', () => {
    const formFields: FormField[] = [
      { id: 'all', type: 'text', value: 'value', default_value: 'default' },
      { id: 'value_default', type: 'text', value: 'value', default_value: 'default' },
      { id: 'default_only', type: 'text', default_value: 'default' },
      { id: 'blank_value', type: 'text', value: '', default_value: 'default' },
      { id: 'nothing', type: 'text' },
      { id: 'false_setting', type: 'checkbox', default_value: true },
      { id: 'zero_setting', type: 'number', default_value: 5 },
    ];

    it('takes settings first, then value, then default_value, then the empty value', () => {
      const model = buildSettingsFormModel(formFields, {
        all: 'setting',
        blank_value: null,
        false_setting: false,
        zero_setting: 0,
      });
      expect(model.defaultValues).toEqual({
        all: 'setting',
        value_default: 'value',
        default_only: 'default',
        blank_value: 'default',
        nothing: '',
        false_setting: false,
        zero_setting: 0,
      });
    });

    it('treats an empty setting as blank and falls through to the field', () => {
      const model = buildSettingsFormModel(formFields, { all: '' });
      expect(model.defaultValues.all).toBe('value');
    });

    it('does not count a default_value as stored', () => {
      const model = buildSettingsFormModel(formFields);
      expect(fieldOf(model.fields, 'default_only').storedValue).toBeUndefined();
      expect(fieldOf(model.fields, 'value_default').storedValue).toBe('value');
    });
  });

  describe('coercion to the widget', () => {
    it('reads booleans from strings and numbers, keeping values it cannot read', () => {
      const model = buildSettingsFormModel(
        [
          { id: 'a', type: 'checkbox' },
          { id: 'b', type: 'boolean' },
          { id: 'c', type: 'checkbox' },
          { id: 'd', type: 'checkbox' },
          { id: 'e', type: 'checkbox' },
        ],
        { a: 'true', b: 'FALSE', c: 1, d: '0', e: 'maybe' },
      );
      expect(model.defaultValues).toEqual({ a: true, b: false, c: true, d: false, e: 'maybe' });
    });

    it('reads numbers from numeric strings, keeping text that is not a number', () => {
      const model = buildSettingsFormModel(
        [
          { id: 'port', type: 'number' },
          { id: 'ratio', type: 'number' },
          { id: 'bad', type: 'number' },
          { id: 'real', type: 'number' },
        ],
        { port: '8080', ratio: ' 0.5 ', bad: 'twelve', real: 3 },
      );
      expect(model.defaultValues).toEqual({ port: 8080, ratio: 0.5, bad: 'twelve', real: 3 });
    });

    it('writes numbers and booleans as strings for text widgets, keeping lists', () => {
      const model = buildSettingsFormModel(
        [
          { id: 'account', type: 'text' },
          { id: 'flag', type: 'textarea' },
          { id: 'list', type: 'text' },
        ],
        { account: 42, flag: true, list: ['a', 'b'] },
      );
      expect(model.defaultValues).toEqual({ account: '42', flag: 'true', list: ['a', 'b'] });
    });

    it('holds option keys for selects and lists of keys for multi-selects', () => {
      const model = buildSettingsFormModel(
        [
          { id: 'size', type: 'select', options: [{ label: 'Five', value: 5 }] },
          { id: 'tags', type: 'multi-select' },
          { id: 'one_tag', type: 'multi-select' },
        ],
        { size: 5, tags: ['a', 1, true], one_tag: 'solo' },
      );
      expect(model.defaultValues).toEqual({
        size: '5',
        tags: ['a', '1', 'true'],
        one_tag: ['solo'],
      });
    });

    it('keeps the values of fields it does not render exactly as stored', () => {
      const model = buildSettingsFormModel(
        [
          { id: 'tenant', type: 'hidden' },
          { id: 'old_port', type: 'number', deprecated: true },
          { id: 'flag', type: 'checkbox', hidden: true },
        ],
        { tenant: 1234, old_port: '80', flag: 'yes' },
      );
      expect(model.defaultValues).toEqual({ tenant: 1234, old_port: '80', flag: 'yes' });
    });
  });
});
