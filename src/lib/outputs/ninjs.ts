/**
 * IPTC ninjs 3.0 (News in JSON) for each release, so that newsrooms can ingest it without scraping.
 * Property names follow the 3.0 schema, which is camelCase and allows no other properties.
 */
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { companyName, recordRel, topicLabel, type Published, type Release } from '~/lib/model/catalogue';
import { digestOf } from '~/lib/model/digest';
import { citedIds } from '~/lib/model/cited';
import { documentPath, documentType, isAddress } from '~/lib/model/documents';
import { isoWithOffset } from '~/lib/locale/dates';
import { locales } from '~/i18n/locales';
import { absoluteUrl, documentUrl, evidenceUrl, topicUrl } from '~/lib/urls';

export const NINJS_SCHEMA = 'https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json';
/** IPTC genre NewsCode for press releases. */
export const PRESS_RELEASE_GENRE = {
  uri: 'http://cv.iptc.org/newscodes/genre/PressRelease',
  name: 'Press release',
};

/** Plain data about one release, everything absolute and formatted. */
export interface NinjsInput {
  /** Absolute URL of the release page: the item's persistent identifier. */
  url: string;
  /** BCP-47 tag. */
  language: string;
  title: string;
  subtitle?: string | undefined;
  highlights: string[];
  /** ISO 8601 with offset. */
  published: string;
  /** ISO 8601 with offset of the correction, when corrected. */
  updated?: string | undefined;
  /** The dateline city. */
  location: string;
  /** The rendered body, when available (Markdown releases; MDX renders only inside a page). */
  bodyHtml?: string | undefined;
  translationKey: string;
  companies: { name: string; website?: string | undefined }[];
  /** Topics with their label in the release's language and the absolute URL of the topic page. */
  topics: { id: string; name: string; url: string }[];
  contacts: { name: string; email?: string | undefined; phone?: string | undefined }[];
  images: {
    /** Absolute URL of the original file. */
    url: string;
    width: number;
    height: number;
    contentType: string;
    alt: string;
    caption?: string | undefined;
    credit?: string | undefined;
  }[];
  /** The evidence the release cites: its page and, when it has one, its document. */
  evidence?: {
    title: string;
    /** Absolute URL of the evidence page. */
    url: string;
    document?: { href: string; contentType?: string | undefined } | undefined;
  }[];
}

interface Text {
  role?: string;
  contentType?: string;
  value: string;
}
interface Rendition {
  name: string;
  href: string;
  contentType?: string;
  title?: string;
  width?: number;
  height?: number;
}
interface ContactInfo {
  type: string;
  role?: string;
  value: string;
}

/** The subset of ninjs 3.0 that releases use. */
export interface Ninjs {
  uri: string;
  standard?: { name: string; version: string; schema: string };
  type?: 'text' | 'picture';
  representationType?: 'full' | 'partial';
  version?: string;
  firstCreated?: string;
  versionCreated?: string;
  contentCreated?: string;
  pubStatus?: 'usable';
  language?: string;
  headlines?: Text[];
  descriptions?: Text[];
  bodies?: Text[];
  located?: string;
  by?: string;
  genres?: { uri: string; name: string }[];
  subjects?: { name: string; uri: string; literal: string }[];
  infoSources?: { name: string; uri?: string }[];
  people?: { name: string; rel: string; contactInfo: ContactInfo[] }[];
  renditions?: Rendition[];
  associations?: (Ninjs & { name: string })[];
  altIds?: { role: string; value: string }[];
}

