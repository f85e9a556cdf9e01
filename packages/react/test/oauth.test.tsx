import { type Connection, OAuthProviderError, parseOAuthCallback } from '@plugboard/core';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useConnections } from '../src/hooks/useConnections';
import { OAUTH_MESSAGE_TYPE, OAUTH_POPUP_NAME } from '../src/oauth/completeOAuthRedirect';
import { useAuthorizeConnection } from '../src/oauth/useAuthorizeConnection';
import { useOAuthRedirectResult } from '../src/oauth/useOAuthRedirectResult';
import { useRevokeConnection } from '../src/oauth/useRevokeConnection';
import { renderHookWithPlugboard } from './renderWithPlugboard';

const REDIRECT_URI = `${window.location.origin}/integrations/callback`;

interface FakePopup {
  closed: boolean;
  focus: ReturnType<typeof vi.fn>;
  close: () => void;
}

function stubPopup(blocked = false) {
  const popup: FakePopup = { closed: false, focus: vi.fn(), close: () => (popup.closed = true) };
  const open = vi
    .spyOn(window, 'open')
    .mockImplementation(() => (blocked ? null : (popup as unknown as Window)));
  return { popup, open };
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

/** Plays the user on the sandbox's consent page: loads it and presses Approve or Deny. */
async function answerConsent(
  url: string,
  decision: 'approve' | 'deny' | 'revoke',
): Promise<string> {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const html = new DOMParser().parseFromString(await page.text(), 'text/html');
  const form = html.querySelector('form');
  expect(form).not.toBeNull();
  const body = new URLSearchParams();
  for (const input of Array.from(
    html.querySelectorAll<HTMLInputElement>('form input[type=hidden]'),
  )) {
    body.set(input.name, input.value);
  }
  const button = Array.from(html.querySelectorAll<HTMLButtonElement>('form button')).find(
    (candidate) => new RegExp(decision, 'i').test(`${candidate.value} ${candidate.textContent}`),
  );
  expect(button).toBeDefined();
  if (button?.name) body.set(button.name, button.value);
  const action = new URL(form?.getAttribute('action') || url, url).toString();
  const answer = await fetch(action, { method: 'POST', body, redirect: 'manual' });
  expect([302, 303]).toContain(answer.status);
  return answer.headers.get('location') ?? '';
}

/** What the landing page in the popup sends back. */
function deliver(landingUrl: string, from: unknown, origin = window.location.origin) {
  const event = new MessageEvent('message', {
    data: { type: OAUTH_MESSAGE_TYPE, callback: parseOAuthCallback(landingUrl) },
    origin,
  });
  Object.defineProperty(event, 'source', { value: from });
  window.dispatchEvent(event);
}

async function renderAuthorize(
  pick: (connection: Connection) => boolean,
  hook: 'authorize' | 'revoke' = 'authorize',
) {
  const rendered = await renderHookWithPlugboard(
    ({ target }: { target: Connection | undefined }) => ({
      list: useConnections(),
      authorize: useAuthorizeConnection(target),
      revoke: useRevokeConnection(target),
    }),
    {
      initialProps: { target: undefined as Connection | undefined },
      provider: { redirectUri: REDIRECT_URI },
    },
  );
  await waitFor(() => expect(rendered.result.current.list.isSuccess).toBe(true));
  const target = rendered.result.current.list.data?.find(pick);
  if (!target) throw new Error(`no connection in the sandbox catalogue for this ${hook} test`);
  rendered.rerender({ target });
  const current = () => rendered.result.current.list.data?.find((c) => c.id === target.id);
  return { ...rendered, target, current };
}

const authorizable = (c: Connection) =>
  c.auth_type === 'oauth2' &&
  c.oauth_grant_type === 'authorization_code' &&
  c.enabled === true &&
  c.state === 'added' &&
  c.integration_state !== 'needs_configuration' &&
  (c.settings_required_for_authorization ?? []).every((id) => Boolean(c.settings?.[id]));

describe('useAuthorizeConnection', () => {
  it('opens the consent page in a popup inside the click, then confirms and refreshes', async () => {
    const { popup, open } = stubPopup();
    const { result, target, current } = await renderAuthorize(authorizable);

    act(() => result.current.authorize.authorize());
    expect(open).toHaveBeenCalledTimes(1);
    const [url, name] = open.mock.calls[0] as [string, string];
    expect(name).toBe(OAUTH_POPUP_NAME);
    const sent = new URL(url);
    expect(sent.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(sent.searchParams.get('nonce')).toMatch(/[0-9a-f-]{36}/);
    expect(result.current.authorize.status).toBe('pending');

    // A second click while the popup is open focuses it instead of opening another.
    act(() => result.current.authorize.authorize());
    expect(open).toHaveBeenCalledTimes(1);
    expect(popup.focus).toHaveBeenCalledTimes(1);

    const landing = await answerConsent(url, 'approve');
    expect(landing.startsWith(REDIRECT_URI)).toBe(true);
    expect(new URL(landing).hash).toContain('confirm_token=');

    // Messages from another origin or another window are ignored.
    act(() => deliver(landing, popup, 'https://evil.example'));
    act(() => deliver(landing, {}));
    expect(result.current.authorize.status).toBe('pending');

    act(() => deliver(landing, popup));
    await waitFor(() => expect(result.current.authorize.status).toBe('success'));
    await waitFor(() => expect(current()?.state).toBe('callable'));
    expect(target.state).toBe('added');
  });

  it('surfaces a denied consent as an OAuthProviderError', async () => {
    const { popup, open } = stubPopup();
    const { result, current } = await renderAuthorize(authorizable);
    act(() => result.current.authorize.authorize());
    const landing = await answerConsent(open.mock.calls[0]?.[0] as string, 'deny');
    expect(new URL(landing).searchParams.get('error_type')).toBeTruthy();
    act(() => deliver(landing, popup));
    await waitFor(() => expect(result.current.authorize.status).toBe('error'));
    expect(result.current.authorize.error).toBeInstanceOf(OAuthProviderError);
    expect(result.current.authorize.error?.message.length).toBeGreaterThan(3);
    expect(current()?.state).toBe('added');
  });

  it('fails clearly when a confirm_token is replayed', async () => {
    const first = stubPopup();
    const { result } = await renderAuthorize(authorizable);
    act(() => result.current.authorize.authorize());
    const firstUrl = first.open.mock.calls[0]?.[0] as string;
    const landing = await answerConsent(firstUrl, 'approve');
    act(() => deliver(landing, first.popup));
    await waitFor(() => expect(result.current.authorize.status).toBe('success'));

    // Re-authorize, and have the callback carry the already used confirm_token.
    first.popup.closed = true;
    const second = stubPopup();
    act(() => result.current.authorize.authorize());
    const nonce = new URL(second.open.mock.calls.at(-1)?.[0] as string).searchParams.get(
      'nonce',
    ) as string;
    const replayed = new URL(landing);
    replayed.hash = replayed.hash.replace(/nonce=[^&]+/, `nonce=${nonce}`);
    act(() => deliver(replayed.toString(), second.popup));
    await waitFor(() => expect(result.current.authorize.status).toBe('error'));
    expect(result.current.authorize.error?.name).toMatch(
      /BadRequestError|UnprocessableError|NotFoundError|ConflictError/,
    );
  });

  it('falls back to a full-page redirect when the popup is blocked, and resumes on return', async () => {
    const { open } = stubPopup(true);
    const { result } = await renderAuthorize(authorizable);
    act(() => result.current.authorize.authorize());
    expect(open).toHaveBeenCalledTimes(1);
    const url = new URL(
      open.mock.results[0]?.value === null ? (open.mock.calls[0]?.[0] as string) : '',
    );
    const stored = Object.keys(sessionStorage).filter((key) => key.startsWith('plugboard:oauth:'));
    expect(stored).toHaveLength(1);

    // The provider sends the whole tab back to the redirect URI.
    const landing = await answerConsent(url.toString(), 'approve');
    const back = new URL(landing);
    window.history.replaceState(null, '', `${back.pathname}${back.search}${back.hash}`);
    const resumed = await renderHookWithPlugboard(() => ({
      redirect: useOAuthRedirectResult(),
      list: useConnections(),
    }));
    await waitFor(() => expect(resumed.result.current.redirect.status).toBe('success'));
    expect(window.location.hash).toBe('');
    const serviceId = back.hash.match(/service_id=([^&]+)/)?.[1];
    await waitFor(() =>
      expect(resumed.result.current.list.data?.find((c) => c.service_id === serviceId)?.state).toBe(
        'callable',
      ),
    );
  });

  it('goes back to idle when the user closes the popup', async () => {
    const { popup } = stubPopup();
    const { result } = await renderAuthorize(authorizable);
    act(() => result.current.authorize.authorize());
    popup.closed = true;
    await waitFor(() => expect(result.current.authorize.status).toBe('idle'), { timeout: 2000 });
  });
});

describe('useRevokeConnection', () => {
  it('disconnects through the revoke page: the connection goes back to added', async () => {
    const { popup, open } = stubPopup();
    const { result, current } = await renderAuthorize(
      (c) => c.auth_type === 'oauth2' && c.state === 'callable' && Boolean(c.revoke_url),
      'revoke',
    );
    act(() => result.current.revoke.revoke());
    const landing = await answerConsent(open.mock.calls[0]?.[0] as string, 'revoke');
    act(() => deliver(landing, popup));
    await waitFor(() => expect(result.current.revoke.status).toBe('success'));
    await waitFor(() => expect(current()?.state).toBe('added'));
  });
});
