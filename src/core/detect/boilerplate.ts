/**
 * What page furniture looks like, judged from words alone: the class/id/role words an element
 * carries, and the text of short lines that are never the story (copyright lines, comment prompts,
 * share and newsletter calls). Pure: the DOM side reads the attributes and asks here.
 */

/** Words in class/id names of things that are not the story: ads, shares, comments, related links. */
const FURNITURE_WORDS = new Set([
  "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit", "dfp", "gpt",
  "sponsor", "sponsored", "sponsors", "promo", "promos", "promotion", "outbrain", "taboola", "zergnet", "revcontent",
  "share", "shares", "sharing", "sharebar", "social", "sociallinks", "addthis", "sharethis",
  "related", "recommended", "recommendations", "recirc", "recirculation", "trending", "popular", "mostread", "mostpopular",
  "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
  "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion",
  "footer", "sidebar", "sidebars", "widget", "widgets", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
  "caption", "captions", "credit", "credits", "figcaption", "byline", "bylines", "author", "authors", "dateline",
  "timestamp", "toolbar", "tools", "print", "popup", "modal", "overlay", "cookie", "cookies", "consent", "gdpr",
  "banner", "masthead", "skyscraper", "leaderboard", "rail", "tags", "tagcloud", "pagination", "pager",
  "login", "signin", "register", "sr", "visually", "screenreader", "skip", "jump", "bio", "disclaimer", "meta", "header",
  "hero", "carousel", "slideshow", "gallery", "lightbox",
]);

/** Words in class/id names of the story's own container. */
const STORY_WORDS = new Set([
  "article", "articles", "body", "content", "entry", "main", "post", "text", "story", "blog", "prose", "richtext", "copy",
  "paragraph", "paragraphs", "storytext", "articlebody", "postbody", "entrycontent", "articletext", "storybody",
]);

/**
 * Splits class and id values into lower-case words: on non-letters and on camelCase humps, so
 * "shareBar", "share-bar" and "share_bar" all give "share", "bar"; joined pairs ("sharebar") are
 * added too, because sites glue words as often as they separate them.
 */
export function attributeWords(value: string): string[] {
  const words: string[] = [];
  // By hand rather than by patterns: every page's class names come here, and the content script
  // would compile the patterns anew on each page it is loaded into.
  let parts: string[] = [];
  let part = "";
  const endToken = () => {
    if (part) parts.push(part);
    for (let i = 0; i < parts.length; i++) {
      words.push(parts[i]!);
      if (i > 0) words.push(parts[i - 1]! + parts[i]!);
    }
    if (parts.length > 1) words.push(parts.join(""));
    parts = [];
    part = "";
  };
  let prev = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    const lowerOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!upper && !lowerOrDigit) {
      if (part || parts.length) endToken();
      prev = 0;
      continue;
    }
    // A capital after a small letter or digit starts a word ("shareBar").
    if (upper && prev === 1) {
      parts.push(part);
      part = "";
    }
    part += upper ? String.fromCharCode(c + 0x20) : value[i];
    prev = upper ? 2 : 1;
  }
  if (part || parts.length) endToken();
  return words;
}

/**
 * Furniture words that are never used for a wrapper around the whole page. The others ("ad",
 * "rail", "widget", "header" …) also name layout wrappers ("Page-ad-margins", "layout-with-rail").
 */
const STRONG_FURNITURE_WORDS = new Set([
  "footer", "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion", "sidebar", "sidebars",
  "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "related", "recommended", "recommendations",
  "newsletter", "newsletters", "cookie", "cookies", "gdpr", "outbrain", "taboola", "zergnet", "revcontent", "caption",
  "captions", "figcaption", "byline", "bylines", "sharebar", "mostread", "mostpopular", "trending", "disclaimer",
]);

export interface AttributeVerdict {
  furniture: boolean;
  story: boolean;
  /** The furniture word is one never used for a page wrapper. */
  strong?: boolean;
  /** The furniture word seen, for reasons and debugging. */
  word?: string;
}

export function judgeAttributes(value: string): AttributeVerdict {
  let furniture: string | undefined;
  let story = false;
  for (const w of attributeWords(value)) {
    if (FURNITURE_WORDS.has(w) && (!furniture || (!STRONG_FURNITURE_WORDS.has(furniture) && STRONG_FURNITURE_WORDS.has(w)))) furniture = w;
    if (STORY_WORDS.has(w)) story = true;
  }
  if (!furniture) return { furniture: false, story };
  return { furniture: true, story, word: furniture, strong: STRONG_FURNITURE_WORDS.has(furniture) };
}

/** ARIA landmark roles that are never the story. */
const FURNITURE_ROLES = new Set([
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
  "toolbar", "tablist", "form", "alert", "note", "img", "button",
]);

export function isFurnitureRole(role: string): boolean {
  return FURNITURE_ROLES.has(role.trim().toLowerCase());
}

/**
 * Short lines that are page furniture whatever element holds them. Tested on a line of at most
 * `FURNITURE_LINE_MAX` characters: a long paragraph that mentions comments or copyright is story.
 *
 * Each pattern comes with words one of which any line it matches contains (lower-cased). A pattern
 * is only run on a line that has one: V8 compiles a regular expression when it first runs and
 * again to machine code when it runs twice, and on a page the content script has just been loaded
 * into, compiling these fifteen was the costliest part of judging the story's blocks. A story
 * sentence seldom holds any of the words, so most patterns never run.
 */
