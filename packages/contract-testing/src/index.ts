import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

// ajv-formats ships CommonJS; its default import is the plugin function itself under Node's ESM interop.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where the vendors' OpenAPI documents are read from: `PLUGBOARD_SPECS_DIR`, or `../shared/specs`
 * beside the repository. They are never copied into the project.
 */
export function specsDirectory(): string {
  return process.env.PLUGBOARD_SPECS_DIR
    ? resolve(process.env.PLUGBOARD_SPECS_DIR)
    : join(repositoryRoot, '..', 'shared', 'specs');
}

export const VAULT_SPEC_FILE = 'apideck-vault.yml';
export const CODAT_SPEC_FILE = 'codat-platform.json';

/** True when both specs can be read; the contract suites run only then. */
export function specsAvailable(): boolean {
  const dir = specsDirectory();
  return existsSync(join(dir, VAULT_SPEC_FILE)) && existsSync(join(dir, CODAT_SPEC_FILE));
}

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked as untyped JSON.
export type OpenApiDocument = Record<string, any>;

const cache = new Map<string, OpenApiDocument>();

function readSpec(file: string): OpenApiDocument {
  const path = join(specsDirectory(), file);
  const cached = cache.get(path);
  if (cached) return cached;
  if (!existsSync(path)) {
    throw new Error(
      `Spec not found at ${path}. Set PLUGBOARD_SPECS_DIR to the folder that holds ${file}.`,
    );
  }
  const text = readFileSync(path, 'utf8');
  const doc = (
    file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 })
  ) as OpenApiDocument;
  cache.set(path, doc);
  return doc;
}

export function loadVaultSpec(): OpenApiDocument {
  return readSpec(VAULT_SPEC_FILE);
}

export function loadCodatSpec(): OpenApiDocument {
  return readSpec(CODAT_SPEC_FILE);
}

export interface MatchedOperation {
  operationId: string;
  method: string;
  pathTemplate: string;
  pathParams: Record<string, string>;
  operation: OpenApiDocument;
  /** JSON pointer (unescaped parts) of the operation inside the document. */
  pointer: string[];
}

export interface ValidationResult {
  ok: boolean;
  operationId: string | undefined;
  errors: string[];
}

function escapePointerPart(part: string): string {
  return encodeURIComponent(part.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/**
 * OpenAPI 3.0 allows `nullable: true` beside a `$ref`, which Ajv refuses to compile ("nullable"
 * cannot be used without "type"; Codat's `Connection.lastSync` does this). Each such node becomes
 * the equivalent `anyOf: [{$ref}, {type: 'null'}]` on a copy of the document.
 */
function withCompilableNullableRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withCompilableNullableRefs);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => [
      key,
      withCompilableNullableRefs(value),
    ]),
  ) as Record<string, unknown>;
  if (typeof copy.$ref === 'string' && copy.nullable === true && copy.type === undefined) {
    const { $ref, nullable: _nullable, ...rest } = copy;
    return { ...rest, anyOf: [{ $ref }, { type: 'null' }] };
  }
  return copy;
}

/**
 * Validates HTTP traffic against one OpenAPI 3.0 document with Ajv (OpenAPI's `nullable` and
 * `discriminator` keywords on, unknown keywords such as `example` and `x-*` ignored).
 */
export class SpecValidator {
  readonly document: OpenApiDocument;
  private readonly ajv: Ajv;
  private readonly id: string;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: Array<{
    template: string;
    regex: RegExp;
    names: string[];
    literals: number;
  }>;

  constructor(document: OpenApiDocument, id: string) {
    this.document = document;
    this.id = id;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(withCompilableNullableRefs(document) as OpenApiDocument, id);
    this.templates = Object.keys(document.paths ?? {})
      .map((template) => {
        const names: string[] = [];
        const source = template
          .split('/')
          .map((segment) => {
            const param = /^\{(.+)\}$/.exec(segment);
            if (param?.[1]) {
              names.push(param[1]);
              return '([^/]+)';
            }
            return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          })
          .join('/');
        const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
        return { template, regex: new RegExp(`^${source}$`), names, literals };
      })
      // Literal segments win over parameters: `/token` before `/{resource}`.
      .sort((a, b) => b.literals - a.literals);
  }

