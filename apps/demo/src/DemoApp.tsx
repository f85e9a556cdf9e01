import { PlugboardProvider } from '@plugboard/react';
import { type MouseEvent, useEffect, useState } from 'react';
import { CodatDemoPage } from './CodatDemoPage';
import { HeadlessDemoPage } from './HeadlessDemoPage';
import { IntegrationsDemoPage } from './IntegrationsDemoPage';
import { fetchSessionToken } from './session';

type Theme = 'system' | 'light' | 'dark';

/** The sandbox answers on the dev server's own origin (see vite.config.ts). */
const CLIENT_CONFIG = { baseUrl: window.location.origin };
const LOCALES = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['nl', 'Nederlands'],
  ['ar', 'العربية (RTL)'],
] as const;

function usePath(): [string, (path: string) => void] {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (next: string) => {
    window.history.pushState(null, '', next);
    setPath(next);
  };
  return [path, navigate];
}

/** Client-side navigation for plain left clicks; modified clicks open a new tab as usual. */
function followLink(event: MouseEvent, path: string, navigate: (path: string) => void) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  navigate(path);
}

/** The demo: a small SaaS settings shell around the integrations page and the hooks-only page. */
export function DemoApp() {
  const [path, navigate] = usePath();
  const [theme, setTheme] = useState<Theme>('system');
  const [locale, setLocale] = useState('en');
  const page = path.startsWith('/headless')
    ? 'headless'
    : path.startsWith('/codat')
      ? 'codat'
      : 'integrations';

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = locale;
  }, [theme, locale]);

  return (
    <PlugboardProvider
      config={CLIENT_CONFIG}
      getSessionToken={fetchSessionToken}
      redirectUri={`${window.location.origin}/`}
      allowedOrigins={[window.location.origin]}
    >
      <div className="demo" data-theme={theme}>
        <header className="demo-header">
          <a className="demo-brand" href="/" onClick={(event) => followLink(event, '/', navigate)}>
            <span aria-hidden="true" className="demo-brand-mark">
              A
            </span>
            Acme CRM
          </a>
          <nav aria-label="Demo pages" className="demo-nav">
            <a
              href="/"
              aria-current={page === 'integrations' ? 'page' : undefined}
              onClick={(event) => followLink(event, '/', navigate)}
            >
              Integrations page
            </a>
            <a
              href="/headless"
              aria-current={page === 'headless' ? 'page' : undefined}
              onClick={(event) => followLink(event, '/headless', navigate)}
            >
              Built from hooks
            </a>
            <a
              href="/codat"
              aria-current={page === 'codat' ? 'page' : undefined}
              onClick={(event) => followLink(event, '/codat', navigate)}
            >
              Codat connections
            </a>
          </nav>
          <div className="demo-controls">
            <label>
              Theme
              <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
                <option value="system">System</option>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <label>
              Language
              <select value={locale} onChange={(event) => setLocale(event.target.value)}>
                {LOCALES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </header>
        <main className="demo-main">
          {page === 'headless' && <HeadlessDemoPage />}
          {page === 'codat' && <CodatDemoPage theme={theme} />}
          {page === 'integrations' && <IntegrationsDemoPage theme={theme} locale={locale} />}
        </main>
        <footer className="demo-footer">
          Running on the Plugboard sandbox: a stateful fake of the Vault API served by this dev
          server.
        </footer>
      </div>
    </PlugboardProvider>
  );
}
