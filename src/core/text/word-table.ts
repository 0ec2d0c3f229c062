/**
 * A fixed word list as an open-addressing hash table in typed arrays, mapping each word to a
 * number (a set of flags, say). The hash is computed here from the word's characters, so asking
 * about a word the engine has never hashed (every word freshly cut from a text) costs a short loop
 * instead of the engine's own hashing, and one probe usually answers: slot and stored hash share a
 * cache line, and the word's characters are compared only when the hashes agree.
 */

export interface WordTable {
  /** Per slot: [hash, word index + 1] (0 = empty). */
  slots: Int32Array;
  mask: number;
  /** Words' characters, back to back, and where each starts (`starts[i + 1]` ends word i). */
  chars: Uint16Array;
  starts: Int32Array;
  values: Int32Array;
}

/** FNV-1a over UTF-16 code units, as a 32-bit signed integer (as the slots store it). */
function hashOf(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h;
}

/** The table of `entries` (each word once). */
export function compileWordTable(entries: Iterable<[string, number]>): WordTable {
  const list = [...entries];
  let size = 16;
  // At most a third full: most probes end at the first slot.
  while (size < list.length * 3) size <<= 1;
  const slots = new Int32Array(size * 2);
  const mask = size - 1;
  const starts = new Int32Array(list.length + 1);
  let total = 0;
  for (let i = 0; i < list.length; i++) { starts[i] = total; total += list[i]![0].length; }
  starts[list.length] = total;
  const chars = new Uint16Array(total);
  const values = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const [word, value] = list[i]!;
    for (let k = 0; k < word.length; k++) chars[starts[i]! + k] = word.charCodeAt(k);
    values[i] = value;
    const h = hashOf(word);
    let s = (h ^ (h >>> 15)) & mask;
    while (slots[s * 2 + 1] !== 0) s = (s + 1) & mask;
    slots[s * 2] = h;
    slots[s * 2 + 1] = i + 1;
  }
  return { slots, mask, chars, starts, values };
}

/** The number stored for `word`, or `missing` when the word is not in the table. */
export function wordTableGet(table: WordTable, word: string, missing: number): number {
  const index = wordTableIndex(table, word);
  return index < 0 ? missing : table.values[index]!;
}

/** The word's place in the table's list (0 to the list's length - 1), or -1 when it is not in it. */
export function wordTableIndex(table: WordTable, word: string): number {
  const h = hashOf(word);
  const { slots, mask, chars, starts } = table;
  const len = word.length;
  let s = (h ^ (h >>> 15)) & mask;
  for (;;) {
    const index = slots[s * 2 + 1]!;
    if (index === 0) return -1;
    if (slots[s * 2] === h) {
      const from = starts[index - 1]!;
      if (starts[index]! - from === len) {
        let k = 0;
        while (k < len && chars[from + k] === word.charCodeAt(k)) k++;
        if (k === len) return index - 1;
      }
    }
    s = (s + 1) & mask;
  }
}
