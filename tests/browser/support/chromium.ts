import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (playwright's own browser download does not work on these machines). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network: no background calls, no sandbox as root, no GPU. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a request stays on this machine (loopback, or a data:/blob: URL that is no request at all). */
export const isLoopback = (address: string): boolean => {
  const url = new URL(address);
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:')
    return true;
  return LOOPBACK_HOSTS.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
};

/** Every request the pages tried to send outside loopback since the last `takeOutboundRequests()`. */
const outbound: string[] = [];

/** The outbound requests recorded so far (method and URL), and a fresh record for what follows. */
export const takeOutboundRequests = (): string[] => outbound.splice(0, outbound.length);

/** Records and aborts every request of `context` that would leave loopback (the closed network the app runs on). */
const blockOutbound = async (context: BrowserContext) => {
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isLoopback(request.url())) return route.continue();
    outbound.push(`${request.method()} ${request.url()}`);
    return route.abort('blockedbyclient');
  });
};

/**
 * Chromium whose every context (and `browser.newPage()`) records and blocks requests outside loopback;
 * tests/browser/support/no-outbound.ts fails each test that sent one.
 */
export const launchChromium = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-zenhei`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await blockOutbound(context);
    return context;
  };
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => void context.close());
    return page;
  };
  return browser;
};
