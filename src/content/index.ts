/**
 * Content script entry (document_idle): bails out early where Gloss has nothing to do, runs one
 * Session per page view, answers the background's bg/* messages, and starts a new session after a
 * single-page app changes its address. No exception leaves this file.
 */
import browser from "../shared/browser";
import { MAX_PAGE_ELEMENTS, SPA_SETTLE_MS, type ContentSettings } from "../shared/constants";
import { isMessage, type Message, type Result } from "../shared/messages";
import { extensionAlive, send } from "./messaging";
import { Session, warnOnce } from "./session";

/**
 * One instance per frame: a global in the content script's own world (the page cannot see or forge
 * it, unlike an attribute). An instance left by an extension that was reloaded is stopped first.
 */
const INSTANCE = Symbol.for("gloss.content-script");

interface Instance {
  alive(): boolean;
  stop(): void;
}

type Holder = typeof globalThis & { [INSTANCE]?: Instance };

function pageIsEligible(doc: Document): string | true | false {
  if (!/^(https?|file):$/.test(doc.location?.protocol ?? "")) return false;
  // XML, SVG and other non-HTML documents: there is no article to read.
  if (!doc.documentElement || doc.documentElement.namespaceURI !== "http://www.w3.org/1999/xhtml" || !doc.body) return false;
  if (doc.getElementsByTagName("*").length > MAX_PAGE_ELEMENTS) {
    return `This page is too large to read without slowing it down (over ${MAX_PAGE_ELEMENTS.toLocaleString("en")} elements).`;
  }
  return true;
}

function main(): void {
  const holder = globalThis as Holder;
  const previous = holder[INSTANCE];
  if (previous?.alive()) return;
  try {
    previous?.stop();
  } catch {
    // The old instance's world is gone with its extension: nothing left to stop.
  }

  const eligible = pageIsEligible(document);
  if (eligible === false) return;
  if (typeof eligible === "string") {
    send({ type: "cs/status", status: { kind: "skipped", reason: eligible, code: "size" } }).catch(() => {});
    return;
  }

  let session: Session | undefined;
  let navTimer: ReturnType<typeof setTimeout> | undefined;

  const begin = (settings?: ContentSettings) => {
    const s = new Session(document);
    session = s;
    s.onNavigate = () => {
      // A single-page app showed a new view: start again once it has settled.
      s.stop();
      if (navTimer !== undefined) clearTimeout(navTimer);
      navTimer = setTimeout(() => {
        navTimer = undefined;
        if (session === s) begin();
      }, SPA_SETTLE_MS);
    };
    void s.start(settings);
  };

  const stopAll = () => {
    if (navTimer !== undefined) clearTimeout(navTimer);
    session?.stop();
  };

  holder[INSTANCE] = { alive: () => extensionAlive(), stop: stopAll };

  const handle = async (message: Message): Promise<unknown> => {
    switch (message.type) {
      case "bg/refresh": {
        // Settings, pause or corrections changed: redo from scratch (or stay off when paused).
        session?.stop();
        if (message.settings && !message.settings.enabled) {
          await send({ type: "cs/status", status: { kind: "paused" } }).catch(() => {});
          return null;
        }
        begin(message.settings);
        return null;
      }
      case "bg/reveal":
        return session?.isRunning() ? session.reveal(message.key, message.index) : false;
      case "bg/step":
        return session?.isRunning() ? session.step(message.direction) : false;
      default:
        throw new Error(`unexpected message ${message.type}`);
    }
  };

  browser.runtime.onMessage.addListener((raw: unknown): Promise<Result<unknown>> | undefined => {
    if (!isMessage(raw) || !raw.type.startsWith("bg/")) return undefined;
    return handle(raw).then(
      (value) => ({ ok: true as const, value }),
      (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
    );
  });

  // Back/forward between single-page views changes the address without a DOM change at first.
  window.addEventListener("popstate", () => session?.checkAddress(), { passive: true });

  begin();
}

try {
  main();
} catch (err) {
  warnOnce("start-up", err);
}
