import { locales, type Lang } from '../../i18n/locales';
import { dateTimeFormat } from './intl';

/** Offset of `timeZone` at the instant `date`, as `+01:00`. */
export function zoneOffset(date: Date, timeZone: string): string {
  const part = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" alone means UTC itself.
  const offset = part?.replace('GMT', '') ?? '';
  return offset === '' ? '+00:00' : offset;
}

/** Calendar parts of `date` as seen in `timeZone`. */
function wallClock(date: Date, timeZone: string) {
  const parts = dateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
  };
}

/**
 * Midnight of a calendar day (`2023-02-20`) in `timeZone`.
 * @example zonedMidnight('2023-02-20', 'Europe/Amsterdam').toISOString() // '2023-02-19T23:00:00.000Z'
 */
export function zonedMidnight(day: string, timeZone: string): Date {
  return zonedTime(Date.parse(`${day}T00:00:00Z`), timeZone);
}

function offsetMinutes(date: Date, timeZone: string): number {
  // Offsets before standard time (local mean time, before about 1900) have seconds: +00:19:32.
  const [sign, hh, mm, ss] = /^([+-])(\d\d):(\d\d)(?::(\d\d))?$/.exec(zoneOffset(date, timeZone))!.slice(1);
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm) + Number(ss ?? 0) / 60);
}

const DAY_MS = 86_400_000;

/**
 * The instant at which clocks in `timeZone` show a wall-clock time, given in milliseconds as if
 * it were UTC. Where clocks go back and the time happens twice, the later one; where they jump
 * forward over it, the time after the jump: a moment read this way is never early.
 */
function zonedTime(clock: number, timeZone: string): Date {
  // No zone changes its offset twice within two days: the offsets a day either side are the candidates.
  const offsets = [clock - DAY_MS, clock + DAY_MS].map((t) => offsetMinutes(new Date(t), timeZone));
  const fits = offsets
    .map((offset) => clock - offset * 60_000)
    .filter((t) => clock - offsetMinutes(new Date(t), timeZone) * 60_000 === t);
  return new Date(fits.length > 0 ? Math.max(...fits) : clock - offsets[0]! * 60_000);
}

/** How a front-matter date was written: a day alone, a date-time with offset, or one without. */
export type DateForm = 'day' | 'offset' | 'local';

/** A date read from its text: the instant and how it was written, or what is wrong with it. */
export type DateReading = { ok: true; date: Date; form: DateForm } | { ok: false; message: string };

/** The forms the site accepts, as messages show them. */
export const EXPECTED_DATE =
  'expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)';

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/i;
/** Day and month first, as Dutch, German and French authors write a date: `1-12-2026 09:00`. */
const DAY_FIRST = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[T ]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthName(month: number): string {
  return dateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** What is wrong with a date and time, in words; undefined when the calendar and clock have it. */
function calendarProblem(parts: readonly number[]): string | undefined {
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts as [number, number, number, ...number[]];
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `there is no ${day} ${monthName(month)} ${year}`;
  if (hour > 23 || minute > 59 || second > 59) {
    return `${pad(hour)}:${pad(minute)}:${pad(second)} is not a time of day (00:00:00 to 23:59:59)`;
  }
  return undefined;
}

/**
 * Reads a front-matter date from its text, strictly: ISO 8601 `2026-12-01`, or a date-time
 * `2026-12-01T09:00:00+01:00` (seconds optional, `Z` for UTC). A date alone means midnight in
 * `timeZone`, and a date-time without offset is read there too. Any other text, or a day that
 * is not in the calendar, gives a message in the author's words.
 * @example readDateText('2026-02-30', 'Europe/Amsterdam') // { ok: false, message: 'there is no 30 February 2026; expected …' }
 */
export function readDateText(text: string, timeZone: string): DateReading {
  const raw = text.trim();
  const match = ISO_DATE.exec(raw);
  if (!match) return { ok: false, message: shapeMessage(raw, timeZone) };
  const parts = match.slice(1, 7).map((part) => Number(part ?? 0));
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const offset = match[8]?.toUpperCase();
  const offsetProblem =
    offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)
      ? `${offset} is not a time zone offset (-12:00 to +14:00)`
      : undefined;
  const problem = calendarProblem(parts) ?? offsetProblem;
  if (problem) return { ok: false, message: `${problem}; ${EXPECTED_DATE}` };

  const ms = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  // setUTCFullYear, because Date.UTC reads the years 0-99 as 1900-1999.
  const clock = new Date(Date.UTC(2000, 0, 1, hour, minute, second, ms)).setUTCFullYear(year, month - 1, day);
  if (match[4] === undefined) return { ok: true, date: zonedTime(clock, timeZone), form: 'day' };
  if (!offset) return { ok: true, date: zonedTime(clock, timeZone), form: 'local' };
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes = offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  return { ok: true, date: new Date(clock - minutes * 60_000), form: 'offset' };
}

