import { isPlainObject, readJsonBody } from '../../http/jsonResponse';
import { fieldProblemsResponse, vaultErrorResponse } from '../vaultError';

/**
 * Checks that an operation documented with an empty object body (`{}`, additional properties
 * false) got nothing else. Returns the error response to send, or undefined.
 */
export async function rejectNonEmptyBody(
  request: Request,
  why: string,
): Promise<Response | undefined> {
  const parsed = await readJsonBody(request);
  if (!parsed.ok) return vaultErrorResponse(400, { detail: 'The request body must be JSON.' });
  if (parsed.value === undefined) return undefined;
  if (!isPlainObject(parsed.value)) {
    return vaultErrorResponse(400, { detail: 'The request body must be an empty JSON object.' });
  }
  const keys = Object.keys(parsed.value);
  if (keys.length === 0) return undefined;
  return fieldProblemsResponse(400, { invalid: keys.map((key) => ({ [key]: why })) });
}
