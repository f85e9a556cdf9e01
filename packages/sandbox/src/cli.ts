#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { CODAT_COMPANY_IDS } from './codat/codatSeed';
import { createSandbox } from './createSandbox';
import { createSandboxServer } from './node';
import {
  DEFAULT_CONSUMER_ID,
  SANDBOX_API_KEY,
  SANDBOX_APP_ID,
  SANDBOX_CODAT_API_KEY,
} from './sandboxDefaults';

const ONE_WEEK = 7 * 24 * 3600;

const usage = `Usage: plugboard-sandbox [--port 4010] [--host 127.0.0.1]

Serves the Plugboard sandbox (a fake Apideck Vault and Codat API) over HTTP.
The port also comes from PORT; --port wins.`;

async function main(): Promise<void> {
  // `pnpm sandbox -- --port 5000` passes the `--` through: skip it.
  const args = process.argv.slice(2);
  const { values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : args,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`Not a port: ${values.port ?? process.env.PORT}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const sandbox = createSandbox();
  const server = createSandboxServer({ sandbox, port, host: values.host ?? '127.0.0.1' });
  const { baseUrl } = await server.listen();
  const sessionToken = await sandbox.createSessionToken({
    consumerId: DEFAULT_CONSUMER_ID,
    expiresInSeconds: ONE_WEEK,
  });
  const codatAuthorization = `Basic ${Buffer.from(SANDBOX_CODAT_API_KEY).toString('base64')}`;

  console.log(`Plugboard sandbox listening on ${baseUrl}

Browser (session JWT for consumer "${DEFAULT_CONSUMER_ID}", valid one week):
  session token      ${sessionToken}
  headers            Authorization: Bearer <session token>
                     x-apideck-auth-type: JWT
                     x-apideck-app-id: ${SANDBOX_APP_ID}
                     x-apideck-consumer-id: ${DEFAULT_CONSUMER_ID}

Server side (keep these out of browsers, even though they are fake):
  Vault API key      ${SANDBOX_API_KEY}
  Vault app id       ${SANDBOX_APP_ID}
  Codat API key      ${SANDBOX_CODAT_API_KEY}   (Authorization: ${codatAuthorization})
  Codat company id   ${CODAT_COMPANY_IDS.northwindBakery}

Point a client at it:
  Vault base URL     ${baseUrl}          (instead of https://unify.apideck.com)
  Codat base URL     ${baseUrl}          (instead of https://api.codat.io)
  try                curl -H 'Authorization: Bearer ${SANDBOX_API_KEY}' -H 'x-apideck-app-id: ${SANDBOX_APP_ID}' \\
                          -H 'x-apideck-consumer-id: ${DEFAULT_CONSUMER_ID}' ${baseUrl}/vault/connections

Control:
  POST ${baseUrl}/__sandbox/faults   {"operationId":"connectionsAll","status":503,"times":1}
  DELETE ${baseUrl}/__sandbox/faults · POST ${baseUrl}/__sandbox/reset · GET ${baseUrl}/__sandbox/state

Press Ctrl+C to stop.`);

  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
