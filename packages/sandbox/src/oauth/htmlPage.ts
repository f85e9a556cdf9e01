/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// The pages carry no script and no external resource. The one inline stylesheet is allowed by its
// hash in the page's own Content-Security-Policy, so the strictest policy still renders it.
const STYLE = `
:root { color-scheme: light dark; --accent: #2563eb; --muted: #4b5563; --card: #ffffff; --page: #f3f4f6; --text: #111827; --line: #d1d5db; }
@media (prefers-color-scheme: dark) { :root { --accent: #93c5fd; --muted: #d1d5db; --card: #1f2937; --page: #111827; --text: #f9fafb; --line: #4b5563; } }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--page); color: var(--text); font: 16px/1.5 ui-sans-serif, system-ui, -apple-system, "Segoe UI", sans-serif; }
main { width: min(28rem, calc(100vw - 2rem)); background: var(--card); border: 1px solid var(--line); border-radius: 1rem; padding: 2rem; text-align: center; }
.logo svg { width: 4rem; height: 4rem; }
h1 { font-size: 1.5rem; margin: 1rem 0 0.5rem; }
h2 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
p, li { color: var(--muted); }
ul { text-align: left; margin: 0.25rem 0 0; padding-left: 1.25rem; }
code { overflow-wrap: anywhere; }
.note { font-size: 0.875rem; border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
form { display: flex; gap: 0.75rem; justify-content: center; margin-top: 1.5rem; }
button { font: inherit; font-weight: 600; padding: 0.625rem 1.25rem; border-radius: 0.5rem; border: 1px solid var(--line); background: transparent; color: var(--text); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--card); }
button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`;

let styleHash: Promise<string> | undefined;

function styleSource(): Promise<string> {
  styleHash ??= globalThis.crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(STYLE))
    .then((digest) => {
      let binary = '';
      for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
      return `'sha256-${btoa(binary)}'`;
    });
  return styleHash;
}

/**
 * A complete, self-contained HTML page with a strict Content-Security-Policy: no script at all,
 * the inline style allowed by hash, forms allowed to post to the page itself and to redirect to
 * `formTargets` (the redirect_uri's origin).
 */
export async function htmlPageResponse(options: {
  title: string;
  body: string;
  status?: number;
  formTargets?: string[];
}): Promise<Response> {
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    // No favicon request (it would 404): an empty icon, allowed by img-src data:.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    options.body,
    '</body>',
    '</html>',
  ].join('\n');
  const csp = [
    "default-src 'none'",
    `style-src ${await styleSource()}`,
    "img-src 'self' data:",
    `form-action 'self'${(options.formTargets ?? []).map((origin) => ` ${origin}`).join('')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
  return new Response(html, {
    status: options.status ?? 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** An HTML error page (the OAuth pages answer browsers in HTML). */
export function htmlErrorPage(status: number, heading: string, message: string): Promise<Response> {
  return htmlPageResponse({
    status,
    title: `${heading} · Plugboard sandbox`,
    body: `<main aria-labelledby="title"><h1 id="title">${escapeHtml(heading)}</h1><p role="alert">${escapeHtml(message)}</p><p class="note">Plugboard sandbox — a simulated Apideck Vault.</p></main>`,
  });
}
