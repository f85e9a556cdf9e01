/**
 * A fault to inject into matching requests. Every criterion given must match; a fault with no
 * criteria matches every API request (never the `/__sandbox` control routes).
 */
export interface SandboxFault {
  /** The spec's operationId: `connectionsAll`, `connectionsUpdate`, `sessionsCreate`, `list-connections`… */
  operationId?: string;
  /** HTTP method, any case. */
  method?: string;
  /** The URL path: a glob (`*` within a segment, `**` across segments) or a RegExp. */
  path?: string | RegExp;
  /** Answer with this status and the API's error body for it (Vault or Codat style). */
  status?: number;
  /** Wait this long before answering (or dropping). */
  latencyMs?: number;
  /** `malformed-json`: a truncated JSON body; `schema-violation`: the real answer, made invalid. */
  body?: 'malformed-json' | 'schema-violation';
  /** Drop the connection: `fetch` rejects with a network error. */
  drop?: true;
  /** `Retry-After` value; 429 and 503 get `1` when not given. */
  retryAfter?: string;
  /** Apply to this many matching requests, then stop. @default every matching request */
  times?: number;
}

/** The fault-injection controls of a sandbox. */
export interface SandboxFaults {
  /** Adds a fault; returns a function that removes it. */
  add(fault: SandboxFault): () => void;
  /** Removes every fault. */
  clear(): void;
  /** The faults still in force. */
  list(): SandboxFault[];
}

/** The registry behind `sandbox.faults`, with the look-up the request pipeline uses. */
export interface FaultRegistry extends SandboxFaults {
  /** The first fault matching a request; spends one of its `times`. */
  take(request: {
    method: string;
    pathname: string;
    operationId: string | undefined;
  }): SandboxFault | undefined;
}

/** Turns a path glob into a RegExp: `*` stays within a segment, `**` crosses segments. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const character = glob[index] as string;
    if (character === '*') {
      if (glob[index + 1] === '*') {
        source += '.*';
        index += 1;
      } else {
        source += '[^/]*';
      }
    } else {
      source += character.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

interface Entry {
  fault: SandboxFault;
  path: RegExp | undefined;
  remaining: number;
}

/** Creates an empty fault registry. */
export function createFaultRegistry(): FaultRegistry {
  let entries: Entry[] = [];
  return {
    add(fault) {
      if (fault.times !== undefined && (!Number.isInteger(fault.times) || fault.times < 1)) {
        throw new Error('A fault needs times ≥ 1 when times is given.');
      }
      const entry: Entry = {
        fault: { ...fault },
        path:
          fault.path === undefined
            ? undefined
            : typeof fault.path === 'string'
              ? globToRegExp(fault.path)
              : fault.path,
        remaining: fault.times ?? Number.POSITIVE_INFINITY,
      };
      entries.push(entry);
      return () => {
        entries = entries.filter((candidate) => candidate !== entry);
      };
    },
    clear() {
      entries = [];
    },
    list() {
      return entries.map((entry) => ({
        ...entry.fault,
        ...(Number.isFinite(entry.remaining) ? { times: entry.remaining } : {}),
      }));
    },
    take({ method, pathname, operationId }) {
      const entry = entries.find(
        ({ fault, path }) =>
          (fault.method === undefined || fault.method.toUpperCase() === method.toUpperCase()) &&
          (fault.operationId === undefined || fault.operationId === operationId) &&
          (path === undefined || path.test(pathname)),
      );
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) entries = entries.filter((candidate) => candidate !== entry);
      return entry.fault;
    },
  };
}
