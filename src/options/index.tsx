/** Options entry: applies the stylesheet and mounts the page. */
import { render } from "preact";
import css from "./options.css";
import { browserOptionsApi } from "./api";
import { App } from "./App";

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);
render(<App api={browserOptionsApi()} />, document.getElementById("app")!);
