/**
 * Datelines and dates: "Rijswijk, 20 februari 2023 –", "München, 3. März 2023.", "Paris, le
 * 2 mai 2022", "NEW YORK, July 4, 2025 —", "Leeds." Month names come from Intl for every
 * language of the locale table.
 */
import { markers } from '~/lib/authoring/import/lexicon';

const M = markers.monthName;
/** "20 februari 2023", "3. März 2023", "1er mai 2022", "July 21, 2021", "20.02.2023", "2023-02-20". */
const DATE = String.raw`(?:(?<d1>\d{1,2})(?:\.|er|st|nd|rd|th)?\s+(?<m1>${M})\.?\s+(?<y1>\d{4})|(?<m2>${M})\.?\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y2>\d{4})|(?<d3>\d{1,2})[./-](?<m3>\d{1,2})[./-](?<y3>\d{4})|(?<y4>\d{4})-(?<m4>\d{2})-(?<d4>\d{2}))`;
const CITY = String.raw`(?<city>\p{Lu}[\p{L}'’.-]*(?:[ -][\p{L}'’.-]+){0,3}?)(?:,\s+(?:the\s+)?\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}?)?`;
const DATELINE = new RegExp(
  String.raw`^(?:${CITY}\s*[,.]?\s+)?(?:(?:${markers.dateParticles})\s+)?${DATE}(?:\s*(?:[-–—:.|]|\s)\s*(?<rest>.*))?$`,
  'iu',
);
const DATE_ANYWHERE = new RegExp(DATE, 'iu');
/** The seed style: "Rijswijk. The company…", "LEEDS – The company…". */
const CITY_OPENING =
  /^(?<city>\p{Lu}[\p{L}'’-]+(?:[ /-]\p{Lu}[\p{L}'’-]+){0,2})(?:\.|\s+[–—-]|\s*\([^)]{2,30}\)\s*[–—-]?)\s+(?=[\p{Lu}\d„“"«])/u;
/** Words that end in a full stop at the start of a sentence without being a place. */
const NOT_CITIES = new Set('dr mr mrs ms prof ir ing drs mevr dhr st nr no hr fr mme m'.split(' '));

/** A dateline found in a line: place, day and the text after it. */
export interface Dateline {
  location?: string | undefined;
  day: string;
  /** The paragraph text after the dateline, when it opens the body. */
  rest: string;
}

function isoDay(g: Record<string, string | undefined>): string | undefined {
  const day = Number(g['d1'] ?? g['d2'] ?? g['d3'] ?? g['d4']);
  const monthText = g['m1'] ?? g['m2'];
  const month = monthText ? markers.months.get(monthText.toLowerCase()) : Number(g['m3'] ?? g['m4']);
  const year = Number(g['y1'] ?? g['y2'] ?? g['y3'] ?? g['y4']);
  if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  // Date.UTC rolls 31 February over into March: a day that does not exist comes back different.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a dateline at the start of a line, in any language of the locale table.
 * @example findDateline('München, 3. März 2023. Das Werk öffnet.') // { location: 'München', day: '2023-03-03', rest: 'Das Werk öffnet.' }
 * @example findDateline('Paris, le 2 mai 2022') // { location: 'Paris', day: '2022-05-02', rest: '' }
 */
export function findDateline(line: string): Dateline | undefined {
  // Only the opening matters: a long paragraph is read no further than its first words.
  const head = line.length > 400 ? line.slice(0, 400) : line;
  const g = DATELINE.exec(head)?.groups;
  const day = g && isoDay(g);
  if (!g || !day) return undefined;
  const location = g['city'] ? placeName(g['city'].replace(/[,.]$/, '').trim()) : undefined;
  const rest = `${g['rest'] ?? ''}${line.slice(head.length)}`.trim();
  return { location: location || undefined, day, rest };
}

/**
 * A date anywhere in a short line, as a letterhead gives it: "Datum: 12 maart 2025".
 * @example findDate('Media information · 21 July 2025') // '2025-07-21'
 */
export function findDate(line: string): string | undefined {
  if (line.length > 160) return undefined;
  const g = DATE_ANYWHERE.exec(line)?.groups;
  return g ? isoDay(g) : undefined;
}

/**
 * A city opening the first paragraph without a date: "Leeds. Havenstad …", "MÜNCHEN – Das …".
 * @example cityOpening('Leeds. Havenstad opens a hub.') // { location: 'Leeds', rest: 'Havenstad opens a hub.' }
 */
export function cityOpening(paragraph: string): { location: string; rest: string } | undefined {
  const match = CITY_OPENING.exec(paragraph.slice(0, 120));
  const city = match?.groups?.['city'];
  if (!match || !city || NOT_CITIES.has(city.toLowerCase())) return undefined;
  return { location: placeName(city), rest: paragraph.slice(match[0].length) };
}

/** An all-capital place name ("LEEDS", "NEW YORK") written the usual way. */
function placeName(city: string): string {
  if (city !== city.toUpperCase()) return city;
  return city.toLowerCase().replace(/(^|[ /-])\p{L}/gu, (c) => c.toUpperCase());
}
