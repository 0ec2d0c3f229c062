/**
 * A reader's own dataset (a newsroom's or a company's names), imported on the options page as JSON
 * or CSV in the bundled schema (`src/core/dataset/schema.ts`), validated row by row, stored in
 * storage.local, and merged by the background into the knowledge base it builds.
 *
 * An import is all or nothing: every bad row is reported with its line and reason, and a file with
 * any bad row changes nothing. Pure module: parsing and validation only.
 *
 * CSV layout: a header row, then one entry a row (RFC 4180 quoting). Columns: `id`, `type`, `name`,
 * `description`, `source`, `asOf` (required); `subtype`, `aliases`, `ambiguous`, `demonyms` (lists
 * separated by `|`), `country`, `start`, `end`, `flag` (optional); and `fact:<key>` or
 * `fact:<key>:<unit>` columns whose cells become facts with the row's source and as-of date.
 * JSON layout: an array of entries, or `{"entries": [...]}`.
 */
import type { Entry, Fact, Office, Subtype } from "../core/dataset/schema";
import { ENTITY_TYPES, type EntityType } from "../core/types";

export interface ImportError {
  /** 1-based line of the file where the bad row starts (0 when the file as a whole is wrong). */
  line: number;
  reason: string;
}

export type ImportResult = { ok: true; entries: Entry[] } | { ok: false; errors: ImportError[] };

/** What storage.local holds for the user dataset. */
export interface StoredUserDataset {
  version: 1;
  entries: Entry[];
  importedAt: string;
}

/** Limits that keep an import inside storage.local's default quota and the background's memory. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
export const MAX_IMPORT_ENTRIES = 20_000;
/** Errors listed before the report stops (the count of the rest is still given). */
const MAX_REPORTED_ERRORS = 200;

const SUBTYPES: readonly Subtype[] = [
  "country", "territory", "state", "province", "region", "city", "capital",
  "international-organization", "government-body", "agency", "party", "armed-forces",
  "company", "news-organization", "ngo", "sports-club", "university",
  "politician", "head-of-state", "head-of-government", "official", "business-person", "other-person",
  "war", "summit", "election", "pandemic", "disaster", "treaty", "other-event", "other",
];

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function text(v: unknown, max: number): string | undefined {
  return typeof v === "string" && v.trim() && v.length <= max ? v.trim() : undefined;
}

function stringList(v: unknown, field: string, problems: string[]): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && s.trim() && s.length <= 200)) {
    problems.push(`"${field}" must be a list of non-empty names`);
    return undefined;
  }
  return v.map((s: string) => s.trim());
}

/**
 * Checks one entry against the bundled schema. Returns the cleaned entry, or the reasons it is
 * not one (all of them, so a reader fixes a row once).
 */
