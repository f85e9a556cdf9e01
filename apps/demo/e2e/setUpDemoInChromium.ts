import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, SCREENSHOT_DIR, watchErrors } from './browser';
import { startDemo } from './demoServer';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js', {
  paths: [new URL('../../../packages/ui/', import.meta.url).pathname],
});
let axeSourceText: string | undefined;
const axeSource = async () => {
  axeSourceText ??= await readFile(axePath, 'utf8');
  return axeSourceText;
};

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

/**
 * Runs axe in the page as it is shown (colour contrast included) and fails with the violations
 * listed. For a page whose theme the user pinned; otherwise use {@link expectNoAxeViolations}.
 */
export async function expectNoAxeViolationsAsShown(page: Page, label: string): Promise<void> {
  // Evaluated rather than added as a <script>: pages with a strict CSP (the consent page) would
  // refuse the tag, and the check must not loosen the policy it is checking under.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
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

/**
 * Runs axe in the light and then the dark colour scheme, emulated so that a page on the `system`
 * theme follows it, and puts back the scheme the page had. Fails when the page looks the same in
 * both, since a pinned theme would otherwise pass unchecked.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const backgrounds: string[] = [];
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Colours animate for a moment after the switch; axe must see the final ones.
      await page.evaluate(() =>
        Promise.allSettled(
          document
            .getAnimations()
            .filter((animation) => animation instanceof CSSTransition)
            .map((animation) => animation.finished),
        ),
      );
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await expectNoAxeViolationsAsShown(page, `${label}, ${colorScheme}`);
    }
  } finally {
    await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
  }
  expect(new Set(backgrounds).size, `${label}: the page follows the colour scheme`).toBe(2);
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
