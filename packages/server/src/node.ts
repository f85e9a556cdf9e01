// `@plugboard/server/node`: the adapter for Node's `http` module, Express and Connect. Kept apart so
// that the main entry stays free of Node built-ins.

export type { NodeHandlerOptions, NodeRequestListener } from './node/toNodeHandler';
export { toNodeHandler } from './node/toNodeHandler';
