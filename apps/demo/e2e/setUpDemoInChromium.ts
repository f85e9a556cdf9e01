import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, watchErrors } from './browser';
import { startDemo } from './demoServer';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
  paths: [new URL('../../../packages/ui/', import.meta.url).pathname],
});

/**
 * Registers the hooks of an end-to-end file: one built demo and one Chromium for the file, a fresh
 * sandbox state, browser context and page per test.
 */
export function setUpDemoInChromium() {
  const state = {} as {
    url: string;
    browser: Browser;
    context: BrowserContext;
    page: Page;
    errors: string[];
    close: () => Promise<void>;
  };
  beforeAll(async () => {
    const demo = await startDemo();
    state.url = demo.url;
    state.close = demo.close;
    state.browser = await launchBrowser();
    console.log(`e2e: screenshots in ${SCREENSHOT_DIR}`);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.close?.();
  });
  beforeEach(async () => {
    await fetch(`${state.url}/__sandbox/reset`, { method: 'POST' });
    state.context = await state.browser.newContext({ viewport: { width: 1280, height: 900 } });
    state.page = await state.context.newPage();
    state.errors = watchErrors(state.page);
  });
  afterEach(async () => {
    await state.context?.close();
  });
  return state;
}

/** Runs axe in the page (colour contrast included) and fails with the violations listed. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const results = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe.run(document);
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
  expect(violations, label).toEqual([]);
}

/** Locators and steps every end-to-end file uses. */
export function demoHelpers(demo: { page: Page; url: string }) {
  return {
    card: (name: string) => demo.page.getByRole('button', { name: `Open ${name}`, exact: true }),
    dialog: (name: string) => demo.page.getByRole('dialog', { name }),
    async openIntegrations() {
      await demo.page.goto(`${demo.url}/`);
      await demo.page
        .getByRole('button', { name: /^Open / })
        .first()
        .waitFor();
    },
  };
}
