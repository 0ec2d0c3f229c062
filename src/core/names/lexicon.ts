/**
 * The closed word lists the name recognizer reasons with: titles before people, words that end
 * organization and place names, connectors inside names, abbreviations that keep their dot, and
 * the bundled open lists (common English words, given names, surnames) as sets.
 */
import type { Token } from "../text/tokenize";
import { compileWordTable, type WordTable, wordTableIndex } from "../text/word-table";
import { compileWordTrie, trieHas, type WordTrie } from "../text/word-trie";
import { COMMON_WORDS } from "./data/common-words";
import { FIRST_NAMES, SURNAMES } from "./data/person-names";

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Common English words usually written in lower case (folded keys). */
export const COMMON = set(COMMON_WORDS);
export const GIVEN_NAMES = set(FIRST_NAMES);
export const FAMILY_NAMES = set(SURNAMES);

/**
 * Titles and honorifics written before a person's name; the title stays outside the name's span
 * ("President Biden" → "Biden", "Ms. Smith" → "Smith"), as the news annotation conventions have it.
 */
export const PERSON_TITLES = set(`
  mr mrs ms miss mister dr prof professor sir dame lord lady madame mme mlle monsieur herr
  president vice-president premier chancellor minister secretary senator sen rep representative
  congressman congresswoman congressmember gov governor mayor judge justice ambassador envoy
  king queen prince princess emperor empress sheikh sultan emir crown pope cardinal archbishop bishop
  rev reverend father pastor rabbi imam ayatollah
  gen general lt col colonel maj major capt captain cmdr commander adm admiral sgt sergeant cpl corporal
  pvt private marshal brig brigadier lieutenant
  chairman chairwoman chairperson chief ceo coach manager striker midfielder defender goalkeeper
  spokesman spokeswoman spokesperson
  inspector detective officer prosecutor attorney deputy
  dictator leader director
`);

/** Words that only make a title when they come before a title word ("Prime Minister", "Foreign Secretary"). */
export const TITLE_MODIFIERS = set(`
  prime foreign defence defense finance interior home justice health trade economy economic energy
  deputy vice acting former first second state chief general attorney lieutenant lt supreme
  crown grand labour labor education agriculture transport culture environment treasury
  commerce industry security intelligence national executive managing senior junior assistant
  under associate federal opposition party financial general managing
`);

/** Titles that are strong enough alone to make the next capitalized words a person. */
export const HONORIFICS = set("mr mrs ms miss dr prof sir dame mme mlle monsieur herr sen rep gov gen lt col maj capt cmdr adm sgt rev");

/** Last words of organization names ("… Inc.", "… Party", "… Ministry"). */
export const ORG_SUFFIXES = set(`
  inc corp corporation co company cos ltd plc llc lp ag sa nv bv gmbh spa ab oy asa kk
  group holdings holding bancorp bancshares bank banks bankcorp trust partners associates
  industries industry motors airlines airways air energy petroleum oil gas steel mining resources
  systems technologies technology electronics communications telecom networks network media
  pharmaceuticals pharma chemicals foods brewery breweries insurance securities investments capital
  party council committee commission ministry department agency authority office bureau board
  union federation association confederation league alliance coalition front movement army
  navy police guard forces force brigade brigades corps
  university college school institute academy foundation fund society church
  parliament assembly congress senate court tribunal
  times post news journal herald tribune press gazette telegraph chronicle review daily weekly
  radio television tv broadcasting network agency
  club united rovers wanderers athletic
  exchange organisation organization service services center centre hospital laboratories labs
  administration embassy consulate mission government cabinet regime
`);

/** Organization heads that open a name followed by "of" ("Bank of England", "University of Chicago"). */
export const ORG_HEADS = set(`
  bank university ministry department council college institute academy church court house office
  board bureau commission committee federation association league union order society school
  party government
`);

/** Last words of place names ("… River", "… Province", "… Street"). */
export const PLACE_SUFFIXES = set(`
  river sea ocean island islands isle mountains mountain mount mt hills valley lake bay gulf strait
  straits peninsula desert canal coast plain plains basin delta province county region district
  territory oblast prefecture municipality street avenue road square boulevard airport
  harbour harbor port beach forest park heights monument circle
`);

/** Place heads before a name ("Lake Victoria", "Mount Everest", "Gulf of Mexico"). */
export const PLACE_HEADS = set("lake mount mt gulf bay cape port fort ft isle strait straits sea");

/** Lower-case words allowed inside a capitalized name ("Bank of England", "Charles de Gaulle"). */
export const NAME_CONNECTORS = set("of de da di del della der den van von la le du des dos al el bin ibn bint y and");

