import * as z from 'zod/mini';
import { ResponseValidationError } from '../errors/PlugboardError';
import type { HttpResult } from './transport';

/**
 * Checks a 2XX body against its schema. A body that is not JSON or not the documented shape
 * becomes a `ResponseValidationError` holding the issues and the raw body.
 */
export function parseBody<Schema extends z.ZodMiniType>(
  schema: Schema,
  result: HttpResult,
): z.infer<Schema> {
  if (!result.isJson) {
    throw new ResponseValidationError('The response body is not valid JSON.', {
      status: result.response.status,
      body: result.text,
      response: result.response,
      issues: [{ path: [], message: 'Invalid JSON' }],
    });
  }
  const parsed = z.safeParse(schema, result.body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const where = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new ResponseValidationError(`The response does not have the documented shape (${where}).`, {
    status: result.response.status,
    body: result.body,
    response: result.response,
    issues,
  });
}
