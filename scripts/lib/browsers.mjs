/**
 * Real browsers with Gloss installed, for the end-to-end tests, `npm start` and the benchmark.
 * One driver for both browsers: puppeteer-core 24 (it downloads nothing), following
 * docs in ../shared/E2E.md: Debian's /usr/bin/chromium and /usr/bin/firefox-esr.
 *
 *   import { launchWithGloss, serveStatic, browserAvailability, shadowRootOf } from "./scripts/lib/browsers.mjs";
 *   const server = await serveStatic(rootDir);              // http://127.0.0.1:PORT/...
 *   const gloss = await launchWithGloss("chromium");         // or "firefox"; { extension: false } for a bare browser
 *   const page = await gloss.newPage();                      // records page errors in page.glossErrors
 *   await page.goto(server.url("seeds/article.html"));
 *   await gloss.waitForGloss(page);                          // "ready" | "not-article" | ...
 *   const popup = await gloss.openExtensionPage("popup.html");
 *   await gloss.sendToTab(server.url("seeds/article.html"), { type: "bg/refresh" });
 *   const root = await shadowRootOf(page, "gloss-card");     // the card's closed shadow root, for tests
 *   gloss.requests                                           // every request the browser made
 *   await gloss.close(); await server.close();
 *
 * Plain ESM (no TypeScript) so that node scripts and vitest can both import it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where Debian puts the browsers, and the apt packages that provide them. */
export const BROWSERS = {
  chromium: { executable: "/usr/bin/chromium", apt: "chromium fonts-dejavu-core" },
  firefox: { executable: "/usr/bin/firefox-esr", apt: "firefox-esr fonts-dejavu-core" },
};

/**
 * A fixed UUID for Gloss in Firefox, so its pages have a known address
 * (moz-extension://UUID/popup.html); Firefox otherwise picks a random one per profile.
 */
export const FIREFOX_EXTENSION_UUID = "6f1e5c2a-9b7d-4c3e-8a41-2d5f0b9c7e13";

const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-default-apps", "--mute-audio", "--window-size=1280,900",
];

/**
 * Whether a browser can run here. `message` names the apt packages to install when it cannot.
 * @param {"chromium" | "firefox"} kind
 */
export function browserAvailability(kind) {
  const b = BROWSERS[kind];
  const ok = existsSync(b.executable);
  return {
    ok,
    executable: b.executable,
    message: ok ? "" : `${kind} not found at ${b.executable}: install it with \`apt-get install -y --no-install-recommends ${b.apt}\``,
  };
}

const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
  ".txt": "text/plain; charset=utf-8", ".jpg": "image/jpeg", ".ico": "image/x-icon",
};

/**
 * A tiny static file server on 127.0.0.1 (random free port) for fixture pages. Paths outside
 * `dir` are refused; a folder serves its index.html or source.html.
 * @param {string} [dir] folder to serve (default: the repository root)
 */
export async function serveStatic(dir = root) {
  const base = resolve(dir);
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) {
        file = ["index.html", "source.html"].map((f) => join(file, f)).find((f) => existsSync(f)) ?? "";
      }
      if (!file || !existsSync(file)) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(400).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    origin,
    requests,
    /** @param {string} path path relative to the served folder */
    url: (path) => `${origin}/${path.replace(/^\/+/, "")}`,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok(undefined));
    }),
  };
}

/** One CDP session per Chromium page for `shadowRootOf`'s DOM look-ups (a page's own is internal to puppeteer). */
const domSessions = new WeakMap();

/**
 * The shadow root of the first element matching `hostSelector` in `page`'s top document, as an
 * element handle in the page's main world, even when the root is closed (Gloss's card is); null
 * when there is no such element or it has no shadow root. Only the browser's driver can do this:
 * the page's own script gets `shadowRoot === null` for a closed root.
 *
 * - Chromium (CDP): the DOM domain lists closed roots (`DOM.describeNode` with `pierce`), and
 *   puppeteer turns the root's backend node id into a handle in the main world.
 * - Firefox (WebDriver BiDi): `script.callFunction` with `includeShadowTree: "all"` serializes a
 *   host with its shadow root, closed or not, and that root's `sharedId` is a reference the
 *   protocol takes back as an argument, which puppeteer wraps as a handle.
 *
 * Both steps use puppeteer-core 24 internals (`mainRealm().adoptBackendNode`, `realms.default`),
 * checked here so that a puppeteer upgrade that moves them fails with a clear message.
 * @param {import("puppeteer-core").Page} page
 * @param {string} hostSelector
 * @returns {Promise<import("puppeteer-core").ElementHandle<ShadowRoot> | null>}
 */
