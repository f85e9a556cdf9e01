import { fileURLToPath } from 'node:url';
import { type PreviewServer, preview } from 'vite';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Serves the built demo (`vite build` first) with its backend and sandbox, on a free port. */
export async function startDemo(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: demoRoot,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  if (!url) throw new Error('The demo preview server did not report its URL.');
  return { url, close: () => server.close() };
}
