/**
 * `gloss`: the extension's core on the command line.
 *
 *   gloss analyze [FILE] [--json]     .html: full pipeline; .txt or stdin: recognition over the text
 *   gloss analyze --jsonl             one JSON object a line in, one result a line out (eval protocol)
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { analyzeText, recognizeText } from "../core/analyze";
import { createKnowledgeBase, type KnowledgeBase } from "../core/dataset/kb";
import { loadKnowledgeBase as loadKnowledgeBaseFromText } from "../core/dataset/load";
import type { Analysis, Mention } from "../core/types";
import { analyzeDocument } from "../dom/pipeline";
import { renderSummary } from "./summary";

const USAGE = `usage: gloss analyze [FILE] [--json]    analyse an .html page or a .txt text (stdin without FILE)
       gloss analyze --jsonl            JSON Lines in ({"id","text"|"html","url"?,"publishedAt"?}), results out`;

function datasetPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return process.env.GLOSS_DATASET ?? join(here, "../../generated/gloss.data.json");
}

/** The bundled dataset, loaded as the background loads it (checked, with its shipped alias index). */
export function loadKnowledgeBase(path = datasetPath()): KnowledgeBase {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new DatasetUnavailable(`cannot read the dataset at ${path}: ${(err as Error).message}`);
  }
  const loaded = loadKnowledgeBaseFromText(text);
  if (!loaded.ok) throw new DatasetUnavailable(`cannot use the dataset at ${path}: ${loaded.error}`);
  return loaded.value;
}

class DatasetUnavailable extends Error {}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(text);
}

/**
 * linkedom leaves `documentElement` null for fragments and garbage ("", "<<<>>>"), where a browser
 * would build html/head/body: wrap such input so the DOM code sees what a browser would give it.
 */
function parseDocument(html: string): Document {
  let { document } = parseHTML(html);
  if (!document.documentElement || !document.body) ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  return document as unknown as Document;
}

export function analyzeInput(input: { text?: string; html?: string; url?: string | null; publishedAt?: string }, kb: KnowledgeBase): Analysis {
  if (typeof input.html === "string") {
    return analyzeDocument(parseDocument(input.html), kb, { url: input.url, publishedAt: input.publishedAt });
  }
  const text = input.text ?? "";
  const { mentions, cards } = analyzeText(text, kb, { publishedAt: input.publishedAt });
  return { isArticle: true, publishedAt: input.publishedAt, text, mentions, cards };
}

/** The eval protocol's view of a mention: only the documented fields (`approximate` only when set). */
function protocolMention(m: Mention) {
  const out: Record<string, unknown> = {
    start: m.start, end: m.end, text: m.text, type: m.type, entityId: m.entityId, name: m.name,
  };
  if (m.value !== undefined) out.value = m.value;
  if (m.unit !== undefined) out.unit = m.unit;
  if (m.valueMax !== undefined) out.valueMax = m.valueMax;
  if (m.resolved !== undefined) out.resolved = m.resolved;
  if (m.approximate) out.approximate = true;
  return out;
}

export function protocolResult(id: unknown, a: Analysis) {
  const out: Record<string, unknown> = { id, isArticle: a.isArticle };
  if (a.title) out.title = a.title;
  if (a.publishedAt) out.publishedAt = a.publishedAt;
  out.text = a.text;
  out.mentions = a.mentions.map(protocolMention);
  return out;
}

async function runJsonl(kb: KnowledgeBase): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = `line-${n}`;
    try {
      const input = JSON.parse(line) as Record<string, unknown>;
      if (!input || typeof input !== "object" || Array.isArray(input)) throw new Error("a line must hold a JSON object");
      if ("id" in input) id = input.id;
      if (input.text !== undefined && typeof input.text !== "string") throw new Error('"text" must be a string');
      if (input.html !== undefined && typeof input.html !== "string") throw new Error('"html" must be a string');
      if (input.text === undefined && input.html === undefined) throw new Error('a line needs "text" or "html"');
      const result = analyzeInput({
        text: input.text as string | undefined,
        html: input.html as string | undefined,
        url: typeof input.url === "string" ? input.url : null,
        publishedAt: typeof input.publishedAt === "string" ? input.publishedAt : undefined,
      }, kb);
      process.stdout.write(JSON.stringify(protocolResult(id, result)) + "\n");
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      process.stdout.write(JSON.stringify({ id, error: `line ${n}: ${message}`, isArticle: false, text: "", mentions: [] }) + "\n");
    }
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "analyze") {
    process.stderr.write(USAGE + "\n");
    return command === "--help" || command === "-h" ? 0 : 2;
  }
  const flags = new Set(rest.filter((a) => a.startsWith("--")));
  const file = rest.find((a) => !a.startsWith("--"));
  let kb: KnowledgeBase;
  try {
    kb = loadKnowledgeBase();
  } catch (err) {
    if (!(err instanceof DatasetUnavailable)) throw err;
    process.stderr.write(`gloss: ${err.message} (npm run build:data rebuilds it)\n`);
    return 1;
  }
  if (flags.has("--jsonl")) {
    await runJsonl(kb);
    return 0;
  }
  let content: string;
  try {
    content = file ? readFileSync(file, "utf8") : await readStdin();
  } catch (err) {
    process.stderr.write(`gloss: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const isHtml = file ? /\.x?html?$/i.test(file) : looksLikeHtml(content);
  const analysis = analyzeInput(isHtml ? { html: content, url: null } : { text: content }, kb);
  if (flags.has("--json")) process.stdout.write(JSON.stringify({ ...protocolResult(file ?? "stdin", analysis), cards: analysis.cards, detection: analysis.detection }, null, 2) + "\n");
  else process.stdout.write(renderSummary(analysis, file ?? "standard input"));
  return 0;
}

/** Re-exported for the benchmark, which measures the same code the CLI runs. */
export { analyzeText, createKnowledgeBase, loadKnowledgeBaseFromText, recognizeText };