/** A release as a ninjs 3.0 text item; images become associated picture items with their original rendition. */
export function toNinjs(input: NinjsInput): Ninjs {
  const headlines: Text[] = [{ role: 'main', value: input.title }];
  if (input.subtitle) headlines.push({ role: 'sub', value: input.subtitle });
  return {
    uri: input.url,
    standard: { name: 'ninjs', version: '3.0', schema: NINJS_SCHEMA },
    type: 'text',
    representationType: input.bodyHtml ? 'full' : 'partial',
    // A correction is the second version; releases are not revised otherwise.
    version: input.updated ? '2' : '1',
    firstCreated: input.published,
    versionCreated: input.updated ?? input.published,
    contentCreated: input.published,
    pubStatus: 'usable',
    language: input.language,
    headlines,
    ...(input.highlights.length > 0
      ? {
          descriptions: input.highlights.map((value) => ({
            role: 'highlight',
            contentType: 'text/plain',
            value,
          })),
        }
      : {}),
    ...(input.bodyHtml
      ? { bodies: [{ role: 'main', contentType: 'text/html', value: sanitiseBody(input.bodyHtml) }] }
      : {}),
    located: input.location,
    by: input.companies.map((c) => c.name).join(' & '),
    genres: [PRESS_RELEASE_GENRE],
    subjects: input.topics.map((t) => ({ name: t.name, uri: t.url, literal: t.id })),
    infoSources: input.companies.map((c) => ({ name: c.name, ...(c.website ? { uri: c.website } : {}) })),
    ...(input.contacts.length > 0
      ? {
          people: input.contacts.map((c) => ({
            name: c.name,
            rel: 'pressContact',
            contactInfo: [
              ...(c.email ? [{ type: 'email', role: 'office', value: c.email }] : []),
              ...(c.phone ? [{ type: 'phone', role: 'office', value: c.phone }] : []),
            ],
          })),
        }
      : {}),
    renditions: [{ name: 'web', href: input.url, contentType: 'text/html' }],
    ...(input.images.length > 0 || (input.evidence ?? []).length > 0
      ? {
          associations: [
            ...input.images.map((image, i) => ({
              name: `image${i + 1}`,
              uri: image.url,
              type: 'picture' as const,
              descriptions: [
                { role: 'alt', value: image.alt },
                ...(image.caption ? [{ role: 'caption', value: image.caption }] : []),
              ],
              ...(image.credit ? { by: image.credit } : {}),
              renditions: [
                {
                  name: 'original',
                  href: image.url,
                  contentType: image.contentType,
                  width: image.width,
                  height: image.height,
                },
              ],
            })),
            // Evidence as text items: the page that describes it and the document itself.
            ...(input.evidence ?? []).map((evidence, i) => ({
              name: `evidence${i + 1}`,
              uri: evidence.url,
              type: 'text' as const,
              representationType: 'partial' as const,
              headlines: [{ role: 'main', value: evidence.title }],
              renditions: [
                { name: 'web', href: evidence.url, contentType: 'text/html' },
                ...(evidence.document
                  ? [
                      {
                        name: 'document',
                        href: evidence.document.href,
                        ...(evidence.document.contentType
                          ? { contentType: evidence.document.contentType }
                          : {}),
                        title: evidence.title,
                      },
                    ]
                  : []),
              ],
            })),
          ],
        }
      : {}),
    // Language versions of one release share this id.
    altIds: [{ role: 'translationKey', value: input.translationKey }],
  };
}

/**
 * GitHub's HTML allow-list (hast-util-sanitize's default), with `tel:` links and the page's own
 * heading ids kept. Partners' systems show ninjs bodies without a Content-Security-Policy.
 */
const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.['href'] ?? []), 'tel'] },
};

/**
 * A release body as ninjs carries it: no script, no event handler, no comment, no `javascript:`
 * link, whatever got past the content checks.
 * @example sanitiseBody('<p onclick="x()">Hi<script>x()</script></p>') // '<p>Hi</p>'
 */
export function sanitiseBody(html: string): string {
  return toHtml(sanitize(fromHtml(html, { fragment: true }), BODY_SCHEMA));
}

/**
 * The media type of an image format as Astro reports it.
 * @example imageContentType('jpg') // 'image/jpeg'
 */
export function imageContentType(format: string): string {
  if (format === 'jpg') return 'image/jpeg';
  if (format === 'svg') return 'image/svg+xml';
  return `image/${format}`;
}

/** The ninjs input of a catalogue release: labels in its language, contacts and images resolved. */
export function ninjsInputOf(cat: Published, release: Release, timeZone: string): NinjsInput {
  const { data } = release.entry;
  const { lang } = release;
  return {
    url: absoluteUrl(release.url),
    language: locales[lang].tag,
    title: data.title,
    subtitle: data.subtitle,
    highlights: data.highlights,
    published: isoWithOffset(data.date, timeZone),
    updated: data.updated && isoWithOffset(data.updated.date, timeZone),
    location: data.location,
    bodyHtml: release.entry.rendered?.html,
    translationKey: release.translationKey,
    companies: data.company.map((id) => ({
      name: companyName(cat, id),
      website: cat.companies.get(id)?.data.website,
    })),
    topics: data.topics.map((id) => ({
      id,
      name: topicLabel(cat, id, lang),
      url: absoluteUrl(topicUrl(lang, id)),
    })),
    contacts: data.contacts.map((id) => {
      const person = cat.people.get(id);
      return { name: person?.data.name ?? id, email: person?.data.email, phone: person?.data.phone };
    }),
    images: data.images.map((image) => ({
      url: absoluteUrl(image.src.src),
      width: image.src.width,
      height: image.src.height,
      contentType: imageContentType(image.src.format),
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
    })),
    evidence: citedIds(data, 'evidence').flatMap((id) => {
      const evidence = cat.evidence.get(id);
      if (!evidence) return [];
      const ref = evidence.data.document;
      const path = ref && !isAddress(ref) ? documentPath(ref, recordRel('evidence', id)) : undefined;
      return [
        {
          title: evidence.data.title[lang] ?? id,
          url: absoluteUrl(evidenceUrl(lang, id)),
          document: ref
            ? path
              ? { href: absoluteUrl(documentUrl(path)), contentType: documentType(path)?.split(';')[0] }
              : { href: ref }
            : undefined,
        },
      ];
    }),
  };
}

/**
 * The ninjs document's cache key: its input, with the body standing in by the release's digest
 * (it is rendered from the release file by code the build fingerprint covers).
 */
export function ninjsKey(published: Published, release: Release, timeZone: string): string {
  return digestOf('ninjs', release, { ...ninjsInputOf(published, release, timeZone), bodyHtml: undefined });
}
