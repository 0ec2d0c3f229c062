/** Types of browsers.mjs (real browsers with Gloss installed), for the TypeScript tests. */
import type { Browser, ElementHandle, Page } from "puppeteer-core";

export type BrowserKind = "chromium" | "firefox";

export const root: string;
export const BROWSERS: Record<BrowserKind, { executable: string; apt: string }>;
export const FIREFOX_EXTENSION_UUID: string;

export function browserAvailability(kind: BrowserKind): { ok: boolean; executable: string; message: string };

export interface StaticServer {
  origin: string;
  /** Paths requested so far. */
  requests: string[];
  url(path: string): string;
  close(): Promise<void>;
}
export function serveStatic(dir?: string): Promise<StaticServer>;

/** A page opened through the session: its uncaught errors are collected here. */
export type GlossPage = Page & { glossErrors: string[] };

export interface RecordedRequest {
  url: string;
  /** The page (or "background") the request came from. */
  page: string;
}

export interface GlossSession {
  kind: BrowserKind;
  browser: Browser;
  extensionId: string;
  extensionBase: string;
  requests: RecordedRequest[];
  newPage(): Promise<GlossPage>;
  waitForGloss(page: Page, timeout?: number): Promise<string | null>;
  openExtensionPage(path: string): Promise<GlossPage>;
  sendToTab(pageUrl: string, message: unknown): Promise<unknown>;
  extensionPage(): Promise<GlossPage>;
  close(): Promise<void>;
}

export function launchWithGloss(kind: BrowserKind, opts?: { extension?: boolean; headless?: boolean; dist?: string; reducedMotion?: boolean }): Promise<GlossSession>;

/**
 * The shadow root (open or closed) of the first element matching `hostSelector` in the page's top
 * document, as a handle in the page's main world; null without such an element or root.
 */
export function shadowRootOf(page: Page, hostSelector: string): Promise<ElementHandle<ShadowRoot> | null>;
