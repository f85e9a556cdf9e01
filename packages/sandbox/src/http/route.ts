import type { RoutedRequest, SandboxContext } from '../sandboxContext';

/** Which API a route belongs to; decides the error style (Vault or Codat). */
export type RouteApi = 'vault' | 'codat' | 'sandbox';

/** One operation the sandbox serves. */
export interface Route {
  method: string;
  /** Path template in the spec's style: `/vault/connections/{unified_api}/{service_id}`. */
  path: string;
  /** The spec's `operationId` (or a `sandbox…` id for the sandbox's own routes). */
  operationId: string;
  api: RouteApi;
  handle(context: SandboxContext, routed: RoutedRequest): Promise<Response>;
}

/** A route found for a request. */
export interface MatchedRoute {
  route: Route;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  literals: number;
}

/** Compiles routes once; literal segments win over parameters (`/token` before `/{resource}`). */
export function compileRoutes(
  routes: Route[],
): (method: string, pathname: string) => MatchedRoute | undefined {
  const compiled: CompiledRoute[] = routes
    .map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          const parameter = /^\{([^}]+)\}(.*)$/.exec(segment);
          if (parameter?.[1] !== undefined) {
            names.push(parameter[1]);
            return `([^/]+)${(parameter[2] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
          }
          return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      const literals = route.path.split('/').filter((s) => s && !s.startsWith('{')).length;
      return { route, pattern: new RegExp(`^${source}/?$`), names, literals };
    })
    .sort((a, b) => b.literals - a.literals);

  return (method, pathname) => {
    for (const { route, pattern, names } of compiled) {
      if (route.method !== method.toUpperCase()) continue;
      const found = pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      let decodable = true;
      names.forEach((name, index) => {
        try {
          params[name] = decodeURIComponent(found[index + 1] ?? '');
        } catch {
          decodable = false;
        }
      });
      if (decodable) return { route, params };
    }
    return undefined;
  };
}
