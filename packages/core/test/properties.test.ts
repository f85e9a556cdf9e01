import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  buildResourceDefaultsFormModel,
  buildSettingsFormModel,
  type Connection,
  ConnectionSchema,
  FORM_FIELD_TYPES,
  FormFieldSchema,
  getConnectionActions,
  getConnectionStatus,
  settingsPayloadFromValues,
  staleDependentFields,
  visibleOptionsFor,
} from '../src/index';

// Property-based tests: random payloads, within and far outside the documented shapes. Values are
// what JSON can carry (no NaN, no Infinity), since every payload arrives through JSON.parse.

const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const fieldValue = fc.oneof(
  scalar,
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxLength: 4 }),
);
const simpleOption = fc.record(
  {
    label: fc.string(),
    value: fieldValue,
    option_type: fc.constantFrom('simple', undefined, 'weird'),
  },
  { requiredKeys: ['label'] },
);
const option = fc.oneof(
  simpleOption,
  fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null)),
      label: fc.string(),
      options: fc.array(simpleOption, { maxLength: 4 }),
      option_type: fc.constantFrom('group', undefined),
    },
    { requiredKeys: ['label', 'options'] },
  ),
);
const fieldId = fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/);
const formField = fc.record(
  {
    id: fieldId,
    label: fc.oneof(fc.string(), fc.constant(null)),
    type: fc.oneof(
      fc.constantFrom(...FORM_FIELD_TYPES),
      fc.string({ maxLength: 10 }),
      fc.constant(null),
    ),
    required: fc.oneof(fc.boolean(), fc.constant(null)),
    hidden: fc.oneof(fc.boolean(), fc.constant(null)),
    disabled: fc.oneof(fc.boolean(), fc.constant(null)),
    deprecated: fc.oneof(fc.boolean(), fc.constant(null)),
    sensitive: fc.oneof(fc.boolean(), fc.constant(null)),
    allow_custom_values: fc.boolean(),
    prefix: fc.oneof(fc.constantFrom('https://', 'api.'), fc.constant(null)),
    suffix: fc.oneof(fc.constantFrom('.example.com'), fc.constant(null)),
    options: fc.oneof(fc.array(option, { maxLength: 5 }), fc.constant(null)),
    value: fieldValue,
    default_value: fieldValue,
    filter: fc.oneof(fc.record({ value: fieldId }), fc.constant(null)),
  },
  { requiredKeys: ['id'] },
);
const knownOrNot = (values: string[]) =>
  fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));
const connection = fc.record(
  {
    id: fc.string(),
    service_id: fc.string(),
    unified_api: fc.string(),
    name: fc.oneof(fc.string(), fc.constant(null)),
    state: knownOrNot(['available', 'added', 'authorized', 'callable', 'invalid']),
    integration_state: knownOrNot(['configured', 'needs_configuration', 'disabled']),
    auth_type: knownOrNot(['oauth2', 'apiKey', 'basic', 'custom', 'none']),
    oauth_grant_type: knownOrNot(['authorization_code', 'client_credentials', 'password']),
    health: knownOrNot(['ok', 'pending_confirmation', 'revoked', 'degraded']),
    enabled: fc.oneof(fc.boolean(), fc.constant(null)),
    authorize_url: fc.oneof(fc.webUrl(), fc.constant(null)),
    revoke_url: fc.oneof(fc.webUrl(), fc.constant(null)),
    settings: fc.oneof(fc.dictionary(fieldId, fieldValue, { maxKeys: 5 }), fc.constant(null)),
    form_fields: fc.array(formField, { maxLength: 8 }),
    settings_required_for_authorization: fc.array(fieldId, { maxLength: 3 }),
    configurable_resources: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
    validation_support: fc.boolean(),
    extra_field_from_the_future: fc.anything(),
  },
  { requiredKeys: ['id', 'service_id', 'unified_api'] },
);

describe('schemas never throw', () => {
  it('parses any JSON without throwing, and keeps unknown fields and enum values of valid connections', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => z.safeParse(ConnectionSchema, value)).not.toThrow();
        expect(() => z.safeParse(FormFieldSchema, value)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(connection, (raw) => {
        const parsed = z.safeParse(ConnectionSchema, raw);
        expect(parsed.success).toBe(true);
        expect(parsed.data?.state).toBe(raw.state);
        expect(Object.hasOwn(parsed.data ?? {}, 'extra_field_from_the_future')).toBe(
          Object.hasOwn(raw, 'extra_field_from_the_future'),
        );
      }),
    );
  });
});

describe('connection logic and generated forms always give a usable answer', () => {
  it('status, actions and the settings form for any connection', () => {
    fc.assert(
      fc.property(connection, (raw) => {
        const parsed = z.safeParse(ConnectionSchema, raw);
        expect(parsed.error?.issues).toBeUndefined();
        const value = parsed.data as Connection;
        const status = getConnectionStatus(value);
        expect(status.label.length).toBeGreaterThan(0);
        expect(Array.isArray(getConnectionActions(value, { allowActions: ['delete'] }))).toBe(true);

        const model = buildSettingsFormModel(value);
        // One field per distinct id, each with a default value and a widget kind.
        const ids = new Set((value.form_fields ?? []).map((field) => field.id));
        expect(model.fields.map((field) => field.id).sort()).toEqual([...ids].sort());
        for (const field of model.fields) {
          expect(field.kind).toBeTruthy();
          expect(Object.hasOwn(model.defaultValues, field.id)).toBe(true);
          expect(() => visibleOptionsFor(field, model.defaultValues)).not.toThrow();
        }
        // Validation answers (success or issues), it never throws.
        expect(() => z.safeParse(model.schema, model.defaultValues)).not.toThrow();
        expect(() => staleDependentFields(model, model.defaultValues)).not.toThrow();
        const payload = settingsPayloadFromValues(model, model.defaultValues);
        for (const field of model.fields) {
          if (field.kind === 'copy' || field.kind === 'info')
            expect(payload).not.toHaveProperty(field.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the resource defaults form for any list of form fields', () => {
    fc.assert(
      fc.property(fc.array(formField, { maxLength: 8 }), (fields) => {
        const parsed = fields
          .map((field) => z.safeParse(FormFieldSchema, field).data)
          .filter(Boolean);
        const model = buildResourceDefaultsFormModel({ configuration: parsed as never });
        expect(() => z.safeParse(model.schema, model.defaultValues)).not.toThrow();
      }),
    );
  });
});
