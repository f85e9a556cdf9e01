import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import { demoHelpers, expectNoAxeViolations, setUpDemoInChromium } from './setUpDemoInChromium';

const demo = setUpDemoInChromium();

const { card, dialog, openIntegrations } = demoHelpers(demo);

describe('the demo in Chromium', () => {
  it('browses, searches and filters the catalogue', async () => {
    await openIntegrations();
    expect(await demo.page.getByRole('button', { name: /^Open / }).count()).toBeGreaterThanOrEqual(
      40,
    );
    await demo.page.getByRole('searchbox', { name: 'Search integrations' }).fill('ledgerly');
    await expect.poll(() => demo.page.getByRole('button', { name: /^Open / }).count()).toBe(1);
    await demo.page.getByRole('searchbox', { name: 'Search integrations' }).fill('');
    await demo.page.getByLabel('Category').selectOption({ label: 'CRM' });
    const names = await demo.page.getByRole('button', { name: /^Open / }).allTextContents();
    expect(names.length).toBeGreaterThan(2);
    await screenshot(demo.page, 'browse-filtered');
    await expectNoAxeViolations(demo.page, 'filtered grid, light');
    await demo.page.getByLabel('Theme').selectOption('dark');
    await expectNoAxeViolations(demo.page, 'filtered grid, dark');
    await screenshot(demo.page, 'browse-filtered-dark');
    expect(demo.errors).toEqual([]);
  });

  it('adds an API-key connector and saves its settings', async () => {
    await openIntegrations();
    await card('Tallybook').click();
    const details = dialog('Tallybook');
    await details.getByRole('button', { name: 'Add integration' }).click();
    await expect.poll(() => details.getByText('Unauthorized').count()).toBeGreaterThan(0);
    const required = details.locator('input[aria-required="true"]');
    for (let index = 0; index < (await required.count()); index++) {
      await required.nth(index).fill(`e2e-value-${index}`);
    }
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved').waitFor();
    await expect.poll(() => details.getByText('Connected').count()).toBeGreaterThan(0);
    await screenshot(demo.page, 'api-key-connected');
    expect(demo.errors).toEqual([]);
  });

  it('authorizes through the sandbox consent popup', async () => {
    await openIntegrations();
    await card('OrgChartly').click();
    const details = dialog('OrgChartly');
    const [popup] = await Promise.all([
      demo.context.waitForEvent('page'),
      details.getByRole('button', { name: 'Authorize' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Approve' }).click();
    await popup.waitForEvent('close');
    await expect
      .poll(() => details.getByText('Connected').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(demo.page, 'oauth-connected');
    await expectNoAxeViolations(demo.page, 'connection dialog after OAuth, light');
    expect(demo.errors).toEqual([]);
  });

  it('deletes a connection after confirming', async () => {
    await openIntegrations();
    await card('PipelinePro').click();
    const details = dialog('PipelinePro');
    await details.getByRole('button', { name: 'Delete' }).click();
    await details
      .getByRole('group', { name: 'Delete PipelinePro?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await demo.page.keyboard.press('Escape');
    await expect
      .poll(() =>
        card('PipelinePro')
          .locator('xpath=ancestor::*[@data-slot="integration-card"]')
          .getAttribute('data-state'),
      )
      .toBe('not_connected');
    expect(demo.errors).toEqual([]);
  });

  it('opens the Codat launcher through the server handler and disconnects a connection', async () => {
    await demo.page.goto(`${demo.url}/codat`);
    await demo.page.getByRole('button', { name: 'Manage connections' }).click();
    const first = demo.page.getByRole('button', { name: /^Disconnect/ }).first();
    await first.waitFor();
    const before = await demo.page.getByRole('button', { name: /^Disconnect/ }).count();
    await first.click();
    await expect
      .poll(() => demo.page.getByRole('button', { name: /^Disconnect/ }).count())
      .toBe(before - 1);
    await screenshot(demo.page, 'codat-disconnected');
    expect(demo.errors).toEqual([]);
  });
});
