import { describe, expect, it, onTestFinished } from 'vitest';
import { screenshot } from './browser';
import { demoHelpers, expectNoAxeViolations, setUpDemoInChromium } from './setUpDemoInChromium';

const demo = setUpDemoInChromium();
const { card, dialog, openIntegrations } = demoHelpers(demo);
const cardOf = (name: string) =>
  card(name).locator('xpath=ancestor::*[@data-slot="integration-card"]');

/** The leads defaults form of the Nimbus CRM dialog, once its saved values have loaded. */
async function openLeadDefaults() {
  await card('Nimbus CRM').click();
  const details = dialog('Nimbus CRM');
  const leads = details.getByRole('form', { name: 'Leads' });
  await leads.waitFor();
  await expect.poll(() => leads.getAttribute('aria-busy')).toBeNull();
  return { details, leads, source: leads.getByLabel('Lead source', { exact: true }) };
}

describe('the lifecycle of a connection in the demo', () => {
  it('saves a resource default and shows it again on reopening and after a reload', async () => {
    await openIntegrations();
    const first = await openLeadDefaults();
    expect(await first.source.inputValue()).toBe('referral');
    await expectNoAxeViolations(demo.page, 'dialog with resource defaults');
    await first.source.selectOption({ label: 'Event' });
    await first.leads.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.leads.getByRole('status').textContent()).toBe('Saved');
    await screenshot(demo.page, 'resource-defaults-saved');
    await expectNoAxeViolations(demo.page, 'resource defaults saved');

    // Closed and opened again, the dialog shows the saved value, not a stale cached one.
    await demo.page.keyboard.press('Escape');
    await first.details.waitFor({ state: 'hidden' });
    const reopened = await openLeadDefaults();
    expect(await reopened.source.inputValue()).toBe('event');
    await demo.page.keyboard.press('Escape');
    await reopened.details.waitFor({ state: 'hidden' });

    // A reload drops every cache: the value can only come back from the API.
    await demo.page.reload();
    await demo.page
      .getByRole('button', { name: /^Open / })
      .first()
      .waitFor();
    const again = await openLeadDefaults();
    expect(await again.source.inputValue()).toBe('event');
    expect(await again.source.locator('option:checked').textContent()).toBe('Event');
    expect(demo.errors).toEqual([]);
  });

  it('disconnects an OAuth connection through the revoke page', async () => {
    await openIntegrations();
    expect(await cardOf('Nimbus CRM').getAttribute('data-state')).toBe('connected');
    await card('Nimbus CRM').click();
    const details = dialog('Nimbus CRM');
    await details.getByText('Connected', { exact: true }).waitFor();
    await expectNoAxeViolations(demo.page, 'connected OAuth dialog');
    const [popup] = await Promise.all([
      demo.context.waitForEvent('page'),
      details.getByRole('button', { name: 'Disconnect' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Disconnect' }).click();
    await popup.waitForEvent('close');
    await details.getByText('Nimbus CRM was disconnected.').waitFor({ timeout: 10_000 });
    await details.getByText('Unauthorized', { exact: true }).waitFor();
    expect(await details.getByText('Connected', { exact: true }).count()).toBe(0);
    // Revoked, the connection offers to authorize again and no longer to disconnect or re-authorize.
    expect(await details.getByRole('button', { name: 'Authorize', exact: true }).count()).toBe(1);
    expect(await details.getByRole('button', { name: /Disconnect|Re-authorize/ }).count()).toBe(0);
    await screenshot(demo.page, 'oauth-revoked');
    await expectNoAxeViolations(demo.page, 'dialog after revoke');

    await demo.page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    await expect.poll(() => cardOf('Nimbus CRM').getAttribute('data-state')).toBe('unauthorized');
    expect(await cardOf('Nimbus CRM').getByText('Unauthorized', { exact: true }).count()).toBe(1);
    await expectNoAxeViolations(demo.page, 'grid after revoke');
    expect(demo.errors).toEqual([]);
  });

  it('fetches a new session when the old one expired and carries on without an error', async () => {
    const sessionRequests: string[] = [];
    const refusedVaultCalls: string[] = [];
    let vaultHeaders: Record<string, string> = {};
    demo.page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/vault-session') sessionRequests.push(request.method());
      if (path.startsWith('/vault/') && request.headers().authorization) {
        vaultHeaders = request.headers();
      }
    });
    demo.page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/vault/') && response.status() === 401) {
        refusedVaultCalls.push(`${response.request().method()} ${path}`);
      }
    });
    // Time passes until the sandbox refuses the session the page last used (three seconds at most).
    const waitForTheSessionToExpire = () =>
      expect
        .poll(
          async () =>
            (await fetch(`${demo.url}/vault/connections`, { headers: vaultHeaders })).status,
          { timeout: 10_000, interval: 250 },
        )
        .toBe(401);

    await openIntegrations();
    expect(sessionRequests).toEqual(['POST']);
    expect(vaultHeaders.authorization).toMatch(/^Bearer /);
    onTestFinished(async () => {
      await fetch(`${demo.url}/__sandbox/faults`, { method: 'DELETE' });
    });
    const expiry = await fetch(`${demo.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expireSessionsAfter: 3 }),
    });
    expect(expiry.status).toBe(201);
    await waitForTheSessionToExpire();

    // Opening the dialog loads the connection and its resource settings with the expired session.
    const { details, leads, source } = await openLeadDefaults();
    // A failed load would fall back to the list's copy with a notice: the notice must not show.
    expect(await leads.getByRole('note').count()).toBe(0);
    expect(await source.inputValue()).toBe('referral');
    expect(refusedVaultCalls.length).toBeGreaterThan(0);
    expect(sessionRequests.length).toBeGreaterThan(1);
    await screenshot(demo.page, 'session-refreshed-dialog');
    await expectNoAxeViolations(demo.page, 'dialog opened after a session refresh');

    // The new session expires too while the dialog is open; the save meets it first.
    await waitForTheSessionToExpire();
    const sessionsBeforeSave = sessionRequests.length;
    await source.selectOption({ label: 'Website' });
    await leads.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => leads.getByRole('status').textContent()).toBe('Saved');
    expect(refusedVaultCalls).toContain('PATCH /vault/connections/crm/nimbus-crm/leads/config');
    expect(sessionRequests.length).toBeGreaterThan(sessionsBeforeSave);
    expect(await details.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
    expect(await demo.page.getByText('Your session expired').count()).toBe(0);
    await screenshot(demo.page, 'session-refreshed-saved');
    await expectNoAxeViolations(demo.page, 'saved after a session refresh');
    // The 401s of the expired sessions are the browser's own network log, not app errors.
    expect(demo.errors.filter((error) => !/status of 401/.test(error))).toEqual([]);
  });

  it('reconnects deauthorized and disconnected Codat connections from the launcher', async () => {
    await demo.page.goto(`${demo.url}/codat`);
    await demo.page.getByRole('button', { name: 'Manage connections' }).click();
    const manager = demo.page.getByRole('dialog', { name: 'Connections' });
    const row = (name: string) => manager.getByRole('listitem').filter({ hasText: name });
    await row('Stallmart').getByText('Access revoked', { exact: true }).waitFor();
    await row('Tally Ledger').getByText('Disconnected', { exact: true }).waitFor();
    await screenshot(demo.page, 'codat-launcher-open');
    await expectNoAxeViolations(demo.page, 'Codat launcher open');

    await manager.getByRole('button', { name: 'Reconnect Stallmart' }).click();
    await manager.getByText('Stallmart was reconnected.').waitFor();
    await row('Stallmart').getByText('Connected', { exact: true }).waitFor();
    expect(await manager.getByRole('button', { name: 'Disconnect Stallmart' }).count()).toBe(1);
    await manager.getByRole('button', { name: 'Reconnect Tally Ledger' }).click();
    await manager.getByText('Tally Ledger was reconnected.').waitFor();
    await row('Tally Ledger').getByText('Connected', { exact: true }).waitFor();
    await screenshot(demo.page, 'codat-reconnected');
    await expectNoAxeViolations(demo.page, 'Codat launcher after reconnecting');

    await manager.getByRole('button', { name: 'Close', exact: true }).click();
    await manager.waitFor({ state: 'hidden' });
    const activity = demo.page.getByRole('list', { name: 'Activity' }).getByRole('listitem');
    expect(await activity.allTextContents()).toEqual([
      'reconnected 7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a',
      'reconnected 6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f',
    ]);

    // Opened again, the manager lists what the API now holds, not what the old panel showed.
    await demo.page.getByRole('button', { name: 'Manage connections' }).click();
    await row('Stallmart').getByText('Connected', { exact: true }).waitFor();
    await row('Tally Ledger').getByText('Connected', { exact: true }).waitFor();
    expect(await manager.getByRole('button', { name: /^Reconnect / }).count()).toBe(0);
    expect(demo.errors).toEqual([]);
  });
});
