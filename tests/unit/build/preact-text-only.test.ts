/**
 * The build's Preact has no HTML-parsing path: its one innerHTML assignment becomes a textContent
 * one, a Preact without exactly one such assignment fails the build, and Preact built this way
 * still renders, updates and escapes as before.
 */
import * as esbuild from "esbuild";
import { Window } from "happy-dom";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { preactTextOnlyPlugin, withoutHtmlParsing } from "../../../scripts/lib/preact-text-only.mjs";

const root = join(__dirname, "../../..");
const preactCore = createRequire(join(root, "package.json")).resolve("preact");

/** Preact bundled with the plugin, as an object with Preact's `h` and `render`. */
async function bundledPreact(): Promise<{ h: Function; render: Function }> {
  const result = await esbuild.build({
    stdin: { contents: 'export { h, render } from "preact";', resolveDir: root, loader: "js" },
    bundle: true, write: false, format: "iife", globalName: "bundled", plugins: [preactTextOnlyPlugin], logLevel: "silent",
  });
  return new Function(`${result.outputFiles[0]!.text}; return bundled;`)();
}

describe("withoutHtmlParsing", () => {
  it("turns Preact's one innerHTML assignment into a textContent one", () => {
    const source = readFileSync(preactCore, "utf8");
    expect(source).toMatch(/\.innerHTML=\w+\.__html/);
    const rewritten = withoutHtmlParsing(source);
    expect(rewritten).not.toMatch(/\.innerHTML\s*=[^=]/);
    expect(rewritten.match(/\.textContent=[\w$]+\.__html/g)).toHaveLength(1);
    expect(rewritten.length).toBe(source.length + "textContent".length - "innerHTML".length);
  });

  it("fails when Preact's code no longer has exactly one such assignment", () => {
    expect(() => withoutHtmlParsing("a.textContent=b.__html", "x.mjs")).toThrow(/found 0/);
    expect(() => withoutHtmlParsing("a.innerHTML=b.__html;c.innerHTML=d.__html")).toThrow(/found 2/);
  });
});

describe("Preact built with the plugin", () => {
  it("shows markup passed as dangerouslySetInnerHTML as text", async () => {
    const { h, render } = await bundledPreact();
    const document = new Window().document as unknown as Document;
    const el = document.createElement("div");
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    render(h("p", { dangerouslySetInnerHTML: { __html: hostile } }), el);
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("b")).toBeNull();
    expect(el.querySelector("p")!.textContent).toBe(hostile);
  });

  it("still renders, updates and escapes ordinary children", async () => {
    const { h, render } = await bundledPreact();
    const document = new Window().document as unknown as Document;
    const el = document.createElement("div");
    render(h("ul", { class: "list" }, h("li", null, "one"), h("li", null, "<i>two</i>")), el);
    expect(el.innerHTML).toBe('<ul class="list"><li>one</li><li>&lt;i&gt;two&lt;/i&gt;</li></ul>');
    render(h("ul", { class: "list changed" }, h("li", null, "three")), el);
    expect(el.innerHTML).toBe('<ul class="list changed"><li>three</li></ul>');
  });
});

describe("Gloss's own code", () => {
  it("never passes dangerouslySetInnerHTML nor writes HTML into the DOM", () => {
    const files = readdirSync(join(root, "src"), { recursive: true }).map(String).filter((f) => /\.(ts|tsx)$/.test(f));
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.(?:inner|outer)HTML\s*=[^=]|insertAdjacentHTML|document\.write/.test(readFileSync(join(root, "src", f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
