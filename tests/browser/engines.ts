/**
 * The story in the other engines readers use: Firefox (Debian's firefox-esr, driven by puppeteer-core over
 * WebDriver BiDi, headless) and WebKit, the engine of Safari (WebKitGTK's MiniBrowser, driven by
 * WebKitWebDriver through selenium-webdriver, under an Xvfb started here on a free display).
 *
 * Both sit behind one small interface (`Engine`), so that engines.test.ts asserts the same things in each.
 * Pages come through a proxy of the built site on its own origin (`startSiteProxy`), which also serves the
 * test's host pages and puts an error recorder at the top of every HTML page: WebDriver classic has no
 * console or error events, so each page records its own errors before any of its scripts run, and the test
 * reads them back. The proxy also notes every response that is not a success (a missing file is an error).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, Capabilities, Key, type WebDriver } from 'selenium-webdriver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

const VIEWPORT = { width: 1280, height: 900 };

function requireBinary(path: string, what: string): void {
  if (!existsSync(path))
    throw new Error(`${path} (${what}) is missing: run \`scripts/test.sh\`, the README's test command, which installs it with apt-get`);
}

// ---------------------------------------------------------------------------------------------------------
// The proxy: the built site on an origin of its own, with host pages and an error recorder in every page.

/** Runs first in every HTML page: records uncaught errors, failed resources, rejections and console.error. */
const RECORDER = `<script>(function () {
  var log = (window.__engineErrors = []);
  // WebKit's error.stack lacks the message: write both.
  var describe = function (e) { return e && e.stack ? String(e) + '\\n' + e.stack : String(e); };
  try { performance.setResourceTimingBufferSize(100000); } catch (e) {}
  addEventListener('error', function (event) {
    var target = event.target;
    // Firefox fires "error" on a <link rel=modulepreload> of a module that a <script type=module> has already
    // loaded (Vite's preload helper adds such links): the module is there and runs, the reader loses nothing.
    if (target && target.rel === 'modulepreload' && [].some.call(document.querySelectorAll('script[type="module"][src]'), function (s) { return s.src === target.href; })) return;
    if (target && target !== window && (target.src || target.href))
      log.push('failed to load <' + target.tagName.toLowerCase() + (target.rel ? ' rel=' + target.rel : '') + '> ' + (target.src || target.href));
    else log.push('uncaught ' + (event.error ? describe(event.error) : event.message));
  }, true);
  addEventListener('unhandledrejection', function (event) {
    log.push('unhandled rejection: ' + describe(event.reason));
  });
  var error = console.error;
  console.error = function () {
    log.push('console.error: ' + Array.prototype.map.call(arguments, describe).join(' '));
    return error.apply(this, arguments);
  };
})();</script>`;

function withRecorder(html: string): string {
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) return RECORDER + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + RECORDER + html.slice(at);
}

export interface SiteProxy {
  origin: string;
  /** Responses that were not a success (status ≥ 400, or the upstream failing), since the last take. */
  takeFailures(): string[];
  close(): Promise<void>;
}