  /** Finds the documented operation for a method and a URL or path. */
  match(method: string, url: string): MatchedOperation | undefined {
    const pathname = new URL(url, 'http://spec.invalid').pathname;
    const lower = method.toLowerCase();
    for (const { template, regex, names } of this.templates) {
      const found = regex.exec(pathname);
      if (!found) continue;
      const operation = this.document.paths[template]?.[lower];
      if (!operation) continue;
      const pathParams: Record<string, string> = {};
      names.forEach((name, index) => {
        pathParams[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return {
        operationId: operation.operationId,
        method: lower,
        pathTemplate: template,
        pathParams,
        operation,
        pointer: ['paths', template, lower],
      };
    }
    return undefined;
  }

  private resolve(node: OpenApiDocument): OpenApiDocument {
    let current = node;
    const seen = new Set<string>();
    while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
      if (seen.has(current.$ref)) break;
      seen.add(current.$ref);
      current = current.$ref
        .slice(2)
        .split('/')
        .map((part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc: OpenApiDocument, part: string) => acc?.[part], this.document);
    }
    return current;
  }

  private validatorAt(pointer: string[]): ValidateFunction {
    const key = pointer.join('\u0000');
    let validate = this.compiled.get(key);
    if (!validate) {
      const ref = `${this.id}#/${pointer.map(escapePointerPart).join('/')}`;
      validate = this.ajv.compile({ $ref: ref });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Validates a value against `#/components/schemas/{name}`. */
  validateSchema(name: string, value: unknown): string[] {
    if (!this.document.components?.schemas?.[name]) return [`no schema named ${name}`];
    const validate = this.validatorAt(['components', 'schemas', name]);
    return validate(value)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
  }

  /** Checks a request's required header and query parameters and its JSON body. */
  validateRequest(request: {
    method: string;
    url: string;
    headers: Record<string, string | undefined> | Headers;
    body?: unknown;
  }): ValidationResult {
    const matched = this.match(request.method, request.url);
    if (!matched) {
      return {
        ok: false,
        operationId: undefined,
        errors: [`no operation for ${request.method} ${request.url}`],
      };
    }
    const errors: string[] = [];
    const headers = new Headers(
      request.headers instanceof Headers
        ? request.headers
        : (Object.entries(request.headers).filter(([, v]) => v !== undefined) as [
            string,
            string,
          ][]),
    );
    const query = new URL(request.url, 'http://spec.invalid').searchParams;
    const pathItem = this.document.paths[matched.pathTemplate];
    const parameters = [
      ...(pathItem.parameters ?? []),
      ...(matched.operation.parameters ?? []),
    ].map((p) => this.resolve(p));
    for (const parameter of parameters) {
      if (!parameter?.required) continue;
      if (parameter.in === 'header' && !headers.get(parameter.name)) {
        errors.push(`missing required header ${parameter.name}`);
      }
      if (parameter.in === 'query' && !query.has(parameter.name)) {
        errors.push(`missing required query parameter ${parameter.name}`);
      }
    }
    for (const key of query.keys()) {
      if (!parameters.some((p) => p?.in === 'query' && p.name === key)) {
        errors.push(`undocumented query parameter ${key}`);
      }
    }
    const requestBody = this.resolve(matched.operation.requestBody ?? {});
    const hasSchema = Boolean(requestBody?.content?.['application/json']?.schema);
    if (request.body !== undefined) {
      if (!hasSchema) {
        errors.push('a body was sent to an operation that takes none');
      } else {
        const pointer = [
          ...matched.pointer,
          'requestBody',
          'content',
          'application/json',
          'schema',
        ];
        const validate = matched.operation.requestBody?.$ref
          ? this.validatorAt([
              ...matched.operation.requestBody.$ref.slice(2).split('/'),
              'content',
              'application/json',
              'schema',
            ])
          : this.validatorAt(pointer);
        if (!validate(request.body)) {
          for (const e of validate.errors ?? []) errors.push(`body${e.instancePath} ${e.message}`);
        }
      }
    } else if (requestBody?.required) {
      errors.push('the operation requires a body');
    }
    return { ok: errors.length === 0, operationId: matched.operationId, errors };
  }

  /**
   * Validates a response body against the schema the operation declares for its status.
   * `enumExtensions` names values the API is known to send beyond a property's documented enum
   * (specs/README.md lists form-field types seen in real payloads); those are not reported.
   */
  validateResponse(
    response: { method: string; url: string; status: number; body: unknown },
    options: { enumExtensions?: Record<string, readonly string[]> } = {},
  ): ValidationResult {
    const matched = this.match(response.method, response.url);
    if (!matched) {
      return {
        ok: false,
        operationId: undefined,
        errors: [`no operation for ${response.method} ${response.url}`],
      };
    }
    const responses = matched.operation.responses ?? {};
    const statusKey =
      [String(response.status), `${String(response.status)[0]}XX`, 'default'].find(
        (key) => key in responses,
      ) ?? undefined;
    if (!statusKey) {
      return {
        ok: false,
        operationId: matched.operationId,
        errors: [`status ${response.status} is not documented for ${matched.operationId}`],
      };
    }
    const declared = responses[statusKey];
    const resolved = this.resolve(declared);
    const schema = resolved?.content?.['application/json']?.schema;
    if (!schema) {
      const errors =
        response.body === undefined || response.body === ''
          ? []
          : ['a body was sent for a status that has none'];
      return { ok: errors.length === 0, operationId: matched.operationId, errors };
    }
    const base = declared.$ref
      ? (declared.$ref as string)
          .slice(2)
          .split('/')
          .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      : [...matched.pointer, 'responses', statusKey];
    const validate = this.validatorAt([...base, 'content', 'application/json', 'schema']);
    validate(response.body);
    const tolerated = (instancePath: string) => {
      const parts = instancePath.split('/').slice(1);
      const property = parts.at(-1) ?? '';
      const value = parts.reduce<unknown>(
        (node, part) =>
          node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
        response.body,
      );
      return (
        typeof value === 'string' && (options.enumExtensions?.[property] ?? []).includes(value)
      );
    };
    const errors = (validate.errors ?? [])
      .filter((e) => !(e.keyword === 'enum' && tolerated(e.instancePath)))
      .map((e) => `${e.instancePath || '/'} ${e.message}`);
    return { ok: errors.length === 0, operationId: matched.operationId, errors };
  }

  /** Builds an example object from a schema's property-level `example`s (as documentation tools do). */
  exampleFor(name: string): unknown {
    return this.exampleOf(this.document.components?.schemas?.[name], new Set());
  }

  private exampleOf(node: OpenApiDocument | undefined, seen: Set<string>): unknown {
    if (!node) return undefined;
    if (typeof node.$ref === 'string') {
      if (seen.has(node.$ref)) return undefined;
      return this.exampleOf(this.resolve(node), new Set([...seen, node.$ref]));
    }
    if (node.example !== undefined) return node.example;
    const variants = node.oneOf ?? node.anyOf;
    if (Array.isArray(variants) && variants.length > 0) return this.exampleOf(variants[0], seen);
    if (node.type === 'array' || node.items) {
      const item = this.exampleOf(node.items, seen);
      return item === undefined ? [] : [item];
    }
    if (node.type === 'object' || node.properties) {
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const value = this.exampleOf(child as OpenApiDocument, seen);
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    if (Array.isArray(node.enum)) return node.enum[0];
    return undefined;
  }
}

let vaultValidator: SpecValidator | undefined;
let codatValidator: SpecValidator | undefined;

export function vaultSpecValidator(): SpecValidator {
  vaultValidator ??= new SpecValidator(loadVaultSpec(), 'vault');
  return vaultValidator;
}

export function codatSpecValidator(): SpecValidator {
  codatValidator ??= new SpecValidator(loadCodatSpec(), 'codat');
  return codatValidator;
}
