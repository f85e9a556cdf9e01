// Benchmarks of the built demo in Chromium with 1,000 connectors (figures, not tests):
// time until the grid is painted, keystroke-to-updated-grid latency (median, p95), requests made on
// page load (and under StrictMode, which the demo uses), JS heap after 50 open/close cycles of the
// details dialog. Run after the demo build: `node scripts/bench.mjs` (prints a Markdown table).
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const CHROMIUM = process.env.PLUGBOARD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];
process.env.DEMO_CATALOGUE_SIZE = process.env.DEMO_CATALOGUE_SIZE ?? '1000';

const demoRoot = fileURLToPath(new URL('../apps/demo/', import.meta.url));
const server = await preview({
  root: demoRoot,
  configFile: `${demoRoot}vite.config.ts`,
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

try {
  // 1. Load: time until the last card is in the DOM and a frame has been painted; requests.
  const loads = [];
  let apiRequests = [];
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/vault/') || path.startsWith('/api/'))
        requests.push(`${request.method()} ${path}`);
    });
    const started = Date.now();
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-slot="integration-card"]').length >= 1000,
      null,
      { timeout: 60_000 },
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    loads.push(Date.now() - started);
    apiRequests = requests;
    await page.close();
  }

  // 2. Search: keystroke to updated grid.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelectorAll('[data-slot="integration-card"]').length >= 1000,
    null,
    { timeout: 60_000 },
  );
  const search = page.getByRole('searchbox', { name: 'Search integrations' });
  await search.click();
  const latencies = [];
  const queries = [
    'a',
    'ab',
    'c',
    'cr',
    'crm',
    'l',
    'le',
    'led',
    's',
    'st',
    'sta',
    'x',
    'pro',
    'hr',
    'he',
    'b',
    'bo',
    'boo',
    'z',
    'q',
  ];
  for (const query of queries) {
    await search.fill('');
    await page.waitForTimeout(50);
    const latency = await page.evaluate(async (text) => {
      const input = document.querySelector('input[type="search"]');
      const status = document.querySelector('[data-slot="integrations-count"]');
      const before = status?.textContent;
      const started = performance.now();
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () =>
          status?.textContent !== before ? resolve() : requestAnimationFrame(check);
        requestAnimationFrame(check);
        setTimeout(resolve, 2000);
      });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    }, query);
    latencies.push(latency);
  }
  await search.fill('');

  // 3. Heap after 50 open/close cycles of the details dialog.
  const heap = async () =>
    page.evaluate(async () => {
      globalThis.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return performance.memory.usedJSHeapSize;
    });
  const firstCard = page.getByRole('button', { name: /^Open / }).first();
  await firstCard.click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  const heapBefore = await heap();
  for (let cycle = 0; cycle < 50; cycle++) {
    await firstCard.click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }
  const heapAfter = await heap();
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const ms = (value) => `${value.toFixed(0)} ms`;

  console.log(`| measure (1,000 connectors, Chromium ${browser.version()}, 2 cores) | result |`);
  console.log('| --- | --- |');
  console.log(
    `| page load → 1,000 cards painted (median of 5) | ${ms(percentile(loads, 50))} (min ${ms(Math.min(...loads))}, max ${ms(Math.max(...loads))}) |`,
  );
  console.log(`| search keystroke → updated grid, median | ${ms(percentile(latencies, 50))} |`);
  console.log(
    `| search keystroke → updated grid, 95th percentile | ${ms(percentile(latencies, 95))} |`,
  );
  console.log(
    `| API requests on page load (StrictMode) | ${apiRequests.length}: ${[...new Set(apiRequests)].map((r) => `${r} ×${apiRequests.filter((x) => x === r).length}`).join(', ')} |`,
  );
  console.log(
    `| JS heap before / after 50 dialog open-close cycles | ${mb(heapBefore)} / ${mb(heapAfter)} |`,
  );
} finally {
  await browser.close();
  await server.close();
}
