/** Shapes passed between the stages of name recognition. */
import type { AliasHit } from "../dataset/kb";
import type { Entry } from "../dataset/schema";
import type { MentionType } from "../types";

/** A dataset alias found over tokens [from, to). */
export interface AliasMatch {
  from: number;
  to: number;
  hits: AliasHit[];
}

/** A possible name over tokens [from, to), before and after typing. */
export interface Candidate {
  from: number;
  to: number;
  /** Dataset aliases that match the whole candidate: it is linked to one of them. */
  hits: AliasHit[] | null;
  /** Dataset aliases matched inside a longer candidate: typing hints. */
  inner: AliasMatch[];
  /** Title words right before the name inside the same run ("President", "Lt. Col."). */
  title: string | null;
  type: MentionType | null;
  entry: Entry | null;
  /** Canonical name for unlinked names (the fullest form in the text). */
  name: string | null;
  key: string | null;
  confidence: number;
  rule: string;
  /** Folded words joined by spaces, once computed (null until then: every candidate keeps one shape). */
  norm: string | null;
}

export function emptyCandidate(from: number, to: number): Candidate {
  return { from, to, hits: null, inner: [], title: null, type: null, entry: null, name: null, key: null, confidence: 0, rule: "", norm: null };
}
