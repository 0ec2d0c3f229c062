/** Popup entry: picks the tab (see tab.ts) or lookup mode, applies the stylesheet, mounts the app. */
import { render } from "preact";
import css from "./popup.css";
import { browserPopupApi } from "./api";
import { App } from "./App";
import { resolveTabId } from "./tab";

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

const params = new URLSearchParams(location.search);
const lookup = params.get("lookup") ?? undefined;
const root = document.getElementById("app")!;

void (lookup !== undefined ? Promise.resolve(undefined) : resolveTabId(location.search)).then((tabId) => {
  render(<App api={browserPopupApi} tabId={tabId} lookup={lookup} />, root);
  document.documentElement.dataset.ready = "true";
});
