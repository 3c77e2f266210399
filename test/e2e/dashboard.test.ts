import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, launchChromium } from './browser.js';
import { storeArticles } from '../api/api-fixture.js';
import { makeDashboardDb } from './dashboard-db.js';
import { buildDashboard, startDashboard } from './dashboard-server.js';

const ARTIFACTS = join(import.meta.dirname, '../../test-artifacts');

if (!HAVE_CHROMIUM) {
  console.warn('test/e2e: /usr/bin/chromium is missing, browser tests skipped (apt-get install -y chromium; .ci/run does it)');
}

describe.skipIf(!HAVE_CHROMIUM)('dashboard in Chromium', () => {
  let dir: string;
  let file: string;
  let server: Awaited<ReturnType<typeof startDashboard>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    file = join(dir, 'dashboard.db');
    const dist = join(dir, 'dist');
    await Promise.all([buildDashboard(dist), makeDashboardDb(file)]);
    server = await startDashboard(file, dist);
    browser = await launchChromium();
    context = browser.context;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}${path}`);
    await page.locator('tbody tr').first().waitFor();
    return page;
  }

  it('loads the situation page, filters by actor, opens an event and shows its highlighted sentence', async () => {
    const page = await open('/');
    await page.locator('.timeline svg rect').first().waitFor();
    await page.locator('.network .node').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-overview.png') });

    await page.getByRole('combobox', { name: 'Actors' }).fill('PRK');
    await page.getByLabel('From', { exact: true }).fill('2023-09-01');
    await page.getByLabel('To', { exact: true }).fill('2023-09-30');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/actor=PRK&from=2023-09-01&to=2023-09-30/);
    const row = page.locator('tbody tr', { hasText: 'North Korean leader Kim Jong Un met Russian President' });
    await row.waitFor();
    const codes = await page.locator('tbody tr td:nth-child(2), tbody tr td:nth-child(4)').allTextContents();
    for (let i = 0; i < codes.length; i += 2) expect(`${codes[i]} ${codes[i + 1]}`).toContain('PRK');

    await row.click();
    await page.waitForURL(/event=\d+/);
    // The mention clicked comes first; the other reports of the same meeting follow it.
    const sentence = page.getByTestId('highlighted-sentence').first();
    await expect.poll(() => sentence.locator('mark[data-role="source"]').textContent()).toBe('North Korean leader Kim Jong Un');
    expect(await sentence.locator('mark[data-role="verb"]').textContent()).toBe('met');
    expect(await sentence.locator('mark[data-role="target"]').textContent()).toBe('Russian President Vladimir Putin');
    expect(await page.getByTestId('highlighted-sentence').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('reports').textContent()).toMatch(/^Reported in [2-9] mentions in 1 article from 1 source\./);
    const codesText = await page.locator('.codes').textContent();
    expect(codesText).toContain('CONSULT');
    expect(codesText).toContain('Verbal cooperation');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-event.png') });

    await page.getByRole('button', { name: 'Read the article' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('mark.span-sentence').textContent()).toContain('Kim Jong Un met Russian President Vladimir Putin');
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-article.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it('keeps the filters in the address, so a view can be shared', async () => {
    const page = await open('/?plover=ASSAULT&q=border');
    await expect.poll(() => page.getByLabel('Text').inputValue()).toBe('border');
    const types = await page.locator('tbody tr .type-tag').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['ASSAULT']));
    const sentences = await page.locator('tbody tr .sentence-cell').allTextContents();
    for (const text of sentences) expect(text.toLowerCase()).toContain('border');
    await page.close();
  });

  it('lists each merged event once when asked, and keeps that choice in the address', async () => {
    const filters = 'actor=PRK&from=2023-09-01&to=2023-09-30';
    const page = await open(`/?${filters}`);
    const meeting = page.locator('tbody tr', { hasText: /Kim .*Putin|two leaders/ });
    const reports = await meeting.count();
    expect(reports).toBeGreaterThan(1);
    await page.getByRole('combobox', { name: /^Reports/ }).selectOption('event');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/unit=event/);
    await expect.poll(() => meeting.count()).toBeLessThan(reports);
    const ids = await page.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });

  it('works from the keyboard: Enter opens the focused event, arrows move between rows', async () => {
    const page = await open('/');
    await page.locator('tbody tr').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/event=\d+/);
    const second = await page.locator('tbody tr').nth(1).getAttribute('data-event-id');
    expect(page.url()).toContain(`event=${second}`);
    await page.getByTestId('highlighted-sentence').waitFor();
    await page.close();
  });

  it('follows new events live (Server-Sent Events) and shows them on demand', async () => {
    const page = await open('/?actor=IRN');
    await page.getByLabel('Live').check();
    await page.waitForTimeout(300);
    await storeArticles(file, [{ id: 'live', published: '2024-06-03', text: 'Iran accused Israel of violating the ceasefire.' }]);
    const fresh = page.getByRole('button', { name: /1 new/ });
    await fresh.waitFor();
    await fresh.click();
    await page.locator('tbody tr', { hasText: 'Iran accused Israel of violating the ceasefire.' }).waitFor();
    await page.close();
  });

  it('renders hostile article text inertly, as the literal characters', async () => {
    const page = await open('/?q=Beijing');
    await page.locator('tbody tr', { hasText: 'Xi Jinping in Beijing' }).click();
    await page.getByRole('button', { name: 'Read the article' }).first().click();
    const text = page.getByTestId('article-text');
    await text.waitFor();
    const shown = await text.textContent();
    expect(shown).toContain('<script>window.__xss = 1</script>');
    expect(shown).toContain('<img src=x onerror="window.__xss = 2">');
    expect(await page.getByRole('dialog').locator('h2').textContent()).toBe('Leaders meet <b>in Beijing</b>');
    expect(await page.getByRole('dialog').locator('img, script, b').count()).toBe(0);
    expect(await page.getByRole('dialog').locator('a').count()).toBe(0); // the javascript: URL is not a link
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-hostile-article.png') });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
