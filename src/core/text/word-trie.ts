/**
 * A small closed word list as a letter trie in a typed array: asking whether a word is in it reads
 * a few array cells and stops at the first letter that leaves the list, with no hashing of the
 * word. For lists asked about every word of a text (most words are not in them).
 */

export interface WordTrie {
  /** Child of node n for letter k (a–z) at next[n * 26 + k]; node 0 is the root, 0 means none. */
  next: Int32Array;
  /** 1 where a word of the list ends. */
  end: Uint8Array;
}

/** Words must be lower-case a–z: a word with any other character is never in the trie. */
export function compileWordTrie(words: Iterable<string>): WordTrie {
  const next: number[] = new Array<number>(26).fill(0);
  const end: number[] = [0];
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`word tries hold a-z words only: "${w}"`);
    let n = 0;
    for (let i = 0; i < w.length; i++) {
      const slot = n * 26 + w.charCodeAt(i) - 97;
      if (next[slot] === 0) {
        end.push(0);
        for (let k = 0; k < 26; k++) next.push(0);
        next[slot] = end.length - 1;
      }
      n = next[slot]!;
    }
    end[n] = 1;
  }
  return { next: Int32Array.from(next), end: Uint8Array.from(end) };
}

export function trieHas(trie: WordTrie, word: string): boolean {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const k = word.charCodeAt(i) - 97;
    if (k < 0 || k > 25) return false;
    n = trie.next[n * 26 + k]!;
    if (n === 0) return false;
  }
  return trie.end[n] === 1;
}
