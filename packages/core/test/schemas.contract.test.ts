import { vaultSpecValidator } from '@plugboard/contract-testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ApiError,
  AUTH_TYPES,
  BadRequestError,
  CONNECTION_HEALTH,
  CONNECTION_STATES,
  CONNECTOR_STATUSES,
  CONSENT_STATES,
  ConflictError,
  ConnectionSchema,
  envelopeOf,
  FormFieldOptionSchema,
  FormFieldSchema,
  INTEGRATION_STATES,
  isOptionGroup,
  NotFoundError,
  OAUTH_GRANT_TYPES,
  PaymentRequiredError,
  ResourceConfigurationSchema,
  SESSION_ALLOW_ACTIONS,
  SPEC_FORM_FIELD_TYPES,
  UnauthorizedError,
  UnprocessableError,
  VaultErrorBodySchema,
  vaultErrorFromResponse,
} from '../src/index';
import { ConnectionConfirmationSchema, ConnectionValidationSchema } from '../src/schemas/responses';

const spec = vaultSpecValidator();
const schemas = spec.document.components.schemas;

function expectParses(schema: z.ZodMiniType, value: unknown) {
  const result = z.safeParse(schema, value);
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return result.data;
}

describe('the spec examples parse with core schemas', () => {
  it('Connection, built from every property example the spec gives', () => {
    const example = spec.exampleFor('Connection') as Record<string, unknown>;
    expect(Object.keys(example).length).toBeGreaterThan(30);
    const parsed = expectParses(ConnectionSchema, example) as Record<string, unknown>;
    expect(parsed).toEqual(example);
  });

  it('the form_fields example of Connection, and a FormField from its property examples', () => {
    const formFields = schemas.Connection.properties.form_fields.example as unknown[];
    expect(formFields.length).toBeGreaterThan(0);
    for (const field of formFields) expectParses(FormFieldSchema, field);
    expectParses(FormFieldSchema, spec.exampleFor('FormField'));
  });

  it('FormFieldOption: simple and group, with and without option_type', () => {
    const simple = spec.exampleFor('SimpleFormFieldOption') as Record<string, unknown>;
    const group = spec.exampleFor('FormFieldOptionGroup') as Record<string, unknown>;
    expect(simple.option_type).toBe('simple');
    expect(group.option_type).toBe('group');
    for (const option of [
      simple,
      group,
      { ...simple, option_type: undefined },
      { label: 'No type', value: 1 },
    ]) {
      expectParses(FormFieldOptionSchema, option);
    }
    const groupWithoutType = { label: 'Teams', options: [{ label: 'A', value: 'a' }] };
    const parsed = expectParses(FormFieldOptionSchema, groupWithoutType) as z.infer<
      typeof FormFieldOptionSchema
    >;
    expect(isOptionGroup(parsed)).toBe(true);
    for (const value of schemas.SimpleFormFieldOption.properties.value.oneOf) {
      expectParses(FormFieldOptionSchema, { label: 'x', value: value.example ?? [] });
    }
  });

  it('configuration defaults from the update sample, and every documented value type incl. mixed arrays', () => {
    const operation = spec.document.paths['/vault/connections/{unified_api}/{service_id}'].patch;
    const sample = operation['x-codeSamples'][0].source.connection.configuration as unknown[];
    for (const resource of sample) expectParses(ResourceConfigurationSchema, resource);
    const valueVariants = schemas.Connection.properties.configuration.items.properties.defaults
      .items.properties.value.anyOf as Array<{
      example?: unknown;
      items?: { anyOf: Array<{ example: unknown }> };
    }>;
    const values = valueVariants.map((variant) =>
      variant.items ? variant.items.anyOf.map((item) => item.example) : variant.example,
    );
    expect(values).toContainEqual(['GC6000 series', 10, 10.5]);
    for (const value of values) {
      expectParses(ResourceConfigurationSchema, {
        resource: 'leads',
        defaults: [{ id: 'x', value }],
      });
    }
  });

  it('the request samples of update and import carry only writable fields our types allow', () => {
    const update =
      spec.document.paths['/vault/connections/{unified_api}/{service_id}'].patch['x-codeSamples'][0]
        .source.connection;
    expectParses(ConnectionSchema, {
      id: 'crm+pipedrive',
      service_id: 'pipedrive',
      unified_api: 'crm',
      ...update,
    });
  });

  const errorCases = [
    ['BadRequestResponse', 400, BadRequestError],
    ['UnauthorizedResponse', 401, UnauthorizedError],
    ['PaymentRequiredResponse', 402, PaymentRequiredError],
    ['NotFoundResponse', 404, NotFoundError],
    ['ConflictResponse', 409, ConflictError],
    ['UnprocessableResponse', 422, UnprocessableError],
    ['UnexpectedErrorResponse', 500, ApiError],
  ] as const;

  it.each(errorCases)('%s parses and becomes the right error class', (name, status, ErrorClass) => {
    const body = spec.exampleFor(name) as Record<string, unknown>;
    expectParses(VaultErrorBodySchema, body);
    const error = vaultErrorFromResponse(new Response(JSON.stringify(body), { status }), body);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.message).toBe(body.message);
    expect(error.typeName).toBe(body.type_name);
    expect(error.ref).toBe(body.ref);
  });

  it('the object form of detail names fields (BadRequest and UnexpectedError examples)', () => {
    const badRequestDetail = schemas.BadRequestResponse.properties.detail.anyOf[1].example;
    const error = vaultErrorFromResponse(new Response(null, { status: 400 }), {
      status_code: 400,
      message: 'Invalid Params',
      detail: badRequestDetail,
    });
    expect(error.fieldErrors).toEqual({ foobar: 'This field is required.' });
    const headerDetail = schemas.UnexpectedErrorResponse.properties.detail.anyOf[1].example;
    expect(
      vaultErrorFromResponse(new Response(null, { status: 400 }), { detail: headerDetail })
        .fieldErrors,
    ).toEqual({ 'x-apideck-consumer-id': 'This field is required.' });
    const notFoundDetail = schemas.NotFoundResponse.properties.detail.anyOf[1].example;
    expectParses(VaultErrorBodySchema, { detail: notFoundDetail });
    const unauthorizedDetail = spec.exampleFor('UnauthorizedResponse') as { detail: unknown };
    expectParses(VaultErrorBodySchema, { detail: unauthorizedDetail.detail });
  });

  it.each([
    'GetConnectionsResponse',
    'GetConnectionResponse',
    'UpdateConnectionResponse',
    'CreateConnectionResponse',
  ])('%s envelope parses', (name) => {
    const example = spec.exampleFor(name) as { data: unknown };
    const schema = Array.isArray(example.data)
      ? envelopeOf(z.array(ConnectionSchema))
      : envelopeOf(ConnectionSchema);
    expectParses(schema, example);
  });

  it('validate and confirm envelopes parse', () => {
    expectParses(
      envelopeOf(ConnectionValidationSchema),
      spec.exampleFor('ValidateConnectionStateResponse'),
    );
    expectParses(envelopeOf(ConnectionConfirmationSchema), {
      ...(spec.exampleFor('ConfirmConnectionResponse') as object),
      data: { confirmed: true },
    });
  });
});

describe('core knows every enum value the spec lists', () => {
  it.each([
    ['ConnectionState', CONNECTION_STATES],
    ['IntegrationState', INTEGRATION_STATES],
    ['AuthType', AUTH_TYPES],
    ['OAuthGrantType', OAUTH_GRANT_TYPES],
    ['ConnectionHealth', CONNECTION_HEALTH],
    ['ConsentState', CONSENT_STATES],
  ])('%s', (name, known) => {
    expect([...known].sort()).toEqual([...schemas[name].enum].sort());
  });

  it('connector status, form-field types and allow_actions', () => {
    expect([...CONNECTOR_STATUSES].sort()).toEqual(
      [...schemas.Connection.properties.status.enum].sort(),
    );
    expect([...SPEC_FORM_FIELD_TYPES].sort()).toEqual(
      [...schemas.FormField.properties.type.enum].sort(),
    );
    expect([...SESSION_ALLOW_ACTIONS].sort()).toEqual(
      [...schemas.Session.properties.settings.properties.allow_actions.items.enum].sort(),
    );
  });
});
