import type { SandboxFault, SandboxFaults } from '../faults/faultRegistry';
import { isPlainObject, jsonResponse, readJsonBody } from '../http/jsonResponse';
import type { SandboxState } from '../state/sandboxState';

/** The prefix of the sandbox's control routes; nothing else lives under it. */
export const CONTROL_PREFIX = '/__sandbox/';

/** What the control routes act on. */
export interface SandboxControls {
  faults: SandboxFaults;
  reset(): Promise<void>;
  getState(): Promise<SandboxState>;
  expireSessionsAfter(seconds: number | undefined): void;
  /** Back to the session expiry the sandbox was created with. */
  restoreSessionExpiry(): void;
}

const FAULT_KEYS = new Set([
  'operationId',
  'method',
  'path',
  'pathPattern',
  'status',
  'latencyMs',
  'body',
  'drop',
  'retryAfter',
  'times',
]);

/** Reads a fault sent as JSON (`pathPattern` carries a RegExp source). */
function faultFromJson(value: unknown): SandboxFault | string {
  if (!isPlainObject(value)) return 'A fault must be a JSON object.';
  const unknown = Object.keys(value).filter((key) => !FAULT_KEYS.has(key));
  if (unknown.length > 0) return `Unknown fault properties: ${unknown.join(', ')}`;
  const {
    operationId,
    method,
    path,
    pathPattern,
    status,
    latencyMs,
    body,
    drop,
    retryAfter,
    times,
  } = value;
  const fault: SandboxFault = {};
  if (operationId !== undefined) {
    if (typeof operationId !== 'string') return 'operationId must be text.';
    fault.operationId = operationId;
  }
  if (method !== undefined) {
    if (typeof method !== 'string') return 'method must be text.';
    fault.method = method;
  }
  if (path !== undefined && pathPattern !== undefined) return 'Give either path or pathPattern.';
  if (path !== undefined) {
    if (typeof path !== 'string') return 'path must be a glob.';
    fault.path = path;
  }
  if (pathPattern !== undefined) {
    if (typeof pathPattern !== 'string') return 'pathPattern must be a RegExp source.';
    try {
      fault.path = new RegExp(pathPattern);
    } catch {
      return 'pathPattern is not a valid RegExp.';
    }
  }
  if (status !== undefined) {
    if (!Number.isInteger(status) || (status as number) < 200 || (status as number) > 599) {
      return 'status must be an HTTP status code.';
    }
    fault.status = status as number;
  }
  if (latencyMs !== undefined) {
    if (typeof latencyMs !== 'number' || latencyMs < 0) return 'latencyMs must be a number ≥ 0.';
    fault.latencyMs = latencyMs;
  }
  if (body !== undefined) {
    if (body !== 'malformed-json' && body !== 'schema-violation') {
      return 'body must be "malformed-json" or "schema-violation".';
    }
    fault.body = body;
  }
  if (drop !== undefined) {
    if (drop !== true) return 'drop must be true.';
    fault.drop = true;
  }
  if (retryAfter !== undefined) {
    if (typeof retryAfter !== 'string') return 'retryAfter must be text (seconds or an HTTP date).';
    fault.retryAfter = retryAfter;
  }
  if (times !== undefined) {
    if (!Number.isInteger(times) || (times as number) < 1)
      return 'times must be a whole number ≥ 1.';
    fault.times = times as number;
  }
  return fault;
}

function serialisable(faults: SandboxFault[]): unknown[] {
  return faults.map(({ path, ...rest }) =>
    path instanceof RegExp
      ? { ...rest, pathPattern: path.source }
      : path === undefined
        ? rest
        : { ...rest, path },
  );
}

const problem = (status: number, message: string) => jsonResponse({ error: message }, status);

/**
 * The control routes, for a running server or demo:
 * - `POST /__sandbox/faults`: add a fault (or an array of faults), or
 *   `{"expireSessionsAfter": seconds}` to make session tokens expire early;
 * - `DELETE /__sandbox/faults`: remove every fault and any early session expiry set here;
 * - `POST /__sandbox/reset`: back to the seeded state (faults cleared);
 * - `GET /__sandbox/state`: the current state as JSON.
 */
export async function handleControlRequest(
  request: Request,
  url: URL,
  controls: SandboxControls,
): Promise<Response> {
  const route = `${request.method.toUpperCase()} ${url.pathname.replace(/\/$/, '')}`;
  switch (route) {
    case 'POST /__sandbox/faults': {
      const parsed = await readJsonBody(request);
      if (!parsed.ok || parsed.value === undefined) return problem(400, 'Send a fault as JSON.');
      if (isPlainObject(parsed.value) && 'expireSessionsAfter' in parsed.value) {
        const seconds = parsed.value.expireSessionsAfter;
        if (seconds !== null && (typeof seconds !== 'number' || seconds < 0)) {
          return problem(400, 'expireSessionsAfter must be a number of seconds ≥ 0, or null.');
        }
        controls.expireSessionsAfter(seconds === null ? undefined : (seconds as number));
        return jsonResponse({ expireSessionsAfter: seconds }, 201);
      }
      const faults = (Array.isArray(parsed.value) ? parsed.value : [parsed.value]).map(
        faultFromJson,
      );
      const invalid = faults.find((fault): fault is string => typeof fault === 'string');
      if (invalid) return problem(400, invalid);
      for (const fault of faults as SandboxFault[]) controls.faults.add(fault);
      return jsonResponse({ faults: serialisable(controls.faults.list()) }, 201);
    }
    case 'DELETE /__sandbox/faults':
      controls.faults.clear();
      controls.restoreSessionExpiry();
      return new Response(null, { status: 204 });
    case 'POST /__sandbox/reset':
      await controls.reset();
      return new Response(null, { status: 204 });
    case 'GET /__sandbox/state':
      return jsonResponse(await controls.getState());
    default:
      return problem(
        404,
        `Unknown control route ${route}. Try POST|DELETE /__sandbox/faults, POST /__sandbox/reset or GET /__sandbox/state.`,
      );
  }
}
