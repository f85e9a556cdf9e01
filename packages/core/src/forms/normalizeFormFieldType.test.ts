import { describe, expect, it } from 'vitest';
import { FORM_FIELD_TYPES } from '../schemas/enums';
import { FORM_FIELD_KINDS, normalizeFormFieldType } from './normalizeFormFieldType';

describe('normalizeFormFieldType', () => {
  it.each([
    ['text', 'text'],
    ['password', 'password'],
    ['textarea', 'textarea'],
    ['checkbox', 'checkbox'],
    ['boolean', 'checkbox'],
    ['number', 'number'],
    ['email', 'email'],
    ['url', 'url'],
    ['tel', 'tel'],
    ['phone', 'tel'],
    ['date', 'date'],
    ['datetime', 'datetime'],
    ['time', 'time'],
    ['select', 'select'],
    ['multi-select', 'multi-select'],
    ['filtered-select', 'filtered-select'],
    ['copy', 'copy'],
    ['info', 'info'],
    ['hidden', 'hidden'],
    ['location', 'location'],
  ])('maps type %s to the %s widget', (type, kind) => {
    expect(normalizeFormFieldType({ type })).toBe(kind);
  });

  it('gives a known widget for every type the spec and real payloads use', () => {
    for (const type of FORM_FIELD_TYPES) {
      expect(FORM_FIELD_KINDS).toContain(normalizeFormFieldType({ type }));
    }
  });

  it('renders an unknown type as text, whatever its name', () => {
    expect(normalizeFormFieldType({ type: 'colour-picker' })).toBe('text');
    expect(normalizeFormFieldType({ type: 'constructor' })).toBe('text');
    expect(normalizeFormFieldType({ type: 'toString' })).toBe('text');
  });

  it('ignores case and surrounding spaces', () => {
    expect(normalizeFormFieldType({ type: ' Multi-Select ' })).toBe('multi-select');
  });

  it('masks sensitive and mask: true text fields as passwords', () => {
    expect(normalizeFormFieldType({ type: 'text', sensitive: true })).toBe('password');
    expect(normalizeFormFieldType({ type: 'text', mask: true })).toBe('password');
    expect(normalizeFormFieldType({ type: 'unknown-kind', sensitive: true })).toBe('password');
    expect(normalizeFormFieldType({ type: 'text', sensitive: false, mask: false })).toBe('text');
  });

  it('keeps the widget of other sensitive kinds (the model flags them to mask)', () => {
    expect(normalizeFormFieldType({ type: 'textarea', sensitive: true })).toBe('textarea');
    expect(normalizeFormFieldType({ type: 'select', sensitive: true })).toBe('select');
  });

  it('infers the widget from the data when the type is missing', () => {
    expect(normalizeFormFieldType({})).toBe('text');
    expect(normalizeFormFieldType({ type: null, value: 'x' })).toBe('text');
    expect(normalizeFormFieldType({ type: '', options: [{ label: 'A', value: 'a' }] })).toBe(
      'select',
    );
    expect(normalizeFormFieldType({ value: ['a', 1] })).toBe('multi-select');
    expect(normalizeFormFieldType({ value: true })).toBe('checkbox');
    expect(normalizeFormFieldType({ value: 3 })).toBe('number');
    expect(normalizeFormFieldType({ options: [], value: 'x' })).toBe('text');
    expect(normalizeFormFieldType({ sensitive: true })).toBe('password');
  });
});
