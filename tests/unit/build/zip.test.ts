/**
 * The store packages' zip writer: read back through its central directory, every file comes out
 * with its path (forward slashes, from the folder's root), its bytes and its CRC, and the same
 * folder always gives the same bytes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { zipDirectory } from "../../../scripts/lib/zip.mjs";

const work = mkdtempSync(join(tmpdir(), "gloss-zip-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Entries of a zip, read the way unzip tools do: end record, central directory, then local headers. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const packed = zip.subarray(dataStart, dataStart + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : Buffer.from(packed);
    expect(data.length, name).toBe(size);
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe("zipDirectory", () => {
  const dir = join(work, "package");
  mkdirSync(join(dir, "_locales/en"), { recursive: true });
  mkdirSync(join(dir, "icons"), { recursive: true });
  writeFileSync(join(dir, "manifest.json"), '{"manifest_version":3}\n');
  writeFileSync(join(dir, "_locales/en/messages.json"), JSON.stringify({ name: { message: "Glöss “quoted”" } }));
  writeFileSync(join(dir, "icons/icon.png"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  writeFileSync(join(dir, "empty.txt"), "");

  it("stores every file under its path from the folder's root, with its exact bytes", () => {
    zipDirectory(dir, join(work, "a.zip"));
    const files = readZip(readFileSync(join(work, "a.zip")));
    expect([...files.keys()].sort()).toEqual(["_locales/en/messages.json", "empty.txt", "icons/icon.png", "manifest.json"]);
    for (const [name, data] of files) expect(data.equals(readFileSync(join(dir, name))), name).toBe(true);
  });

  it("gives byte-identical packages for the same folder", () => {
    zipDirectory(dir, join(work, "b.zip"));
    zipDirectory(dir, join(work, "c.zip"));
    expect(readFileSync(join(work, "b.zip")).equals(readFileSync(join(work, "c.zip")))).toBe(true);
  });
});
