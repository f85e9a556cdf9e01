import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONSUMER_ID } from './renderWithPlugboard';
import { sandbox, server } from './sandbox';

// The README's example, extracted as written, so the documentation cannot drift from the API.
const here = import.meta.dirname;
const readme = readFileSync(join(here, '../README.md'), 'utf8');
const example = /```tsx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const examplePath = join(here, '.readme-example.tsx');
writeFileSync(examplePath, example.replace("from '@plugboard/react'", "from '../src/index'"));

afterEach(() => vi.unstubAllGlobals());

describe('the README example', () => {
  it('is under 60 lines and runs: lists, adds, saves settings and deletes on the sandbox', async () => {
    expect(example.split('\n').length).toBeLessThan(60);
    // The example's backend route, answered with a sandbox session.
    server.use(
      http.post('*/api/vault-session', async () =>
        HttpResponse.json({ token: await sandbox.createSessionToken({ consumerId: CONSUMER_ID }) }),
      ),
    );
    const realFetch = globalThis.fetch;
    // Node's fetch needs absolute URLs; a browser resolves the example's relative one the same way.
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      realFetch(typeof input === 'string' ? new URL(input, window.location.href) : input, init),
    );
    const { App } = (await import(/* @vite-ignore */ examplePath)) as {
      App: () => React.JSX.Element;
    };
    const { render } = await import('@testing-library/react');
    render(<App />);
    const items = await screen.findAllByRole('listitem');
    expect(items.length).toBeGreaterThanOrEqual(40);

    const user = userEvent.setup();
    const available = items.find((item) => within(item).queryByRole('button', { name: 'Add' }));
    await user.click(within(available as HTMLElement).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(within(available as HTMLElement).queryByRole('button', { name: 'Add' })).toBeNull(),
    );

    const deletable = items.find((item) => within(item).queryByRole('button', { name: 'Delete' }));
    const name = within(deletable as HTMLElement).getByText(
      (_, element) => element?.tagName === 'STRONG',
    ).textContent;
    await user.click(within(deletable as HTMLElement).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(within(deletable as HTMLElement).queryByRole('button', { name: 'Delete' })).toBeNull(),
    );
    expect(name).toBeTruthy();

    const withSettings = screen
      .getAllByRole('listitem')
      .find(
        (item) =>
          within(item).queryByRole('button', { name: 'Save' }) &&
          !within(item).queryByRole('alert'),
      );
    await user.click(within(withSettings as HTMLElement).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        within(withSettings as HTMLElement).getByRole('button', { name: 'Save' }),
      ).toBeEnabled(),
    );
    expect(within(withSettings as HTMLElement).queryByRole('alert')).toBeNull();
  });
});
