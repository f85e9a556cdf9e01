import { describe, expect, it } from 'vitest';
import { humanizeFieldId } from './humanizeFieldId';

describe('humanizeFieldId', () => {
  it.each([
    ['instance_url', 'Instance URL'],
    ['ProductInterest', 'Product interest'],
    ['apiKey', 'API key'],
    ['client-id', 'Client ID'],
    ['settings.base_uri', 'Settings base URI'],
    ['HTTPHeaderName', 'HTTP header name'],
    ['region', 'Region'],
    ['', 'Field'],
    ['__', 'Field'],
  ])('turns %j into %j', (id, label) => {
    expect(humanizeFieldId(id)).toBe(label);
  });
});