const FURNITURE_LINES: [pattern: RegExp, needs: string[]][] = [
  [/^(©|\(c\)|copyright\b|all rights reserved)/i, ["©", "(c)", "copyright", "all rights reserved"]],
  [/(©|copyright)\s*(\d{4}|\w)[^.]*\ball rights reserved\b/i, ["©", "copyright"]],
  [/\b(be the first to comment|leave a (comment|reply)|post a comment|add a comment|comments? (are|is) closed|join the (conversation|discussion)|\d+ comments?$|show comments|view comments|no comments)\b/i, ["comment", "leave a ", "join the "]],
  [/\bakismet\b/i, ["akismet"]],
  [/\b(your email address will not be published|required fields are marked|notify me of (new|follow-up))\b/i, ["your email address", "required fields", "notify me of "]],
  [/^(share|share this( (article|story|post))?|share on \w+|tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit)\s*[:!.]?$/i, ["share", "tweet", "email", "print", "pin it", "whatsapp", "facebook", "twitter", "linkedin", "reddit"]],
  [/\b(sign up for (our|the)\b.*\bnewsletter|subscribe to (our|the)\b.*\b(newsletter|channel)|get (our|the) newsletter|newsletter sign[- ]?up)\b/i, ["newsletter", "subscribe to "]],
  [/^(advertisement|advertising|advert|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?|scroll to continue.*)$/i, ["ad", "sponsored", "story continues below", "continue reading", "scroll to continue"]],
  [/^(related( \w+)?|tags?|topics?|filed under|categor(y|ies)|see also|read (more|also|next)|also read|more on this( story)?|buyer'?s guide)\s*:/i, [":"]],
  [/\b(share (it|this( story| article)?) with (a friend|your friends)|like this (story|article)\?)/i, ["share ", "like this "]],
  [/\bfollow (us|him|her|them|me)( on| at)? (twitter|facebook|instagram|linkedin|x)\b|^join (our|the) .{0,40}\b(forums?|community|conversation)\b/i, ["follow ", "join "]],
  [/\((image|images|photo|photos|picture|pictures|credit|video)( credit)?\s*:[^)]{1,80}\)\s*$|^(main )?(image|photo|picture|video|graphic)s?( credit)?\s*:/i, [":"]],
  [/^(read more|read next|don'?t miss|must read|related( (articles|stories|posts|content|coverage|reading))?|more (stories|from|on this)|recommended( for you)?|you may also like|you might also like|trending( now)?|most (read|popular)|see also|also read|watch|watch now|listen)\s*[:»›>]?$/i, ["read", "miss", "related", "more ", "recommended", "also like", "trending", "most ", "see also", "watch", "listen"]],
  [/^(follow us|follow @\w+|like us on facebook|click here to (subscribe|follow))\b/i, ["follow ", "like us on facebook", "click here to "]],
  [/^(this (article|story) (was|has been) (updated|corrected))\b.{0,40}$/i, ["updated", "corrected"]],
];
const FURNITURE_LINE_MAX = 220;

/** True when a short line of text is page furniture (copyright, comment prompts, share calls …). */
export function isFurnitureLine(text: string): boolean {
  const line = text.replace(/\s+/g, " ").trim();
  if (!line || line.length > FURNITURE_LINE_MAX) return false;
  // Case-insensitive patterns (not Unicode-aware) match ASCII letters only with ASCII letters, so
  // a line a pattern matches holds one of its words once lower-cased.
  const lower = line.toLowerCase();
  for (const [pattern, needs] of FURNITURE_LINES) {
    if (needs.some((w) => lower.includes(w)) && pattern.test(line)) return true;
  }
  return false;
}

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (English bylines only). */
const BYLINE_LEAD = /^(by|written by|words by|reporting by|story by|posted by)\s+/i;
const BYLINE_NAMES = /^[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3}(\s*(,|and|&)\s*[\p{Lu}][\p{L}.'’-]*(\s+[\p{Lu}][\p{L}.'’-]*){0,3})*(\s*[|,–—-]\s*.{0,60})?$/u;

export function isBylineLine(text: string): boolean {
  const line = text.replace(/\s+/g, " ").trim();
  const lead = BYLINE_LEAD.exec(line);
  return !!lead && line.length <= 160 && BYLINE_NAMES.test(line.slice(lead[0].length));
}

const MONTH_NAMES = "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?";
const DATE_WORDS = new RegExp(
  String.raw`\b(${MONTH_NAMES}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*|published|updated|posted|modified|last|first|on|at|am|pm|a\.m|p\.m|[a-z]{2,4}t|utc|gmt|today|yesterday)\b\.?`,
  "gi",
);
const DATE_SHAPE = new RegExp(String.raw`\b(${MONTH_NAMES})\b|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\b\d{1,2}:\d{2}\b`, "i");

/**
 * A line that is only a date or time, perhaps with "Published", "Updated" and a zone ("Posted: Fri
 * 6:45 PM, Feb 16, 2018 | Updated: …"): metadata, not story.
 */
export function isDateLine(text: string): boolean {
  const line = text.replace(/\s+/g, " ").trim();
  if (!line || line.length > 120 || !DATE_SHAPE.test(line)) return false;
  const rest = line.replace(DATE_WORDS, "").replace(/[\d\s.,:;|/•·()–—+-]+/g, "");
  return rest.length <= 2;
}
