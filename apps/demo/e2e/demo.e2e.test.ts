import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, screenshot, watchErrors } from './browser';
import { startDemo } from './demoServer';

let demo: Awaited<ReturnType<typeof startDemo>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
  console.log(`e2e: screenshots in ${SCREENSHOT_DIR}`);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});
beforeEach(async () => {
  await fetch(`${demo.url}/__sandbox/reset`, { method: 'POST' });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = watchErrors(page);
});
afterEach(async () => {
  await context?.close();
});

const card = (name: string) => page.getByRole('button', { name: `Open ${name}`, exact: true });
const dialog = (name: string) => page.getByRole('dialog', { name });

async function openIntegrations() {
  await page.goto(`${demo.url}/`);
  await page
    .getByRole('button', { name: /^Open / })
    .first()
    .waitFor();
}

describe('the demo in Chromium', () => {
  it('browses, searches and filters the catalogue', async () => {
    await openIntegrations();
    expect(await page.getByRole('button', { name: /^Open / }).count()).toBeGreaterThanOrEqual(40);
    await page.getByRole('searchbox', { name: 'Search integrations' }).fill('ledgerly');
    await expect.poll(() => page.getByRole('button', { name: /^Open / }).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search integrations' }).fill('');
    await page.getByLabel('Category').selectOption({ label: 'CRM' });
    const names = await page.getByRole('button', { name: /^Open / }).allTextContents();
    expect(names.length).toBeGreaterThan(2);
    await screenshot(page, 'browse-filtered');
    expect(errors).toEqual([]);
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
    await screenshot(page, 'api-key-connected');
    expect(errors).toEqual([]);
  });

  it('authorizes through the sandbox consent popup', async () => {
    await openIntegrations();
    await card('OrgChartly').click();
    const details = dialog('OrgChartly');
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      details.getByRole('button', { name: 'Authorize' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Approve' }).click();
    await popup.waitForEvent('close');
    await expect
      .poll(() => details.getByText('Connected').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'oauth-connected');
    expect(errors).toEqual([]);
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
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        card('PipelinePro')
          .locator('xpath=ancestor::*[@data-slot="integration-card"]')
          .getAttribute('data-state'),
      )
      .toBe('not_connected');
    expect(errors).toEqual([]);
  });

  it('opens the Codat launcher through the server handler and disconnects a connection', async () => {
    await page.goto(`${demo.url}/codat`);
    await page.getByRole('button', { name: 'Manage connections' }).click();
    const first = page.getByRole('button', { name: /^Disconnect/ }).first();
    await first.waitFor();
    const before = await page.getByRole('button', { name: /^Disconnect/ }).count();
    await first.click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Disconnect/ }).count())
      .toBe(before - 1);
    await screenshot(page, 'codat-disconnected');
    expect(errors).toEqual([]);
  });
});