export async function shadowRootOf(page, hostSelector) {
  const frame = /** @type {any} */ (page.mainFrame());
  if (page.browser().protocol === "cdp") {
    let cdp = domSessions.get(page);
    if (!cdp) {
      cdp = await page.createCDPSession();
      domSessions.set(page, cdp);
    }
    // DOM.querySelector runs natively, so a page that replaced document.querySelector cannot steer it.
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: hostSelector });
    if (!nodeId) return null;
    const { node } = await cdp.send("DOM.describeNode", { nodeId, depth: 0, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const realm = frame.mainRealm?.();
    if (typeof realm?.adoptBackendNode !== "function") throw new Error("shadowRootOf: puppeteer-core no longer has Frame.mainRealm().adoptBackendNode");
    return realm.adoptBackendNode(shadow.backendNodeId);
  }
  const realm = frame.realms?.default;
  if (typeof realm?.realm?.callFunction !== "function" || typeof realm.createHandle !== "function") {
    throw new Error("shadowRootOf: puppeteer-core no longer has the BiDi frame realm (Frame.realms.default)");
  }
  const reply = await realm.realm.callFunction("(selector) => document.querySelector(selector)", false, {
    arguments: [{ type: "string", value: hostSelector }],
    resultOwnership: "none",
    serializationOptions: { includeShadowTree: "all", maxDomDepth: 0 },
  });
  if (reply.type === "exception") throw new Error(`shadowRootOf: ${reply.exceptionDetails?.text ?? "the look-up threw"}`);
  const shadow = reply.result?.type === "node" ? reply.result.value?.shadowRoot : null;
  if (!shadow?.sharedId) return null;
  return realm.createHandle(shadow);
}

/**
 * Polls `predicate` in `page` until it holds. Unlike `page.waitForFunction`, an evaluation that
 * fails because the page is between documents (Firefox's BiDi answers "right-hand side of 'in'
 * should be an object, got null" while about:blank gives way to a moz-extension:// page) is
 * retried instead of ending the wait: that race failed a CI run.
 * @param {import("puppeteer-core").Page} page
 * @param {() => boolean} predicate
 * @param {number} timeout
 */
