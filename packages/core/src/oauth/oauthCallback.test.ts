import { describe, expect, it } from 'vitest';
import { PlugboardError } from '../errors/PlugboardError';
import { OAuthProviderError } from './OAuthProviderError';
import { parseOAuthCallback } from './oauthCallback';

describe('parseOAuthCallback', () => {
  it('reads a success fragment', () => {
    const result = parseOAuthCallback(
      'https://app.example.com/integrations?tab=crm#nonce=n-1&confirm_token=ct-1&service_id=salesforce',
    );
    expect(result).toEqual({
      type: 'success',
      nonce: 'n-1',
      confirmToken: 'ct-1',
      serviceId: 'salesforce',
    });
  });

  it('URL-decodes fragment values', () => {
    const result = parseOAuthCallback(
      'https://app.example.com/cb#nonce=a%2Bb%3D%3D&confirm_token=tok%2F1%20x&service_id=sage%2Dintacct',
    );
    expect(result).toEqual({
      type: 'success',
      nonce: 'a+b==',
      confirmToken: 'tok/1 x',
      serviceId: 'sage-intacct',
    });
  });

  it('leaves out success fields that are missing or empty', () => {
    expect(parseOAuthCallback('https://app.example.com/cb#confirm_token=ct&nonce=')).toEqual({
      type: 'success',
      nonce: undefined,
      confirmToken: 'ct',
      serviceId: undefined,
    });
  });

  it('reads an error query, decoding + and percent escapes', () => {
    const result = parseOAuthCallback(
      'https://app.example.com/cb?error_type=access_denied&error_message=The+user%20denied%20access%3A+%22no%22&service_id=salesforce',
    );
    expect(result).toEqual({
      type: 'error',
      errorType: 'access_denied',
      errorMessage: 'The user denied access: "no"',
      serviceId: 'salesforce',
    });
  });

  it('fills in a missing error type or message', () => {
    const onlyType = parseOAuthCallback('https://app.example.com/cb?error_type=invalid_scope');
    expect(onlyType).toMatchObject({
      type: 'error',
      errorType: 'invalid_scope',
      serviceId: undefined,
    });
    expect(onlyType.type === 'error' && onlyType.errorMessage.length > 0).toBe(true);
    const onlyMessage = parseOAuthCallback('https://app.example.com/cb?error_message=Boom');
    expect(onlyMessage).toMatchObject({
      type: 'error',
      errorType: 'unknown_error',
      errorMessage: 'Boom',
    });
  });

  it('lets an error win over a success fragment', () => {
    const result = parseOAuthCallback(
      'https://app.example.com/cb?error_type=x&error_message=y#nonce=n&confirm_token=t',
    );
    expect(result.type).toBe('error');
  });

  it.each([
    'https://app.example.com/integrations',
    'https://app.example.com/integrations?tab=crm#section',
    'https://app.example.com/cb#service_id=salesforce',
    'https://app.example.com/cb?nonce=n&confirm_token=t',
    'https://app.example.com/cb?error=access_denied',
    'http://[not a url',
  ])('answers none for %s', (url) => {
    expect(parseOAuthCallback(url)).toEqual({ type: 'none' });
  });

  it('accepts a URL object, or just the hash or search string', () => {
    expect(
      parseOAuthCallback(new URL('https://app.example.com/cb#nonce=n&confirm_token=t')).type,
    ).toBe('success');
    expect(parseOAuthCallback('#nonce=n&confirm_token=t')).toMatchObject({
      type: 'success',
      confirmToken: 't',
    });
    expect(parseOAuthCallback('?error_type=e&error_message=m')).toMatchObject({
      type: 'error',
      errorMessage: 'm',
    });
  });
});

describe('OAuthProviderError', () => {
  it('carries the error type, service id and message of an error callback', () => {
    const callback = parseOAuthCallback(
      'https://app.example.com/cb?error_type=access_denied&error_message=Denied&service_id=hubspot',
    );
    if (callback.type !== 'error') throw new Error('expected an error callback');
    const error = new OAuthProviderError(callback);
    expect(error).toBeInstanceOf(PlugboardError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OAuthProviderError');
    expect(error.message).toBe('Denied');
    expect(error.errorType).toBe('access_denied');
    expect(error.serviceId).toBe('hubspot');
  });

  it('keeps a cause when given one', () => {
    const cause = new Error('root');
    const error = new OAuthProviderError({ errorType: 'x', errorMessage: 'y', cause });
    expect(error.cause).toBe(cause);
    expect(error.serviceId).toBeUndefined();
  });
});
