/**
 * Headless Chromium from Debian (/usr/bin/chromium) driven by playwright-core.
 * Every request that does not go to 127.0.0.1/localhost is aborted and
 * recorded, so a test can assert that a page needs no outside network.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface OfflinePage {
  browser: Browser;
  page: Page;
  /** URLs the page tried to reach outside loopback. */
  blocked: string[];
  close(): Promise<void>;
}

export async function openOffline(): Promise<OfflinePage> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      ['127.0.0.1', 'localhost'].includes(url.hostname)
    ) {
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { browser, page, blocked, close: () => browser.close() };
}