/** The message for a text that is not ISO 8601, with the meaning of a day-first date spelled out. */
function shapeMessage(raw: string, timeZone: string): string {
  const dayFirst = DAY_FIRST.exec(raw);
  if (dayFirst) {
    const [day, month, year, hour, minute, second] = dayFirst.slice(1).map((p) => Number(p ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!calendarProblem([year, month, day, hour, minute, second])) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const meant =
        dayFirst[4] === undefined
          ? date
          : withOffset(`${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`, timeZone);
      return `"${raw}" is not written year-month-day; if you meant ${day} ${monthName(month)} ${year}, write ${meant}; ${EXPECTED_DATE}`;
    }
  }
  return `"${raw}" is not a date in the form the site reads; ${EXPECTED_DATE}`;
}

/** A date-time text without offset, completed with the offset `timeZone` has at that moment. */
function withOffset(local: string, timeZone: string): string {
  const reading = readDateText(local, timeZone);
  if (!reading.ok) return local;
  const exact = isoWithOffset(reading.date, timeZone);
  // The author's own text, unless clocks jump over that time (then the moment it is read as).
  const sameClock = exact.slice(0, 16) === local.replace(' ', 'T').slice(0, 16);
  return sameClock ? `${local}${zoneOffset(reading.date, timeZone)}` : exact;
}

/**
 * For a date-time written without offset, a message that says so and gives the value with the
 * offset of `timeZone`; undefined for any other text (with offset, a date alone, unreadable).
 * @example offsetHint('2026-06-03T09:00:00', 'Europe/Amsterdam') // '2026-06-03T09:00:00 has no time zone offset; in Europe/Amsterdam (the site's time zone) write 2026-06-03T09:00:00+02:00'
 */
export function offsetHint(raw: string, timeZone: string): string | undefined {
  const text = raw.trim();
  const reading = readDateText(text, timeZone);
  if (!reading.ok || reading.form !== 'local') return undefined;
  return `${text} has no time zone offset; in ${timeZone} (the site's time zone) write ${withOffset(text, timeZone)}`;
}

/**
 * Normalises a front-matter date. YAML turns a bare date (`2023-02-20`) into UTC midnight;
 * such a value means midnight in the site's time zone. Text is read by readDateText, and is an
 * Invalid Date when it cannot be read.
 */
export function normaliseDate(value: Date | string, timeZone: string): Date {
  if (typeof value === 'string') {
    const reading = readDateText(value, timeZone);
    return reading.ok ? reading.date : new Date(Number.NaN);
  }
  const isBareDate =
    value.getUTCHours() === 0 &&
    value.getUTCMinutes() === 0 &&
    value.getUTCSeconds() === 0 &&
    value.getUTCMilliseconds() === 0;
  return isBareDate ? zonedMidnight(value.toISOString().slice(0, 10), timeZone) : value;
}

/**
 * A YAML date value whose text is unknown, read as if written without offset: its UTC wall
 * clock, in `timeZone`. (YAML gives `2026-06-03T09:00:00` as `2026-06-03T09:00:00Z`.)
 * @example wallClockReading(new Date('2026-06-03T09:00:00Z'), 'America/New_York').toISOString() // '2026-06-03T13:00:00.000Z'
 */
