/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The weekly report as a team lead opens it: report.html in a real browser, on a desktop and on a phone.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/effects/report-html.ts';
import { twelveWeekReport } from '../helpers/wip-fixtures.ts';
import { hasChromium, launchChromium } from './chromium.ts';

const OUT = join(import.meta.dirname, '../../test-output/wip-report');
const DOCS_SHOT = join(import.meta.dirname, '../../docs/images/wip-report-phone.png');
const SECTIONS = [
  'Headline',
  'Trends over 12 weeks',
  'Open pull requests',
  'WIP per author',
  'Duplicate work',
  'Merged',
  'Sprint goals',
  'Draft PRs first',
  'Review comments about syntax',
];

interface Visit {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

describe.skipIf(!hasChromium)('report.html in headless Chromium', () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    file = join(OUT, 'report.html');
    writeFileSync(file, renderReportHtml(twelveWeekReport()));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function visit(width: number, height: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    const v: Visit = { page, consoleErrors: [], requests: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') v.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => v.consoleErrors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== pathToFileURL(file).href) v.requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return v;
  }

  /** The smallest chart text as drawn on screen, in CSS pixels (font size times the SVG's scale). */
  const smallestChartText = (page: Page): Promise<number> =>
    page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('svg.chart')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        }),
      ),
    );

  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 390, 844],
  ] as const) {
    it(`${name} ${width}×${height}: every section, no console errors, no requests, no sideways page, chart text ≥ 11 px`, async () => {
      const { page, consoleErrors, requests } = await visit(width, height);
      const headings = await page.locator('h2').allTextContents();
      for (const s of SECTIONS) expect(headings.some((h) => h.startsWith(s))).toBe(true);
      expect(await page.locator('.card').count()).toBe(14);
      expect(await page.locator('svg.chart polyline.line').count()).toBeGreaterThanOrEqual(8);
      expect(consoleErrors).toEqual([]);
      expect(requests).toEqual([]);
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
      expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
      await page.screenshot({ path: join(OUT, `report-${width}.png`), fullPage: true });
      await page.close();
    });
  }

  it('phone: the open-PR table scrolls inside its own box, and every legend names its colours', async () => {
    const { page } = await visit(390, 844);
    const box = await page
      .locator('.scroll', { has: page.locator('th', { hasText: 'Pull request' }) })
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).overflowX }));
    expect(box.scroll).toBeGreaterThan(box.client);
    expect(box.overflow).toBe('auto');
    const flagged = await page.locator('rect.bar.flag').count();
    expect(flagged).toBeGreaterThan(0);
    expect(await page.locator('figcaption.legend .swatch.flag').count()).toBeGreaterThan(0);
    expect(await page.locator('.legend .swatch.better').count()).toBe(1);
    await page.screenshot({ path: join(OUT, 'report-390-top.png') });
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(join(DOCS_SHOT, '..'), { recursive: true });
      copyFileSync(join(OUT, 'report-390-top.png'), DOCS_SHOT);
    }
    await page.close();
  });

  it('dark mode and print have their own colours', async () => {
    const dark = await visit(390, 844, 'dark');
    const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
    await dark.page.screenshot({ path: join(OUT, 'report-390-dark.png') });
    await dark.page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const print = await dark.page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      scroll: getComputedStyle(document.querySelector('.scroll')!).overflowX,
    }));
    expect(print).toEqual({ bg: 'rgb(255, 255, 255)', scroll: 'visible' });
    await dark.page.close();
  });
});