export function validateEntry(raw: unknown): { entry?: Entry; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) return { problems: ["not an object"] };
  const id = typeof raw.id === "string" && ID.test(raw.id) ? raw.id : undefined;
  if (!id) problems.push(`"id" must be a Wikidata id (Q42) or a short id of letters, digits and :._-`);
  const type = ENTITY_TYPES.includes(raw.type as EntityType) ? (raw.type as EntityType) : undefined;
  if (!type) problems.push(`"type" must be one of ${ENTITY_TYPES.join(", ")}`);
  if (raw.subtype !== undefined && !SUBTYPES.includes(raw.subtype as Subtype)) problems.push(`"subtype" ${JSON.stringify(raw.subtype)} is not a known subtype`);
  const name = text(raw.name, 200);
  if (!name) problems.push(`"name" is missing`);
  const description = text(raw.description, 500);
  if (!description) problems.push(`"description" is missing (one line, at most 500 characters)`);
  const source = text(raw.source, 300);
  if (!source) problems.push(`"source" is missing`);
  const asOf = typeof raw.asOf === "string" && DATE.test(raw.asOf) ? raw.asOf : undefined;
  if (!asOf) problems.push(`"asOf" must be a date: YYYY, YYYY-MM or YYYY-MM-DD`);
  const aliases = raw.aliases === undefined ? [] : stringList(raw.aliases, "aliases", problems);
  const ambiguous = stringList(raw.ambiguous, "ambiguous", problems);
  const demonyms = stringList(raw.demonyms, "demonyms", problems);
  for (const key of ["country", "flag"] as const) {
    if (raw[key] !== undefined && !text(raw[key], 100)) problems.push(`"${key}" must be a short text`);
  }
  for (const key of ["start", "end"] as const) {
    if (raw[key] !== undefined && !(typeof raw[key] === "string" && DATE.test(raw[key] as string))) problems.push(`"${key}" must be a date: YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const facts: Fact[] = [];
  if (raw.facts !== undefined && !Array.isArray(raw.facts)) problems.push(`"facts" must be a list`);
  for (const [i, f] of (Array.isArray(raw.facts) ? raw.facts : []).entries()) {
    const where = `fact ${i + 1}`;
    if (!isRecord(f)) {
      problems.push(`${where} is not an object`);
      continue;
    }
    const key = text(f.key, 60);
    const value = typeof f.value === "number" && Number.isFinite(f.value) ? f.value : text(f.value, 300);
    const factSource = text(f.source, 300);
    const factAsOf = typeof f.asOf === "string" && DATE.test(f.asOf) ? f.asOf : undefined;
    if (!key) problems.push(`${where}: "key" is missing`);
    if (value === undefined) problems.push(`${where}: "value" must be a number or a short text`);
    if (!factSource) problems.push(`${where}: every fact needs its "source"`);
    if (!factAsOf) problems.push(`${where}: every fact needs its "asOf" date`);
    if (f.unit !== undefined && !text(f.unit, 30)) problems.push(`${where}: "unit" must be a short text`);
    if (key && value !== undefined && factSource && factAsOf) {
      facts.push({ key, value, source: factSource, asOf: factAsOf, ...(typeof f.unit === "string" ? { unit: f.unit } : {}), ...(typeof f.ref === "string" ? { ref: f.ref } : {}) });
    }
  }
  const offices: Office[] = [];
  if (raw.offices !== undefined && !Array.isArray(raw.offices)) problems.push(`"offices" must be a list`);
  for (const [i, o] of (Array.isArray(raw.offices) ? raw.offices : []).entries()) {
    const role = isRecord(o) ? text(o.role, 200) : undefined;
    const start = isRecord(o) && typeof o.start === "string" && DATE.test(o.start) ? o.start : undefined;
    const end = isRecord(o) && typeof o.end === "string" && DATE.test(o.end) ? o.end : undefined;
    if (!role || !start || (isRecord(o) && o.end !== undefined && !end)) {
      problems.push(`office ${i + 1} needs a "role" and a "start" date (and "end", if given, must be a date)`);
      continue;
    }
    offices.push({ role, start, ...(end ? { end } : {}), ...(isRecord(o) && typeof o.of === "string" ? { of: o.of } : {}) });
  }
  if (problems.length || !id || !type || !name || !description || !source || !asOf || !aliases) return { problems };
  const entry: Entry = { id, type, name, aliases, description, facts, source, asOf };
  if (raw.subtype !== undefined) entry.subtype = raw.subtype as Subtype;
  if (ambiguous) entry.ambiguous = ambiguous;
  if (demonyms) entry.demonyms = demonyms;
  if (typeof raw.country === "string") entry.country = raw.country.trim();
  if (typeof raw.flag === "string") entry.flag = raw.flag.trim();
  if (typeof raw.start === "string") entry.start = raw.start;
  if (typeof raw.end === "string") entry.end = raw.end;
  if (offices.length) entry.offices = offices;
  return { entry, problems };
}

/** Validates parsed rows; duplicates of an id within the file are errors too. */
function validateRows(rows: { line: number; value: unknown }[], rowErrors: ImportError[]): ImportResult {
  const errors = [...rowErrors];
  const entries: Entry[] = [];
  const seen = new Map<string, number>();
  if (rows.length > MAX_IMPORT_ENTRIES) errors.push({ line: 0, reason: `too many entries: ${rows.length} (at most ${MAX_IMPORT_ENTRIES})` });
  for (const row of rows) {
    const { entry, problems } = validateEntry(row.value);
    for (const p of problems) errors.push({ line: row.line, reason: p });
    if (!entry) continue;
    const firstLine = seen.get(entry.id);
    if (firstLine !== undefined) {
      errors.push({ line: row.line, reason: `id "${entry.id}" already used on line ${firstLine}` });
      continue;
    }
    seen.set(entry.id, row.line);
    entries.push(entry);
  }
  if (!rows.length && !errors.length) errors.push({ line: 0, reason: "the file holds no entries" });
  if (errors.length) {
    errors.sort((a, b) => a.line - b.line);
    if (errors.length > MAX_REPORTED_ERRORS) {
      const rest = errors.length - MAX_REPORTED_ERRORS;
      errors.length = MAX_REPORTED_ERRORS;
      errors.push({ line: 0, reason: `…and ${rest} more problems` });
    }
    return { ok: false, errors };
  }
  return { ok: true, entries };
}

// ---------------------------------------------------------------------------------------------
// JSON: JSON.parse for the values, plus a scan of the text for the line each entry starts on.

function skipWhitespace(s: string, i: number): number {
  while (i < s.length && (s[i] === " " || s[i] === "\n" || s[i] === "\r" || s[i] === "\t")) i++;
  return i;
}

/** Index just after the JSON value starting at `i` (the text is known to be valid JSON). */
function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') {
    for (i++; i < s.length; i++) {
      if (s[i] === "\\") i++;
      else if (s[i] === '"') return i + 1;
    }
    return i;
  }
  if (c === "[" || c === "{") {
    let depth = 0;
    for (; i < s.length; i++) {
      const ch = s[i];
      if (ch === '"') i = skipValue(s, i) - 1;
      else if (ch === "[" || ch === "{") depth++;
      else if (ch === "]" || ch === "}") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return i;
  }
  while (i < s.length && !",]} \n\r\t".includes(s[i]!)) i++;
  return i;
}

/** Start offsets of the elements of the array at `i`. */
function arrayElementOffsets(s: string, i: number): number[] {
  const offsets: number[] = [];
  i = skipWhitespace(s, i + 1);
  while (i < s.length && s[i] !== "]") {
    offsets.push(i);
    i = skipWhitespace(s, skipValue(s, i));
    if (s[i] === ",") i = skipWhitespace(s, i + 1);
  }
  return offsets;
}

function entryOffsets(s: string): number[] {
  let i = skipWhitespace(s, s.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (s[i] === "[") return arrayElementOffsets(s, i);
  if (s[i] !== "{") return [];
  i = skipWhitespace(s, i + 1);
  while (i < s.length && s[i] === '"') {
    const keyEnd = skipValue(s, i);
    const key = JSON.parse(s.slice(i, keyEnd)) as string;
    i = skipWhitespace(s, skipWhitespace(s, keyEnd) + 1);
    if (key === "entries" && s[i] === "[") return arrayElementOffsets(s, i);
    i = skipWhitespace(s, skipValue(s, i));
    if (s[i] === ",") i = skipWhitespace(s, i + 1);
  }
  return [];
}

function lineAt(s: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const off of offsets) {
    for (; pos < off; pos++) if (s.charCodeAt(pos) === 10) line++;
    lines.push(line);
  }
  return lines;
}

export function parseJsonDataset(source: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (err) {
    return { ok: false, errors: [{ line: 0, reason: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] };
  }
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.entries) ? data.entries : undefined;
  if (!list) return { ok: false, errors: [{ line: 1, reason: `expected a list of entries, or an object with an "entries" list` }] };
  const lines = lineAt(source, entryOffsets(source));
  return validateRows(list.map((value, i) => ({ line: lines[i] ?? 0, value })), []);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180: commas, double-quoted fields with "" escapes, CRLF or LF line ends).

interface CsvRecord {
  line: number;
  cells: string[];
}

export function parseCsvRecords(source: string): { records: CsvRecord[]; error?: ImportError } {
  const s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = "";
    let atEnd = false;
    while (!atEnd) {
      if (s[i] === '"') {
        i++;
        for (;;) {
          if (i >= s.length) return { records, error: { line: startLine, reason: "a quoted field is never closed" } };
          const ch = s[i]!;
          if (ch === '"') {
            if (s[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          cell += ch;
          i++;
        }
        if (i < s.length && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") {
          return { records, error: { line, reason: "text after a closing quote" } };
        }
      }
      while (i < s.length && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") cell += s[i++];
      cells.push(cell);
      cell = "";
      if (s[i] === ",") {
        i++;
        continue;
      }
      if (s[i] === "\r") i++;
      if (s[i] === "\n") {
        i++;
        line++;
      }
      atEnd = true;
    }
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: startLine, cells });
  }
  return { records };
}

const CSV_COLUMNS = ["id", "type", "subtype", "name", "aliases", "ambiguous", "demonyms", "description", "country", "source", "asOf", "start", "end", "flag"];
const CSV_REQUIRED = ["id", "type", "name", "description", "source", "asOf"];
const CSV_LISTS = new Set(["aliases", "ambiguous", "demonyms"]);

export function parseCsvDataset(source: string): ImportResult {
  const { records, error } = parseCsvRecords(source);
  if (error) return { ok: false, errors: [error] };
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: [{ line: 0, reason: "the file is empty" }] };
  const columns = header.cells.map((c) => c.trim());
  const headerErrors: ImportError[] = [];
  for (const c of columns) {
    if (!CSV_COLUMNS.includes(c) && !/^fact:[a-z0-9_]+(:[^:]+)?$/i.test(c)) headerErrors.push({ line: header.line, reason: `unknown column "${c}"` });
  }
  for (const c of CSV_REQUIRED) if (!columns.includes(c)) headerErrors.push({ line: header.line, reason: `missing column "${c}"` });
  if (headerErrors.length) return { ok: false, errors: headerErrors };
  const rowErrors: ImportError[] = [];
  const parsed: { line: number; value: unknown }[] = [];
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      rowErrors.push({ line: row.line, reason: `${row.cells.length} cells, but the header has ${columns.length} columns` });
      continue;
    }
    const value: Record<string, unknown> = {};
    const facts: Record<string, unknown>[] = [];
    columns.forEach((col, k) => {
      const cell = row.cells[k]!.trim();
      if (!cell) return;
      if (col.startsWith("fact:")) {
        const [, key, unit] = col.split(":");
        const n = Number(cell);
        facts.push({ key, value: cell !== "" && Number.isFinite(n) ? n : cell, ...(unit ? { unit } : {}) });
      } else if (CSV_LISTS.has(col)) {
        value[col] = cell.split("|").map((x) => x.trim()).filter(Boolean);
      } else {
        value[col] = cell;
      }
    });
    if (facts.length) value.facts = facts.map((f) => ({ ...f, source: value.source, asOf: value.asOf }));
    parsed.push({ line: row.line, value });
  }
  return validateRows(parsed, rowErrors);
}

/** Picks the parser from the file name, or from the first character when the name says nothing. */
export function parseUserDataset(fileName: string, source: string): ImportResult {
  if (source.length > MAX_IMPORT_BYTES) {
    return { ok: false, errors: [{ line: 0, reason: `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB` }] };
  }
  const lower = fileName.toLowerCase();
  const looksJson = /^\ufeff?\s*[[{]/.test(source);
  if (lower.endsWith(".csv") || (!lower.endsWith(".json") && !looksJson)) return parseCsvDataset(source);
  return parseJsonDataset(source);
}

/** Adds imported entries to the stored ones: new ids are added, existing ids replaced. */
export function mergeUserEntries(existing: readonly Entry[], imported: readonly Entry[]): { entries: Entry[]; added: number; replaced: number } {
  const byId = new Map(existing.map((e) => [e.id, e] as const));
  let added = 0;
  let replaced = 0;
  for (const e of imported) {
    if (byId.has(e.id)) replaced++;
    else added++;
    byId.set(e.id, e);
  }
  return { entries: [...byId.values()], added, replaced };
}

/** Reads the stored user dataset; a damaged entry is dropped, never the others. */
export function parseStoredUserDataset(stored: unknown): { dataset: StoredUserDataset | null; dropped: number } {
  if (!isRecord(stored) || !Array.isArray(stored.entries)) return { dataset: null, dropped: stored === undefined ? 0 : 1 };
  const entries: Entry[] = [];
  let dropped = 0;
  for (const raw of stored.entries) {
    const { entry } = validateEntry(raw);
    if (entry) entries.push(entry);
    else dropped++;
  }
  const importedAt = typeof stored.importedAt === "string" ? stored.importedAt : "";
  return { dataset: { version: 1, entries, importedAt }, dropped };
}