export function wallClockReading(value: Date, timeZone: string): Date {
  return zonedTime(value.getTime(), timeZone);
}

/**
 * Formatting a date through Intl costs microseconds, and a build formats the same release
 * dates again on every page that lists them: at 10,000 releases that was 20 s of a cold
 * build. So the three formatters below remember their answers, keyed by instant, zone (and
 * language); a build has a few tens of thousands of distinct dates.
 */
const isoTexts = new Map<string, string>();
const days = new Map<string, string>();
const longDates = new Map<string, string>();
const REMEMBER_AT_MOST = 200_000;
function remembered(cache: Map<string, string>, key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= REMEMBER_AT_MOST) cache.clear();
    cache.set(key, (value = compute()));
  }
  return value;
}

/**
 * ISO 8601 with the time zone's offset, for JSON-LD, `<time datetime>` and feeds.
 * @example isoWithOffset(new Date('2023-02-20T09:00:00Z'), 'Europe/Amsterdam') // '2023-02-20T10:00:00+01:00'
 */
export function isoWithOffset(date: Date, timeZone: string): string {
  return remembered(isoTexts, `${date.getTime()} ${timeZone}`, () => {
    const { date: day, time } = wallClock(date, timeZone);
    return `${day}T${time}${zoneOffset(date, timeZone)}`;
  });
}

/** The calendar day (`2023-02-20`) of an instant in `timeZone`. */
export function calendarDay(date: Date, timeZone: string): string {
  return remembered(days, `${date.getTime()} ${timeZone}`, () => wallClock(date, timeZone).date);
}

/**
 * A date in words, in the language's style.
 * @example formatLongDate(new Date('2023-02-20T09:00:00Z'), 'de', 'Europe/Amsterdam') // '20. Februar 2023'
 */
export function formatLongDate(date: Date, lang: Lang, timeZone: string): string {
  return remembered(longDates, `${date.getTime()} ${lang} ${timeZone}`, () =>
    dateTimeFormat(locales[lang].intl, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }).format(date),
  );
}

/**
 * The dateline: place and date in the language's style.
 * @example formatDateline('Rijswijk', new Date('2023-02-20T09:00:00Z'), 'nl', 'Europe/Amsterdam') // 'Rijswijk, 20 februari 2023'
 */
export function formatDateline(location: string, date: Date, lang: Lang, timeZone: string): string {
  return `${location}, ${formatLongDate(date, lang, timeZone)}`;
}

/**
 * A calendar day (`YYYY-MM-DD`) from a front-matter value: a bare YAML date stays that day,
 * a date-time is read in `timeZone`.
 * @example toDay(new Date('2022-03-09'), 'Europe/Amsterdam') // '2022-03-09'
 */
export function toDay(value: Date | string, timeZone: string): string {
  return calendarDay(normaliseDate(value, timeZone), timeZone);
}

/**
 * A calendar day (`YYYY-MM-DD`) in words, the same day in every time zone.
 * @example formatDay('2022-12-31', 'nl') // '31 december 2022'
 */
export function formatDay(day: string, lang: Lang): string {
  // Noon UTC read in UTC: no offset can move it to the day before or after.
  return formatLongDate(new Date(`${day}T12:00:00Z`), lang, 'UTC');
}

/**
 * A calendar day with the month abbreviated, for table cells that must fit a phone (they keep
 * it on one line where there is room, see `.fact__table time`).
 * @example formatShortDay('2022-12-31', 'nl') // '31 dec 2022'
 * @example formatShortDay('2022-12-31', 'de') // '31. Dez. 2022'
 */
export function formatShortDay(day: string, lang: Lang): string {
  return dateTimeFormat(locales[lang].intl, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * The later of the site-time-zone reading and the literal (UTC) reading of a front-matter date
 * whose text is unknown, so that an embargo never lifts early. Text is read as if in UTC.
 */
export function latestReading(raw: Date | string, normalised: Date): Date {
  const literal = typeof raw === 'string' ? normaliseDate(raw, 'UTC') : raw;
  return Number.isNaN(literal.getTime()) || literal < normalised ? normalised : literal;
}
