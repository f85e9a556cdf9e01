import { describe, expect, it } from 'vitest';
import { fieldErrorsFromDetail } from './fieldErrors';

describe('fieldErrorsFromDetail', () => {
  it('reads missing and invalid lists of single-key objects', () => {
    expect(
      fieldErrorsFromDetail({
        missing: [{ instance_url: 'required' }],
        invalid: [{ port: 'Must be a number' }],
      }),
    ).toEqual({ instance_url: 'This field is required.', port: 'Must be a number' });
  });

  it('reads lists of names, {field, message} entries and plain maps', () => {
    expect(fieldErrorsFromDetail({ missing: ['api_key'] })).toEqual({
      api_key: 'This field is required.',
    });
    expect(
      fieldErrorsFromDetail({ errors: [{ field: 'email', message: 'Not an email' }] }),
    ).toEqual({
      email: 'Not an email',
    });
    expect(fieldErrorsFromDetail({ fields: { region: 'Unknown region' } })).toEqual({
      region: 'Unknown region',
    });
    expect(fieldErrorsFromDetail({ field: 'token', message: 'Expired' })).toEqual({
      token: 'Expired',
    });
  });

  it('reads a sentence naming a property', () => {
    expect(fieldErrorsFromDetail('Missing property foobar')).toEqual({
      foobar: 'Missing property foobar',
    });
    expect(fieldErrorsFromDetail("Invalid setting 'subdomain' for connector")).toEqual({
      subdomain: "Invalid setting 'subdomain' for connector",
    });
  });

  it('returns nothing for details that name no field', () => {
    expect(
      fieldErrorsFromDetail('Unprocessable request, please verify your request headers and body.'),
    ).toEqual({});
    expect(fieldErrorsFromDetail({ error: 'Unprocessable', message: 'x' })).toEqual({});
    expect(fieldErrorsFromDetail(undefined)).toEqual({});
    expect(fieldErrorsFromDetail(42)).toEqual({});
  });
});
