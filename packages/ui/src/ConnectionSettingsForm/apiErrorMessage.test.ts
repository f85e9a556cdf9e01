import {
  ApiError,
  BadRequestError,
  ConflictError,
  NetworkError,
  NotFoundError,
  PaymentRequiredError,
  ResponseValidationError,
  TimeoutError,
  UnauthorizedError,
  UnprocessableError,
} from '@plugboard/core';
import { describe, expect, it } from 'vitest';
import { allTranslations } from '../../test/allTranslations';
import { apiErrorMessage } from './apiErrorMessage';

const en = allTranslations.en.form;

describe('apiErrorMessage', () => {
  it('explains each kind of failure in words a user can act on', () => {
    const cases: Array<[Error, string]> = [
      [new NetworkError('fetch failed'), en.errorNetwork],
      [new TimeoutError('timed out'), en.errorTimeout],
      [new UnauthorizedError('Unauthorized', { status: 401 }), en.errorSessionExpired],
      [new PaymentRequiredError('Limit', { status: 402 }), en.errorLimit],
      [new ApiError('Forbidden', { status: 403 }), en.errorForbidden],
      [new NotFoundError('Unknown Entity', { status: 404 }), en.errorNotFound],
      [new ConflictError('Conflict', { status: 409 }), en.errorConflict],
      [new ApiError('Too Many Requests', { status: 429 }), en.errorRateLimited],
      [new ApiError('Unknown error', { status: 503 }), en.errorServer],
      [new ResponseValidationError('bad body', { issues: [] }), en.errorUnexpectedAnswer],
      [new Error('boom'), en.errorUnknown],
    ];
    for (const [error, sentence] of cases) expect(apiErrorMessage(error, en)).toBe(sentence);
  });

  it('points at the fields when the API named them, and quotes it when it did not', () => {
    expect(
      apiErrorMessage(
        new UnprocessableError('Invalid', { status: 422, fieldErrors: { phone: 'Not a phone' } }),
        en,
      ),
    ).toBe(en.errorFieldsRejected);
    expect(
      apiErrorMessage(
        new BadRequestError('Invalid Params', { status: 400, detail: 'Only OAuth connections.' }),
        en,
      ),
    ).toBe('Could not save: Only OAuth connections.');
    expect(
      apiErrorMessage(
        new UnprocessableError('Invalid State', { status: 422 }),
        allTranslations.de.form,
      ),
    ).toBe('Speichern fehlgeschlagen: Invalid State');
  });

  it('has every sentence in every language', () => {
    const keys = Object.keys(en).sort();
    for (const messages of Object.values(allTranslations).map((translation) => translation.form)) {
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const value of Object.values(messages)) expect(value.trim()).not.toBe('');
    }
  });
});
