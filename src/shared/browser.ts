/** The single import of the WebExtension polyfill: every context reaches `browser.*` through here. */
import browser from "webextension-polyfill";

export default browser;
export type { Browser, Runtime, Tabs } from "webextension-polyfill";