/** Serves `upstream` (the built site) on a new origin, plus `pages` (path → HTML) of its own. */
export async function startSiteProxy(upstream: string, pages: Record<string, string> = {}): Promise<SiteProxy> {
  let failures: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const own = pages[new URL(path, 'http://x').pathname];
    if (own !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(withRecorder(own));
      return;
    }
    const headers: IncomingHttpHeaders = { ...req.headers };
    // Plain bodies, so that HTML can be rewritten; the host is the upstream's.
    delete headers['accept-encoding'];
    delete headers.host;
    const forward = request(upstream + path, { method: req.method, headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      if (status >= 400) failures.push(`${status} ${path}`);
      const type = String(answer.headers['content-type'] ?? '');
      if (!type.startsWith('text/html')) {
        res.writeHead(status, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = withRecorder(Buffer.concat(chunks).toString('utf8'));
        const { 'content-length': _length, ...rest } = answer.headers;
        res.writeHead(status, rest).end(body);
      });
    });
    forward.on('error', (error) => {
      failures.push(`proxy: ${path}: ${error.message}`);
      res.writeHead(502).end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    takeFailures() {
      const taken = failures;
      failures = [];
      return taken;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// One interface over both drivers.

export type EngineKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Enter' | 'Space';

export interface Engine {
  name: string;
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page (no closure: it is sent as text) and returns its JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Presses a key in the focused element, as a reader's keyboard would. */
  press(key: EngineKey): Promise<void>;
  /**
   * Every problem since the last call: the pages' errors (recorded in the page, and the driver's own events
   * where it has them), requests outside `origin`, and failed responses. Clears them.
   */
  takeProblems(): Promise<string[]>;
  close(): Promise<void>;
}

/** In the page: what each document (the page and its same-origin frames) has recorded, and what it requested outside `origin`. */
function readPageRecords(origin: string): { errors: string[]; outside: string[] } {
  const errors: string[] = [];
  const outside: string[] = [];
  const visit = (win: Window) => {
    let doc: Document;
    try {
      doc = win.document;
    } catch {
      errors.push('a frame from another origin');
      return;
    }
    const href = win.location.href;
    if (href === 'about:blank' || href.startsWith('about:srcdoc')) return;
    const log = (win as unknown as { __engineErrors?: string[] }).__engineErrors;
    if (!log) errors.push(`no error recorder in ${href} (${doc.readyState})`);
    else errors.push(...log.splice(0).map((e) => `${href}: ${e}`));
    const entries = [...win.performance.getEntriesByType('navigation'), ...win.performance.getEntriesByType('resource')];
    for (const entry of entries) {
      if (entry.name.startsWith('data:') || entry.name.startsWith('blob:')) continue;
      if (new URL(entry.name).origin !== origin) outside.push(entry.name);
    }
    win.performance.clearResourceTimings();
    for (let i = 0; i < win.frames.length; i++) visit(win.frames[i]);
  };
  visit(window);
  return { errors, outside };
}

/** Both drivers: the problems that survive navigation are collected before each new page. */
abstract class BaseEngine implements Engine {
  abstract name: string;
  protected problems: string[] = [];
  constructor(protected proxy: SiteProxy) {}
  protected abstract navigate(url: string): Promise<void>;
  abstract evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  abstract press(key: EngineKey): Promise<void>;
  abstract close(): Promise<void>;

  private async collect(): Promise<void> {
    const href = await this.evaluate(() => location.href).catch(() => 'about:blank');
    if (href === 'about:blank') return;
    const { errors, outside } = await this.evaluate(readPageRecords, this.proxy.origin);
    this.problems.push(...errors, ...outside.map((url) => `request outside ${this.proxy.origin}: ${url}`));
  }

  async goto(url: string): Promise<void> {
    await this.collect();
    await this.navigate(url);
  }

  async takeProblems(): Promise<string[]> {
    await this.collect();
    const taken = [...new Set([...this.problems, ...this.proxy.takeFailures()])];
    this.problems = [];
    return taken;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Firefox: puppeteer-core over WebDriver BiDi.

class FirefoxEngine extends BaseEngine {
  name = 'Firefox';
  constructor(
    proxy: SiteProxy,
    private browser: Browser,
    private page: Page,
  ) {
    super(proxy);
    page.on('pageerror', (error) => this.problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== proxy.origin) this.problems.push(`request outside ${proxy.origin}: ${url}`);
    });
  }
  protected async navigate(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as (...a: unknown[]) => R, ...args) as Promise<Awaited<R>>;
  }
  async press(key: EngineKey): Promise<void> {
    await this.page.keyboard.press(key);
  }
  async close(): Promise<void> {
    await this.browser.close();
  }
}

export async function startFirefox(proxy: SiteProxy): Promise<Engine> {
  requireBinary(FIREFOX_PATH, 'Firefox ESR');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: VIEWPORT,
    // No update checks, telemetry or other background traffic in the test profile.
    extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false },
  });
  try {
    const [page] = await browser.pages();
    return new FirefoxEngine(proxy, browser, page ?? (await browser.newPage()));
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------
// WebKit: WebKitWebDriver + MiniBrowser under Xvfb, through selenium-webdriver.

const KEYS: Record<EngineKey, string> = {
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
  Enter: Key.ENTER,
  Space: Key.SPACE,
};

/** Starts a process and keeps the end of its stderr for error messages; it is killed if the test process exits. */
function start(path: string, args: string[], env: NodeJS.ProcessEnv = process.env, extraFd = false) {
  const child = spawn(path, args, { env, stdio: ['ignore', 'ignore', 'pipe', ...(extraFd ? (['pipe'] as const) : [])] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill('SIGTERM');
  process.once('exit', kill);
  return {
    child,
    stderr: () => stderr,
    stop: async () => {
      process.off('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createNetServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => ok(port));
    });
  });
}

/** Xvfb on the first free display: it writes the display's number to fd 3 once it accepts clients. */
async function startXvfb() {
  const xvfb = start(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], process.env, true);
  const stream = xvfb.child.stdio[3] as NodeJS.ReadableStream;
  const display = await new Promise<string>((ok, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb did not start in 10 s: ${xvfb.stderr()}`)), 10_000);
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        ok(`:${text.trim()}`);
      }
    });
    xvfb.child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Xvfb exited (${code}): ${xvfb.stderr()}`));
    });
  });
  return { ...xvfb, display };
}

class WebKitEngine extends BaseEngine {
  name = 'WebKit';
  constructor(
    proxy: SiteProxy,
    private driver: WebDriver,
    private stopAll: () => Promise<void>,
  ) {
    super(proxy);
  }
  protected async navigate(url: string): Promise<void> {
    await this.driver.get(url);
  }
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    // The WebDriver spec awaits a returned promise, so async functions work too.
    return this.driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args) as Promise<Awaited<R>>;
  }
  async press(key: EngineKey): Promise<void> {
    await this.driver.actions({ async: true }).sendKeys(KEYS[key]).perform();
  }
  async close(): Promise<void> {
    await this.stopAll();
  }
}

export async function startWebKit(proxy: SiteProxy): Promise<Engine> {
  requireBinary(WEBKIT_DRIVER_PATH, 'WebKitWebDriver, Debian package webkit2gtk-driver');
  requireBinary(MINIBROWSER_PATH, 'WebKitGTK MiniBrowser, Debian package webkit2gtk-driver');
  requireBinary(XVFB_PATH, 'Xvfb, Debian package xvfb');
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {});
  };
  try {
    const xvfb = await startXvfb();
    stops.push(xvfb.stop);
    const port = await freePort();
    const webdriver = start(WEBKIT_DRIVER_PATH, [`--port=${port}`], { ...process.env, DISPLAY: xvfb.display });
    stops.push(webdriver.stop);
    const server = `http://127.0.0.1:${port}`;
    for (const started = Date.now(); ; ) {
      const ready = await fetch(`${server}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (webdriver.child.exitCode !== null || Date.now() - started > 10_000)
        throw new Error(`WebKitWebDriver did not start on port ${port}: ${webdriver.stderr()}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const capabilities = new Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    });
    const driver = await new Builder().usingServer(server).withCapabilities(capabilities).build();
    stops.push(() => driver.quit());
    await driver.manage().window().setRect(VIEWPORT);
    return new WebKitEngine(proxy, driver, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}
