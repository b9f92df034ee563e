import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';

/**
 * Debian's Chromium, headless, through playwright-core (which downloads no browser).
 * .ci/run installs the chromium package when /usr/bin/chromium is missing.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const SCREENSHOTS = path.resolve(__dirname, '../../../test-results/screenshots');

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/** A fresh context that reaches only this machine: teams-js's look-up of valid hosts on a CDN is refused at once. */
export async function localContext(browser: Browser, viewport = { width: 1100, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort('blockedbyclient');
  });
  return context;
}

/** Keeps a picture of what the user saw, under test-results/screenshots (not committed): the whole page, or what is on screen. */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** The tab's frame inside the test host page, once its document has loaded. */
export async function tabFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe#tab');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('the host page has no tab frame');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page or frame against WCAG 2.1 A and AA; returns the serious and critical violations. */
export async function seriousA11yViolations(target: Page | Frame): Promise<{ rule: string; help: string; where: string[] }[]> {
  await target.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, where: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Tabs through the page and names each element that takes focus, until focus comes round again or stops. */
export async function tabOrder(page: Page, target: Page | Frame, steps: number): Promise<string[]> {
  const order: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const name = await target.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') || el.textContent || '').trim()}`;
    });
    if (!name || order.includes(name)) break;
    order.push(name);
  }
  return order;
}

/**
 * One Chromium for the test file and a local-only page, fresh for each test or one for all:
 * registers the jest hooks and hands out the current page.
 */
export function chromiumPages(fresh: 'for each test' | 'for all tests'): { readonly page: Page } {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let current: Page | undefined;
  const open = async (): Promise<void> => {
    context = await localContext(browser);
    current = await context.newPage();
    current.setDefaultTimeout(10000);
  };
  beforeAll(async () => {
    browser = await launchChromium();
    if (fresh === 'for all tests') await open();
  });
  afterAll(() => browser?.close());
  if (fresh === 'for each test') {
    beforeEach(open);
    afterEach(() => context?.close());
  }
  return {
    get page(): Page {
      if (!current) throw new Error('no page: the browser has not started');
      return current;
    },
  };
}