/** Abbreviations whose dot belongs to the name ("Corp.", "St. Louis", "Jr."). */
export const ABBREVIATIONS = set("inc corp co ltd jr sr st mt ft bros cos dr mr mrs ms gen lt col maj capt sgt rev sen rep gov no vs prof adm cmdr pvt cpl brig messrs mo");

/** Abbreviations after which a dot does not end a sentence ("Jr." and "Sr." end names, so often sentences too). */
export const NON_FINAL_ABBREVIATIONS = set("mr mrs ms dr st mt ft lt col gen maj capt sgt rev sen rep gov prof adm cmdr pvt cpl brig messrs no vs");

/** Capitalized words that are not names on their own: days, months, pronoun "I", address words. */
export const NEVER_NAMES = set(`
  i monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  mon tue tues wed thu thur thurs fri sat sun
  am pm a an the no
`);

/** Organization words too generic to name one organization alone ("the Government said"). */
export const GENERIC_ORG_WORDS = set("government cabinet administration regime ministry department office board committee council group company party union court police army");

/** Verbs of speech: "X said" makes X (a short name) a person. */
export const SPEECH_VERBS = set("said says told added asked stated explained noted insisted argued wrote replied warned declared");

/** Prepositions that cue a place after them. */
export const PLACE_PREPOSITIONS = set("in at near from to into across outside inside via toward towards");

/** Words that stop a name run even when capitalized at a sentence start. */
export const FUNCTION_WORDS = set(`
  the a an this that these those it its he she they we you his her their our my your
  in on at by for with from to of and or but if as so not no yes
  there here when where while after before since until because although though
  what who whom whose which why how all some any each every both either neither
  then thus also still yet just only even
`);

/** Words of sports reporting: enough of them make a story where teams are named after places. */
export const SPORTS_WORDS = set(`
  match matches game games beat beats beaten drew draw won win wins lost loss defeat victory season league
  cup championship champion champions tournament goal goals scored score scorer striker midfielder
  goalkeeper coach innings wicket wickets runs batting bowling bowled homer inning pitcher halftime
  quarterback touchdown playoff playoffs standings fixtures division soccer football cricket baseball
  basketball hockey rugby tennis golf squad stadium derby referee penalty
`);

/** Words next to a team name in results: "Stockport 1 Bury 4", "Essex v Kent", "beat Somerset". */
export const FIXTURE_WORDS = set("v vs beat beats drew lost won against at");

/** Month names that are also names ("May", "June"): "in May" is a date, not a place. */
export const MONTH_NAMES = set("may june april august march january july");

/*
 * One bit per word list. The recognizer asks about the same token again and again (is it common, a
 * title, an organization word?); one lookup in one table answers every such question about it,
 * and the answer is kept on the token (`inList`).
 */
export const LEX_COMMON = 1 << 0;
export const LEX_FUNCTION = 1 << 1;
export const LEX_NEVER = 1 << 2;
export const LEX_TITLE = 1 << 3;
export const LEX_TITLE_MODIFIER = 1 << 4;
export const LEX_HONORIFIC = 1 << 5;
export const LEX_ORG_SUFFIX = 1 << 6;
export const LEX_ORG_HEAD = 1 << 7;
export const LEX_PLACE_SUFFIX = 1 << 8;
export const LEX_PLACE_HEAD = 1 << 9;
export const LEX_CONNECTOR = 1 << 10;
export const LEX_ABBREVIATION = 1 << 11;
export const LEX_NON_FINAL = 1 << 12;
export const LEX_GENERIC_ORG = 1 << 13;
export const LEX_SPEECH = 1 << 14;
export const LEX_PLACE_PREPOSITION = 1 << 15;
export const LEX_SPORTS = 1 << 16;
export const LEX_FIXTURE = 1 << 17;
export const LEX_GIVEN = 1 << 18;
export const LEX_FAMILY = 1 << 19;
export const LEX_MONTH = 1 << 20;

/** Built on first use: a cold start that recognizes nothing does not pay for it. */
let lexicon: WordTable | null = null;

