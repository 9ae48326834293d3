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
  const utc = new Date(`${day}T00:00:00Z`);
  // The offset at UTC midnight is right except within hours of a DST switch at midnight; retry once.
  let guess = new Date(utc.getTime() - offsetMinutes(utc, timeZone) * 60_000);
  guess = new Date(utc.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  return guess;
}

function offsetMinutes(date: Date, timeZone: string): number {
  const [sign, hh, mm] = /^([+-])(\d\d):(\d\d)$/.exec(zoneOffset(date, timeZone))!.slice(1);
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}

/**
 * Normalises a front-matter date. YAML turns a bare date (`2023-02-20`) into UTC midnight;
 * such a value means midnight in the site's time zone. Strings are parsed the same way.
 */
export function normaliseDate(value: Date | string, timeZone: string): Date {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return zonedMidnight(value, timeZone);
    return new Date(value);
  }
  const isBareDate =
    value.getUTCHours() === 0 &&
    value.getUTCMinutes() === 0 &&
    value.getUTCSeconds() === 0 &&
    value.getUTCMilliseconds() === 0;
  return isBareDate ? zonedMidnight(value.toISOString().slice(0, 10), timeZone) : value;
}

/**
 * ISO 8601 with the time zone's offset, for JSON-LD, `<time datetime>` and feeds.
 * @example isoWithOffset(new Date('2023-02-20T09:00:00Z'), 'Europe/Amsterdam') // '2023-02-20T10:00:00+01:00'
 */
export function isoWithOffset(date: Date, timeZone: string): string {
  const { date: day, time } = wallClock(date, timeZone);
  return `${day}T${time}${zoneOffset(date, timeZone)}`;
}

/** The calendar day (`2023-02-20`) of an instant in `timeZone`. */
export function calendarDay(date: Date, timeZone: string): string {
  return wallClock(date, timeZone).date;
}

/**
 * A date in words, in the language's style.
 * @example formatLongDate(new Date('2023-02-20T09:00:00Z'), 'de', 'Europe/Amsterdam') // '20. Februar 2023'
 */
export function formatLongDate(date: Date, lang: Lang, timeZone: string): string {
  return dateTimeFormat(locales[lang].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date);
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

/** The later of the site-time-zone reading and the literal (UTC) reading of a front-matter date. */
export function latestReading(raw: Date | string, normalised: Date): Date {
  const literal = typeof raw === 'string' ? new Date(raw) : raw;
  return Number.isNaN(literal.getTime()) || literal < normalised ? normalised : literal;
}
