import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { demoHelpers, expectNoAxeViolations, setUpDemoInChromium } from './setUpDemoInChromium';

const demo = setUpDemoInChromium();
const { card, dialog, openIntegrations } = demoHelpers(demo);
const stateOf = (name: string) =>
  card(name).locator('xpath=ancestor::*[@data-slot="integration-card"]').getAttribute('data-state');

describe('more flows of the demo in Chromium', () => {
  it('falls back to a full-page redirect when the popup is blocked, and resumes on return', async () => {
    // A popup blocker: window.open gives nothing back.
    await demo.page.addInitScript(() => {
      window.open = () => null;
    });
    await openIntegrations();
    await card('OrgChartly').click();
    await dialog('OrgChartly').getByRole('button', { name: 'Authorize' }).click();
    // The whole tab goes to the consent page, then back to the demo.
    await expectNoAxeViolations(demo.page, 'consent page in the tab');
    await demo.page.getByRole('button', { name: 'Approve' }).click();
    await demo.page
      .getByRole('button', { name: /^Open / })
      .first()
      .waitFor();
    await expect.poll(() => stateOf('OrgChartly'), { timeout: 15_000 }).toBe('connected');
    expect(new URL(demo.page.url()).hash).toBe('');
    await screenshot(demo.page, 'redirect-fallback-resumed');
    await expectNoAxeViolations(demo.page, 'page resumed after the redirect');
    expect(demo.errors).toEqual([]);
  });

  it('authorizes a client-credentials connector by token once its secret is saved', async () => {
    await openIntegrations();
    await card('ContactSphere').click();
    const details = dialog('ContactSphere');
    await details.getByLabel('Client secret', { exact: true }).fill('e2e-client-secret');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved').waitFor();
    await expectNoAxeViolations(demo.page, 'client secret saved');
    await details.getByRole('button', { name: 'Authorize' }).click();
    await expect
      .poll(() => details.getByText('Connected').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expectNoAxeViolations(demo.page, 'token-authorized dialog');
    expect(demo.errors).toEqual([]);
  });

  it('disables and enables a connection', async () => {
    await openIntegrations();
    await card('Ledgerly').click();
    const details = dialog('Ledgerly');
    await details.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(() => details.getByText('Disabled').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(demo.page, 'disabled connection');
    await details.getByRole('button', { name: 'Enable' }).click();
    await expect.poll(() => details.getByText('Connected').count()).toBeGreaterThan(0);
    expect(demo.errors).toEqual([]);
  });

  it('keeps what the user typed when the API rejects a save, and shows why on the field', async () => {
    await openIntegrations();
    await card('Tillpoint').click();
    const details = dialog('Tillpoint');
    const phone = details.getByLabel('Support phone', { exact: true });
    await phone.fill('call me maybe');
    await details.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.inputValue()).toBe('call me maybe');
    await screenshot(demo.page, 'save-rejected');
    await expectNoAxeViolations(demo.page, 'rejected save');
    // The console error of the failed request is the browser's own network log, not an app error.
    expect(demo.errors.filter((error) => !/status of 422/.test(error))).toEqual([]);
  });
});
