import { describe, expect, it } from 'vitest';
import { screenshot } from './browser';
import {
  demoHelpers,
  expectNoAxeViolations,
  expectNoAxeViolationsAsShown,
  setUpDemoInChromium,
} from './setUpDemoInChromium';

const demo = setUpDemoInChromium();

const { card, dialog, openIntegrations } = demoHelpers(demo);

describe('the demo in Chromium', () => {
  it('browses, searches and filters the catalogue', async () => {
    await openIntegrations();
    expect(await demo.page.getByRole('button', { name: /^Open / }).count()).toBeGreaterThanOrEqual(
      40,
    );
    await expectNoAxeViolations(demo.page, 'catalogue loaded');
    await demo.page.getByRole('searchbox', { name: 'Search integrations' }).fill('ledgerly');
    await expect.poll(() => demo.page.getByRole('button', { name: /^Open / }).count()).toBe(1);
    await expectNoAxeViolations(demo.page, 'search with one result');
    await demo.page.getByRole('searchbox', { name: 'Search integrations' }).fill('no such thing');
    await demo.page.getByRole('button', { name: 'Clear filters' }).waitFor();
    await expectNoAxeViolations(demo.page, 'search with no results');
    await demo.page.getByRole('searchbox', { name: 'Search integrations' }).fill('');
    await demo.page.getByLabel('Category').selectOption({ label: 'CRM' });
    const names = await demo.page.getByRole('button', { name: /^Open / }).allTextContents();
    expect(names.length).toBeGreaterThan(2);
    await screenshot(demo.page, 'browse-filtered');
    await expectNoAxeViolations(demo.page, 'filtered grid');
    // The theme switch pins the scheme, whatever the system prefers.
    await demo.page.getByLabel('Theme').selectOption('dark');
    await expectNoAxeViolationsAsShown(demo.page, 'filtered grid, dark theme chosen');
    await screenshot(demo.page, 'browse-filtered-dark');
    expect(demo.errors).toEqual([]);
  });

  it('adds an API-key connector and saves its settings', async () => {
    await openIntegrations();
    await card('Tallybook').click();
    const details = dialog('Tallybook');
    await expectNoAxeViolations(demo.page, 'dialog of an available connector');
    await details.getByRole('button', { name: 'Add integration' }).click();
    await expect.poll(() => details.getByText('Unauthorized').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(demo.page, 'added connector with its settings form');
    const required = details.locator('input[aria-required="true"]');
    for (let index = 0; index < (await required.count()); index++) {
      await required.nth(index).fill(`e2e-value-${index}`);
    }
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved').waitFor();
    await expect.poll(() => details.getByText('Connected').count()).toBeGreaterThan(0);
    await screenshot(demo.page, 'api-key-connected');
    await expectNoAxeViolations(demo.page, 'settings saved');
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
    await expectNoAxeViolations(popup, 'sandbox consent page');
    await popup.getByRole('button', { name: 'Approve' }).click();
    await popup.waitForEvent('close');
    await expect
      .poll(() => details.getByText('Connected').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(demo.page, 'oauth-connected');
    await expectNoAxeViolations(demo.page, 'connection dialog after OAuth');
    expect(demo.errors).toEqual([]);
  });

  it('deletes a connection after confirming', async () => {
    await openIntegrations();
    await card('PipelinePro').click();
    const details = dialog('PipelinePro');
    await details.getByRole('button', { name: 'Delete' }).click();
    const confirmation = details.getByRole('group', { name: 'Delete PipelinePro?' });
    await expectNoAxeViolations(demo.page, 'delete confirmation');
    await confirmation.getByRole('button', { name: 'Delete' }).click();
    await details.getByText('PipelinePro was deleted.').waitFor();
    await expectNoAxeViolations(demo.page, 'dialog after delete');
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
    await expectNoAxeViolations(demo.page, 'Codat connections manager');
    const before = await demo.page.getByRole('button', { name: /^Disconnect/ }).count();
    await first.click();
    await expect
      .poll(() => demo.page.getByRole('button', { name: /^Disconnect/ }).count())
      .toBe(before - 1);
    await screenshot(demo.page, 'codat-disconnected');
    await expectNoAxeViolations(demo.page, 'Codat connection disconnected');
    expect(demo.errors).toEqual([]);
  });
});
