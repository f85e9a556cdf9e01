import type { CodatConnectionsSdkModule } from '@plugboard/react';
import { CodatConnectionsLauncher } from '@plugboard/ui';
import { useEffect, useState } from 'react';

interface DemoConfig {
  mode: 'sandbox' | 'live';
  codatCompanyId: string;
}

/** The company access token comes from the demo's backend (a `@plugboard/server` handler). */
async function fetchCodatToken() {
  const response = await fetch('/api/codat-token', { method: 'POST' });
  if (!response.ok) throw new Error(`The token endpoint answered ${response.status}.`);
  return response.json();
}

/** On the sandbox the fake Connections SDK talks to this origin; live, Codat's own SDK loads. */
async function loadSandboxSdk(): Promise<CodatConnectionsSdkModule> {
  const { createFakeCodatConnections } = await import('@plugboard/sandbox/codat-sdk');
  return { CodatConnections: createFakeCodatConnections({ baseUrl: window.location.origin }) };
}

/** Codat's connection-management UI for the signed-in company, behind a button. */
export function CodatDemoPage({ theme }: { theme: 'system' | 'light' | 'dark' }) {
  const [config, setConfig] = useState<DemoConfig | undefined>();
  const [log, setLog] = useState<string[]>([]);
  useEffect(() => {
    fetch('/api/demo-config')
      .then((response) => response.json())
      .then(setConfig, () => undefined);
  }, []);
  const note = (entry: string) => setLog((entries) => [entry, ...entries].slice(0, 5));
  return (
    <section className="codat-demo" aria-labelledby="codat-title">
      <h1 id="codat-title">Accounting connections</h1>
      <p className="headless-lead">
        Your accounting, banking and commerce connections are managed by Codat. Open the manager to
        disconnect or reconnect them.
      </p>
      {config ? (
        <CodatConnectionsLauncher
          companyId={config.codatCompanyId}
          getAccessToken={fetchCodatToken}
          loadSdk={config.mode === 'sandbox' ? loadSandboxSdk : undefined}
          theme={theme}
          onDisconnect={({ connectionId }) => note(`disconnected ${connectionId}`)}
          onReconnect={({ connectionId }) => note(`reconnected ${connectionId}`)}
        />
      ) : (
        <p role="status">Loading…</p>
      )}
      {log.length > 0 && (
        <ul className="demo-activity" aria-label="Activity">
          {log.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
