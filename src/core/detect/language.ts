/**
 * Which language a page's text is in, cheaply: the script of its letters, and for Latin-script
 * text, which language's commonest words it is made of. Gloss recognizes English only, so the
 * question that matters is "English or not"; the guess names the language for the popup.
 */

export interface LanguageGuess {
  /** ISO 639-1 code, when the text says clearly enough. */
  lang?: string;
  /** Share of the sample's words (Latin) or letters (other scripts) that back the guess, 0..1. */
  confidence: number;
}

/** Characters of text looked at: a few paragraphs decide it. */
export const LANGUAGE_SAMPLE_CHARS = 3000;

const FUNCTION_WORDS: Record<string, string> = {
  en: "the and of to is that for it with was as on are this be by from have has not but they which he she his were been would will their its an or who had said",
  de: "der die und das ist nicht mit den von zu ein eine sich auch auf dem des für im wird sind wir ich es aus bei nach oder wie werden hat",
  fr: "le la les des et est un une du que pour dans pas qui sur au avec ce sont par plus il elle nous aux été cette ont mais",
  es: "el la los las de que y en del por un una con para es se su al lo como más pero sus fue ha este esta entre",
  pt: "o a os as de que e do da em um uma para com não no na dos das se por mais ao é foi pelo pela está são",
  it: "il di che la e per un una non del della sono con è gli le nel alla da si anche come dei ha delle questo",
  nl: "de het een en van is dat niet op te zijn voor met die in er ook aan wordt door maar bij naar",
  sv: "och att det som en är av för med den till på inte har om ett var jag de",
  da: "og at det som en er af for med den til på ikke har om et var jeg de",
  no: "og at det som en er av for med den til på ikke har om et var jeg de",
  pl: "i w na z się nie do to że jest o jak po ale od przez dla jego są",
  cs: "a se na je v že to s z do jako ale pro jsou by jeho od po",
  tr: "ve bir bu da de için ile çok olarak daha ne gibi olan en",
  id: "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke",
  ro: "și în de la cu pe care un o nu este mai din pentru sau fost",
};

const LANGS = Object.keys(FUNCTION_WORDS);

/**
 * Each function word and the languages (indexes into LANGS) that have it: one look-up per word of
 * the sample rather than one per word and language, which the content script pays for in full on
 * its first run, before the engine has optimized anything. Built on first use: the content script
 * is loaded into every page, and most pages are never read far enough to need it.
 */
let wordLangs: Map<string, number[]> | undefined;

function functionWordLanguages(): Map<string, number[]> {
  if (wordLangs) return wordLangs;
  wordLangs = new Map();
  LANGS.forEach((lang, k) => {
    for (const w of new Set(FUNCTION_WORDS[lang]!.split(" "))) {
      const langs = wordLangs!.get(w);
      if (langs) langs.push(k);
      else wordLangs!.set(w, [k]);
    }
  });
  return wordLangs;
}

/**
 * Scripts other than Latin that name a language (or a close family) on their own, as UTF-16 code
 * unit ranges [from, to] (inclusive).
 */
const SCRIPT_LANGUAGES: [lang: string, ranges: [number, number][]][] = [
  ["ja", [[0x3040, 0x30ff]]],
  ["ko", [[0xac00, 0xd7af], [0x1100, 0x11ff]]],
  ["zh", [[0x4e00, 0x9fff], [0x3400, 0x4dbf]]],
  ["ru", [[0x0400, 0x04ff]]],
  ["ar", [[0x0600, 0x06ff], [0x0750, 0x077f]]],
  ["he", [[0x0590, 0x05ff]]],
  ["el", [[0x0370, 0x03ff]]],
  ["th", [[0x0e00, 0x0e7f]]],
  ["hi", [[0x0900, 0x097f]]],
];

const WORD = /[a-z\u00c0-\u024f]+/g;

/**
 * Letters per script in one pass over the code units (a regular expression per script would scan
 * the sample ten times and build an array of every letter: the costliest part of detection on a
 * page the content script has just been loaded into).
 */
function countScripts(sample: string): { latin: number; scripts: number[] } {
  let latin = 0;
  const scripts = SCRIPT_LANGUAGES.map(() => 0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if (c <= 0x5a || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) {
      latin++;
      continue;
    }
    // Below Greek, and General Punctuation up to the kana (the curly quotes and dashes of English
    // text): no script listed has letters there.
    if (c < 0x370 || (c >= 0x2000 && c < 0x3040)) continue;
    for (let k = 0; k < SCRIPT_LANGUAGES.length; k++) {
      if (SCRIPT_LANGUAGES[k]![1].some(([from, to]) => c >= from && c <= to)) {
        scripts[k]!++;
        break;
      }
    }
  }
  return { latin, scripts };
}

/** Guesses the language of `text` (only the first LANGUAGE_SAMPLE_CHARS are read). */
export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const { latin, scripts } = countScripts(sample);
  let bestScript: string | undefined;
  let bestCount = 0;
  for (let k = 0; k < SCRIPT_LANGUAGES.length; k++) {
    const lang = SCRIPT_LANGUAGES[k]![0];
    const n = scripts[k]!;
    // Japanese mixes kana with Han: any real share of kana makes it Japanese.
    const count = lang === "ja" && n > 0 ? n * 3 : n;
    if (count > bestCount) {
      bestCount = count;
      bestScript = lang;
    }
  }
  if (bestScript && bestCount > latin) return { lang: bestScript, confidence: Math.min(1, bestCount / Math.max(1, bestCount + latin)) };
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < 8) return { confidence: 0 };
  const hits = LANGS.map(() => 0);
  const wordLanguages = functionWordLanguages();
  for (const w of words) {
    const langs = wordLanguages.get(w);
    if (langs) for (const k of langs) hits[k]!++;
  }
  const scores = LANGS.map((lang, k) => ({ lang, score: hits[k]! / words.length })).sort((a, b) => b.score - a.score);
  const [first, second] = scores;
  if (!first || first.score < 0.1) return { confidence: first?.score ?? 0 };
  // The Scandinavian lists overlap almost entirely; a near tie among them is still not English.
  if (second && first.lang === "en" && first.score < second.score * 1.3) return { confidence: first.score - second.score };
  return { lang: first.lang, confidence: first.score };
}

/** The primary subtag of a declared language ("en-US" → "en", "pt_BR" → "pt"). */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})([-_]|$)/i.exec(tag ?? "");
  return m ? m[1]!.toLowerCase() : undefined;
}

export interface ResolvedLanguage {
  lang?: string;
  reason: string;
}

/**
 * The page's language: the text's own evidence wins over a declaration (templates keep "en" on
 * German posts and "de" on English ones); a declaration decides when the text is too short to say.
 */
export function resolveLanguage(declared: string | undefined, text: string): ResolvedLanguage {
  const guess = guessLanguage(text);
  const stated = primaryLanguage(declared);
  if (guess.lang) {
    const agrees = stated === guess.lang || (!stated && guess.lang);
    return { lang: guess.lang, reason: `language ${guess.lang} (from the text${agrees && stated ? ", as declared" : stated ? `; page declares ${stated}` : ""})` };
  }
  if (stated) return { lang: stated, reason: `language ${stated} (declared by the page)` };
  return { reason: "language unknown" };
}