function buildLexicon(): WordTable {
  const lists: [ReadonlySet<string>, number][] = [
    [COMMON, LEX_COMMON], [FUNCTION_WORDS, LEX_FUNCTION], [NEVER_NAMES, LEX_NEVER], [PERSON_TITLES, LEX_TITLE],
    [TITLE_MODIFIERS, LEX_TITLE_MODIFIER], [HONORIFICS, LEX_HONORIFIC], [ORG_SUFFIXES, LEX_ORG_SUFFIX], [ORG_HEADS, LEX_ORG_HEAD],
    [PLACE_SUFFIXES, LEX_PLACE_SUFFIX], [PLACE_HEADS, LEX_PLACE_HEAD], [NAME_CONNECTORS, LEX_CONNECTOR], [ABBREVIATIONS, LEX_ABBREVIATION],
    [NON_FINAL_ABBREVIATIONS, LEX_NON_FINAL], [GENERIC_ORG_WORDS, LEX_GENERIC_ORG], [SPEECH_VERBS, LEX_SPEECH],
    [PLACE_PREPOSITIONS, LEX_PLACE_PREPOSITION], [SPORTS_WORDS, LEX_SPORTS], [FIXTURE_WORDS, LEX_FIXTURE], [GIVEN_NAMES, LEX_GIVEN],
    [FAMILY_NAMES, LEX_FAMILY], [MONTH_NAMES, LEX_MONTH],
  ];
  const bits = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) bits.set(w, (bits.get(w) ?? 0) | bit);
  return compileWordTable(bits);
}

/** The token's place in the lexicon (-1: in no list), looked up once per token and kept on it. */
function lexiconIndex(t: Token): number {
  let memo = t.lex;
  if (memo < 0) memo = t.lex = wordTableIndex((lexicon ??= buildLexicon()), t.key) + 1;
  return memo - 1;
}

/**
 * Whether the token's key is in the lists of `bits` (`inList(t, LEX_TITLE | LEX_TITLE_MODIFIER)`:
 * in either). One lookup per token answers for every list.
 */
export function inList(t: Token, bits: number): boolean {
  const index = lexiconIndex(t);
  return index >= 0 && (lexicon!.values[index]! & bits) !== 0;
}

/** One small list of the lexicon (its bit) also as a letter trie; see `inSmallList`. */
export interface SmallList {
  bit: number;
  trie: WordTrie;
}

/**
 * A token's key holds no hyphen ("vice-president" is three tokens): the trie leaves such words
 * out, and only those. Any other word a letter trie cannot hold (an apostrophe, a digit) makes
 * `compileWordTrie` throw when the module loads, rather than answering differently from the lexicon.
 */
function smallList(words: ReadonlySet<string>, bit: number): SmallList {
  return { bit, trie: compileWordTrie([...words].filter((w) => !w.includes("-"))) };
}

export const NON_FINAL_LIST = smallList(NON_FINAL_ABBREVIATIONS, LEX_NON_FINAL);
export const CONNECTOR_LIST = smallList(NAME_CONNECTORS, LEX_CONNECTOR);
export const PLACE_PREPOSITION_LIST = smallList(PLACE_PREPOSITIONS, LEX_PLACE_PREPOSITION);
export const TITLE_LIST = smallList(PERSON_TITLES, LEX_TITLE);
export const SPEECH_LIST = smallList(SPEECH_VERBS, LEX_SPEECH);
export const FIXTURE_LIST = smallList(FIXTURE_WORDS, LEX_FIXTURE);

/**
 * `inList(t, list.bit)`, for the lower-case words around names (the word before a dot, after a
 * run, before a name): most are asked nothing else, so unless the token has its lexicon place
 * already, the list's letter trie answers, without the probe of the lexicon's big table that
 * would have been a cache miss.
 */
export function inSmallList(t: Token, list: SmallList): boolean {
  return t.lex >= 0 ? inList(t, list.bit) : trieHas(list.trie, t.key);
}

/* Marks on lexicon words for one text; see `LexiconMarks`. */
let markStamps: Int32Array | null = null;
let lastStamp = 0;

/**
 * A set of lexicon words, as marks by lexicon place: adding and asking cost no hashing once the
 * token's place is known. Words outside the lexicon are not kept (`has` is false for them), so use
 * it only for questions about lexicon words. All sets share one array, each with its own stamp; a
 * newer set takes over marks of older ones, so only the newest may be used (the recognizer makes
 * one per text and finishes with it before the next).
 */
export class LexiconMarks {
  private readonly stamp: number;
  private readonly stamps: Int32Array;

  constructor() {
    lexicon ??= buildLexicon();
    markStamps ??= new Int32Array(lexicon.values.length);
    if (++lastStamp === 0x7fffffff) { markStamps.fill(0); lastStamp = 1; }
    this.stamp = lastStamp;
    this.stamps = markStamps;
  }

  add(t: Token): void {
    const index = lexiconIndex(t);
    if (index >= 0) this.stamps[index] = this.stamp;
  }

  has(t: Token): boolean {
    const index = lexiconIndex(t);
    return index >= 0 && this.stamps[index] === this.stamp;
  }
}
