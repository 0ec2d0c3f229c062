/**
 * No network, seen from outside the browser, in Chromium and Firefox: the browser is started with
 * every HTTP(S) request sent to a recording proxy (so requests from ANY context are seen: Gloss's
 * background, popup, options page and content script alike, which in-browser listeners cannot all
 * see, e.g. Firefox's background page). The same steps run in a browser without Gloss; any host
 * reached only with Gloss installed would be Gloss's doing. The local fixture server is on the
 * loopback address, which both browsers reach directly, so only requests leaving the machine count.
 * Run `node build.mjs` first (`npm test` does).
 */
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailability, FIREFOX_EXTENSION_UUID, root, serveStatic, type BrowserKind, type StaticServer,
} from "../../scripts/lib/browsers.mjs";
import { readFileSync } from "node:fs";
import { until } from "./popup-harness";
import type { Browser, Page } from "puppeteer-core";

/** A proxy that answers every request with 502 and notes the host it was for. */
async function recordingProxy(): Promise<{ port: number; hosts: string[]; server: Server }> {
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    try {
      hosts.push(new URL(req.url ?? "").host || String(req.headers.host));
    } catch {
      hosts.push(String(req.headers.host));
    }
    res.writeHead(502).end();
  });
  server.on("connect", (req, socket) => {
    hosts.push(String(req.url));
    socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", () => ok()));
  const address = server.address();
  return { port: typeof address === "object" && address ? address.port : 0, hosts, server };
}

async function launch(kind: BrowserKind, proxyPort: number, withGloss: boolean): Promise<{ browser: Browser; base: string }> {
  const { default: puppeteer } = await import("puppeteer-core");
  const dist = join(root, "dist", kind === "chromium" ? "chrome" : "firefox");
  if (kind === "chromium") {
    const browser = await puppeteer.launch({
      executablePath: browserAvailability(kind).executable, headless: true, pipe: true, enableExtensions: withGloss,
      // The browser's own background traffic is turned off where a switch exists, so the comparison is not noisy.
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", `--proxy-server=http://127.0.0.1:${proxyPort}`],
    });
    const id = withGloss ? await browser.installExtension(dist) : "";
    return { browser, base: `chrome-extension://${id}/` };
  }
  const geckoId = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: "firefox", executablePath: browserAvailability(kind).executable, headless: true, args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "browser.shell.checkDefaultBrowser": false,
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": proxyPort,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": proxyPort,
      "network.proxy.share_proxy_settings": true,
      "network.proxy.no_proxies_on": "127.0.0.1",
    },
  });
  if (withGloss) await browser.installExtension(dist);
  return { browser, base: `moz-extension://${FIREFOX_EXTENSION_UUID}/` };
}

async function openExtensionPage(kind: BrowserKind, browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  if (kind === "firefox") page.goto(url).catch(() => {});
  else await page.goto(url);
  // Polled with retried evaluations: Firefox's WebDriver BiDi can fail one that races the navigation.
  await until(page, `location.href === ${JSON.stringify(url)} && document.readyState === "complete" && !!document.querySelector("main, #app *")`, 20_000);
  return page;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const kind of ["chromium", "firefox"] as BrowserKind[]) {
  const availability = browserAvailability(kind);
  const ci = process.env.CI === "true";
  const suite = availability.ok || ci ? describe : describe.skip;

  suite(`no request leaves the machine from any of Gloss's contexts in ${kind}`, () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic();
    });
    afterAll(async () => {
      await server?.close();
    });

    /** Runs the steps a reader takes and returns the outside hosts the browser asked the proxy for. */
    async function run(withGloss: boolean): Promise<string[]> {
      const proxy = await recordingProxy();
      const { browser, base } = await launch(kind, proxy.port, withGloss);
      try {
        const page = await browser.newPage();
        await page.goto(server.url("seeds/article.html"));
        await until(page, `document.readyState === "complete"`, 20_000);
        // Control: a request the page itself makes must reach the proxy in both runs (the proxy sees traffic).
        await page.evaluate(() => fetch("http://control.example/").catch(() => null));
        if (withGloss) {
          await until(page, `document.documentElement.getAttribute("data-gloss") === "ready"`, 20_000);
          await page.mouse.move(400, 400);
          // The popup (as a tab), the options page, and a lookup from the popup, as a reader would use them.
          const popup = await openExtensionPage(kind, browser, `${base}popup.html`);
          const options = await openExtensionPage(kind, browser, `${base}options.html`);
          const lookup = await openExtensionPage(kind, browser, `${base}popup.html?lookup=Angela%20Merkel`);
          await pause(1500);
          for (const p of [popup, options, lookup]) await p.close().catch(() => {});
        } else {
          await pause(1500);
        }
        await pause(1000);
      } finally {
        await browser.close().catch(() => {});
        await new Promise((ok) => proxy.server.close(() => ok(undefined)));
      }
      return [...new Set(proxy.hosts)].sort();
    }

    it("reaches no outside host that a browser without Gloss does not reach", async () => {
      const without = await run(false);
      const withGloss = await run(true);
      console.info(`[network] ${kind}: hosts without Gloss ${JSON.stringify(without)}; with Gloss ${JSON.stringify(withGloss)}`);
      expect(without).toContain("control.example");
      expect(withGloss).toContain("control.example");
      expect(withGloss.filter((h) => !without.includes(h))).toEqual([]);
    }, 120_000);
  });
}
