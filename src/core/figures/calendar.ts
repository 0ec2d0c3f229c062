/**
 * Calendar arithmetic on plain dates (no time zone: a news date is a calendar day), and the
 * resolution of relative dates against a publication date.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function isoDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** Parse "2024-06-13" or "2024-06-13T16:37:00" (the date part only). */
export function parseIsoDay(s: string | undefined): Day | undefined {
  // Every figure card of a page parses the same publication date: the last one is kept, and a
  // copy handed out, so that no caller can change another's day.
  if (s !== undefined && s === lastParsed.input) return lastParsed.day && { ...lastParsed.day };
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  let day: Day | undefined = m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
  if (day && !isValidDay(day)) day = undefined;
  if (s !== undefined) lastParsed = { input: s, day: day && { ...day } };
  return day;
}

let lastParsed: { input: string | undefined; day: Day | undefined } = { input: undefined, day: undefined };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  // Every date check comes here: the table answers without building a Date. Date.UTC reads the
  // years 0 to 99 as 1900 to 1999, so those (and anything odd) still ask a Date, as before.
  if (y >= 100 && y <= 9999 && m >= 1 && m <= 12 && Number.isInteger(y) && Number.isInteger(m)) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
  }
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(day: Day): boolean {
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= daysInMonth(day.y, day.m);
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

/** The largest time value a Date holds (±100,000,000 days from 1970). */
const MAX_TIME = 8.64e15;
const DAY_MS = 86_400_000;

/**
 * The calendar day of a UTC time value, by the days-to-civil arithmetic of the proleptic
 * Gregorian calendar (Howard Hinnant's `civil_from_days`) rather than a Date object per call:
 * relative dates and weekdays resolve through here many times per text.
 */
function fromUtc(ms: number): Day {
  if (!(Math.abs(ms) <= MAX_TIME)) {
    const dt = new Date(ms);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  // A Date drops the fraction of a millisecond first (toward zero), then counts whole days down.
  const z = Math.floor(Math.trunc(ms) / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

/** Add calendar months, clamping the day ("31 January + 1 month" = 29 February in a leap year). */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  const ms = toUtc(day);
  // 1 January 1970 was a Thursday (4).
  return Math.abs(ms) <= MAX_TIME ? (((Math.floor(Math.trunc(ms) / DAY_MS) + 4) % 7) + 7) % 7 : new Date(ms).getUTCDay();
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/**
 * The day a bare weekday names: the most recent such day up to the publication day itself (news
 * reports what happened), or, when the sentence looks ahead ("will", "is to"), the publication day
 * or the next such day after it. News style names the day itself rather than "today" ("will testify
 * Wednesday" in a Wednesday story is that day); a week ahead is written "next Wednesday".
 */
export function resolveWeekday(target: number, pub: Day, future: boolean): Day {
  const today = weekday(pub);
  if (future) {
    const ahead = (target - today + 7) % 7;
    return addDays(pub, ahead);
  }
  const back = (today - target + 7) % 7;
  return addDays(pub, -back);
}

/** "13 June 2024", "June 2024", "2024": a resolved ISO date, month or year in words. */
export function describeResolved(resolved: string, withWeekday = true): string {
  // Cards of one page describe the same few days again and again (the publication day above all).
  const memo = withWeekday ? DESCRIBED_WITH_WEEKDAY : DESCRIBED;
  let described = memo.get(resolved);
  if (described === undefined) {
    if (memo.size >= DESCRIBED_MAX) memo.clear();
    described = describe(resolved, withWeekday);
    memo.set(resolved, described);
  }
  return described;
}

const DESCRIBED_MAX = 1000;
const DESCRIBED = new Map<string, string>();
const DESCRIBED_WITH_WEEKDAY = new Map<string, string>();

function describe(resolved: string, withWeekday: boolean): string {
  const [y, m, d] = resolved.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined && m !== undefined) {
    const day = { y, m, d };
    const wd = withWeekday ? `${WEEKDAY_NAMES[weekday(day)]} ` : "";
    return `${wd}${d} ${MONTH_NAMES[m - 1]} ${y}`;
  }
  if (m !== undefined) return `${MONTH_NAMES[m - 1]} ${y}`;
  return String(y);
}