async function waitThroughNavigation(page, predicate, timeout) {
  const deadline = Date.now() + timeout;
  let lastError;
  while (Date.now() < deadline) {
    if (page.isClosed()) throw new Error("page closed while waiting for it");
    // An evaluation that never settles while documents swap must not outlast the deadline.
    let timer;
    const expired = new Promise((resolve) => { timer = setTimeout(() => resolve("expired"), Math.max(0, deadline - Date.now())); });
    try {
      const answer = await Promise.race([page.evaluate(predicate), expired]);
      if (answer === true) return;
    } catch (err) {
      lastError = err;
    } finally {
      clearTimeout(timer);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`page did not reach the expected state in ${timeout} ms${lastError ? ` (last error: ${lastError.message})` : ""}`);
}

/**
 * Launches Chromium or Firefox headless, with the built extension from dist/<browser> installed
 * (run `node build.mjs` first), or a bare browser with `{ extension: false }`.
 * @param {"chromium" | "firefox"} kind
 * `reducedMotion` makes the browser report prefers-reduced-motion: reduce (for the whole session).
 * @param {{ extension?: boolean, headless?: boolean, dist?: string, reducedMotion?: boolean }} [opts]
 */
export async function launchWithGloss(kind, opts = {}) {
  const { default: puppeteer } = await import("puppeteer-core");
  const withExtension = opts.extension !== false;
  const avail = browserAvailability(kind);
  if (!avail.ok) throw new Error(avail.message);
  const headless = opts.headless ?? true;
  const dist = resolve(opts.dist ?? join(root, "dist", kind === "chromium" ? "chrome" : "firefox"));
  if (withExtension && !existsSync(join(dist, "manifest.json"))) throw new Error(`${dist}/manifest.json missing: run \`node build.mjs\` first`);

  /** @type {import("puppeteer-core").Browser} */
  let browser;
  let extensionBase = "";
  let extensionId = "";
  if (kind === "chromium") {
    browser = await puppeteer.launch({
      executablePath: avail.executable, headless, pipe: true, enableExtensions: withExtension,
      args: opts.reducedMotion ? [...CHROMIUM_ARGS, "--force-prefers-reduced-motion"] : CHROMIUM_ARGS,
      defaultViewport: { width: 1280, height: 900 },
    });
    if (withExtension) {
      extensionId = await browser.installExtension(dist);
      extensionBase = `chrome-extension://${extensionId}/`;
      await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(extensionBase), { timeout: 20_000 });
    }
  } else {
    const geckoId = withExtension ? JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")).browser_specific_settings?.gecko?.id : undefined;
    browser = await puppeteer.launch({
      browser: "firefox", executablePath: avail.executable, headless, args: ["--remote-allow-system-access", "--width=1280", "--height=900"],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        ...(geckoId ? { "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }) } : {}),
        // Quiet, offline profile: nothing but the pages under test talks to the network.
        "browser.shell.checkDefaultBrowser": false,
        "app.update.enabled": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        ...(opts.reducedMotion ? { "ui.prefersReducedMotion": 1 } : {}),
      },
    });
    if (withExtension) {
      extensionId = await browser.installExtension(dist);
      extensionBase = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    }
  }

  /** Every request the browser made from a page we opened: {url, context, frame}. */
  const requests = [];
  /** @param {import("puppeteer-core").Page} page */
  const watch = (page) => {
    page.glossErrors = [];
    page.on("pageerror", (err) => page.glossErrors.push(String(err?.message ?? err)));
    page.on("request", (req) => requests.push({ url: req.url(), page: page.url() }));
    return page;
  };
  if (kind === "chromium" && withExtension) {
    // Requests from the service worker: Gloss's background must never make any.
    try {
      const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(extensionBase), { timeout: 5_000 });
      const cdp = await target.createCDPSession();
      cdp.on("Network.requestWillBeSent", (e) => requests.push({ url: e.request.url, page: "background" }));
      await cdp.send("Network.enable");
    } catch {
      // Network recording of the worker is best effort; tests that need it assert on `requests`.
    }
  }

  const session = {
    kind,
    browser,
    extensionId,
    /** `chrome-extension://ID/` or `moz-extension://UUID/`; empty without the extension. */
    extensionBase,
    requests,
    /** A new tab whose page errors are collected in `page.glossErrors`. */
    async newPage() {
      return watch(await browser.newPage());
    },
    /**
     * Waits until the content script has finished on `page`: resolves with the value of
     * `<html data-gloss>` once it is no longer "working".
     * @param {import("puppeteer-core").Page} page
     */
    async waitForGloss(page, timeout = 20_000) {
      await page.waitForFunction(() => {
        const v = document.documentElement.getAttribute("data-gloss");
        return v !== null && v !== "working";
      }, { timeout, polling: 50 });
      return page.evaluate(() => document.documentElement.getAttribute("data-gloss"));
    },
    /**
     * Opens one of Gloss's own pages (e.g. "popup.html") in a tab. In Firefox the navigation to a
     * moz-extension:// page never resolves, so it is not awaited; we wait for the document instead.
     * @param {string} path
     */
    async openExtensionPage(path) {
      if (!extensionBase) throw new Error("no extension installed");
      const page = watch(await browser.newPage());
      const url = extensionBase + path;
      if (kind === "firefox") {
        page.goto(url).catch(() => {});
        await waitThroughNavigation(page, () => document.readyState === "complete" && location.protocol === "moz-extension:", 20_000);
      } else {
        await page.goto(url);
      }
      return page;
    },
    /**
     * Sends a runtime message to the content script of the tab showing `pageUrl`, from an
     * extension page (as the background would), and returns its reply.
     * @param {string} pageUrl
     * @param {unknown} message
     */
    async sendToTab(pageUrl, message) {
      const ext = await session.extensionPage();
      return ext.evaluate(async (u, m) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url === u);
        if (!tab?.id) throw new Error(`no tab shows ${u}`);
        return api.tabs.sendMessage(tab.id, m);
      }, pageUrl, message);
    },
    /** @type {import("puppeteer-core").Page | undefined} */
    _extPage: undefined,
    /** One extension page kept open for `sendToTab` (opened on first use). */
    async extensionPage() {
      if (!session._extPage || session._extPage.isClosed()) session._extPage = await session.openExtensionPage("popup.html");
      return session._extPage;
    },
    async close() {
      await browser.close().catch(() => {});
    },
  };
  return session;
}
