/**
 * The press kit of a public release: one ZIP with the release as Markdown and as a standalone
 * HTML page that reads offline, its key figures as CSV (the columns of /api/key-figures.csv),
 * every original image and a credits file. Text is deflated; images are stored as they are,
 * since JPEG, PNG and WebP are compressed already and deflating them costs time for nothing.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toMdast } from 'hast-util-to-mdast';
import { h } from 'hastscript';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { SKIP, visit } from 'unist-util-visit';
import { locales, useTranslations, type Lang } from '~/i18n/locales';
import { site, siteName } from '~/lib/config';
import { subscriptDigits, typesetPlain } from '~/lib/locale/typography';
import { formatBytes } from '~/lib/locale/format';
import type { Published, Release } from '~/lib/model/catalogue';
import { bodyHtml, originalBytes, originalImages } from '~/lib/model/files';
import { keyFigureRowsOf, keyFiguresCsv } from '~/lib/outputs/api';
import { sanitiseBody } from '~/lib/outputs/ninjs';
import { releaseContent, type ReleaseContent } from '~/lib/views/release';
import { digestOf } from '~/lib/model/digest';

/** An original image as the kit carries it. */
export interface KitImage {
  fileName: string;
  bytes: Uint8Array;
}

/** Everything one press kit holds, gathered; `pressKitFiles` and `zipPressKit` only arrange it. */
export interface PressKitInput {
  /** The release's slug: the kit's folder and its text files are named after it. */
  slug: string;
  /** The newsroom's name, at the head of the text. */
  newsroom: string;
  content: ReleaseContent;
  /** The release date: every file in the ZIP carries it, so that a rebuild writes the same bytes. */
  date: Date;
  /** The body as the page shows it (HTML); sanitised here. */
  bodyHtml: string;
  images: KitImage[];
  /** The key figures as CSV, or undefined when the release has none. */
  figuresCsv: string | undefined;
}

/** Where the kit's files go inside the ZIP, below its folder. */
export const KIT_IMAGES = 'images';
export const KIT_FIGURES = 'key-figures.csv';
export const KIT_CREDITS = 'credits.txt';

/**
 * A front-matter string as plain text with the language's typography and CO₂ as one character.
 * @example plain('"Minder CO2"', 'nl') // '“Minder CO₂”'
 */
const plain = typesetPlain;

/** Replaces `<sub>2</sub>` in rendered HTML by "₂", for the same reason as `plain`. */
function subscriptsAsText(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'sub' || index === undefined || !parent) return;
    const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    if (!/^\d+$/.test(text)) return;
    parent.children.splice(index, 1, { type: 'text', value: subscriptDigits(text) });
    return [SKIP, index];
  });
}

/** A label with the language's colon: "Bron:", "Source :". */
function field(label: string, lang: Lang): string {
  return useTranslations(lang)('ui.field', { label });
}

/** The release as one hast tree: masthead and article, shared by the HTML and Markdown files. */
function documentBody(input: PressKitInput): ElementContent[] {
  const { content, newsroom } = input;
  const { lang } = content;
  const t = useTranslations(lang);
  const p = (text: string) => plain(text, lang);
  const body = fromHtml(sanitiseBody(input.bodyHtml), { fragment: true });
  subscriptsAsText(body);
  const imageFile = (i: number) => `${KIT_IMAGES}/${input.images[i]!.fileName}`;

  const figures = content.figures.map((f) => {
    const meta = [
      f.baseline && `${field(t('release.baseline'), lang)} ${p(f.baseline)}`,
      f.period && `${field(t('release.period'), lang)} ${f.period}`,
      f.source && `${field(t('release.source'), lang)} ${p(f.source)}`,
    ].filter(Boolean);
    return h('li', [
      h('strong', p(f.display)),
      ` ${p(f.label)}`,
      ...(meta.length > 0 ? [` (${meta.join('; ')})`] : []),
    ]);
  });

  const article = h('article', [
    h('h1', p(content.title)),
    content.subtitle ? h('p.subtitle', h('strong', p(content.subtitle))) : null,
    content.highlights.length > 0
      ? h(
          'ul.highlights',
          content.highlights.map((x) => h('li', p(x))),
        )
      : null,
    h('p.dateline', h('strong', content.dateline)),
    content.updated
      ? h('p.updated', [
          h('strong', field(t('release.updated'), lang)),
          ` ${content.updated.display}: ${p(content.updated.note)}`,
        ])
      : null,
    ...(figures.length > 0 ? [h('h2', t('release.keyFigures')), h('ul.figures', figures)] : []),
    h('div.body', body.children as ElementContent[]),
    ...(content.quotes.length > 0
      ? [
          h('h2', t('release.quotes')),
          ...content.quotes.map((q) =>
            h('blockquote', [
              h('p', p(`"${q.text}"`)),
              h('p', `– ${[q.person.data.name, q.role && p(q.role)].filter(Boolean).join(', ')}`),
            ]),
          ),
        ]
      : []),
    ...(content.images.length > 0
      ? [
          h('h2', t('release.images')),
          ...content.images.map((image, i) =>
            h('figure', [
              h('img', {
                src: imageFile(i),
                alt: p(image.alt),
                width: image.src.width,
                height: image.src.height,
              }),
              h(
                'figcaption',
                [image.caption && p(image.caption), image.credit && p(image.credit)]
                  .filter(Boolean)
                  .join(' — '),
              ),
            ]),
          ),
        ]
      : []),
    ...(content.contacts.length > 0
      ? [
          h('h2', t('release.contacts')),
          ...content.contacts.map((c) =>
            h('p.contact', [
              h('strong', c.name),
              ...(c.role ? [h('br'), c.role] : []),
              ...(c.phone
                ? [
                    h('br'),
                    `${field(t('release.phone'), lang)} `,
                    h('a', { href: c.phone.href }, c.phone.display),
                  ]
                : []),
              ...(c.email
                ? [
                    h('br'),
                    `${field(t('release.email'), lang)} `,
                    h('a', { href: `mailto:${c.email}` }, c.email),
                  ]
                : []),
            ]),
          ),
        ]
      : []),
    ...(content.notes.length > 0
      ? [
          h('h2', t('release.noteToEditors')),
          ...content.notes.flatMap(({ company, boilerplate }) => [
            h('h3', company.data.name),
            h('p', boilerplate.sentences.map(p).join(' ')),
            ...(company.data.website
              ? [h('p', h('a', { href: company.data.website }, company.data.website))]
              : []),
          ]),
        ]
      : []),
    content.topics.length > 0
      ? h('p.topics', `${field(t('release.topics'), lang)} ${content.topics.map((x) => x.label).join(', ')}`)
      : null,
  ]);

  const masthead = h('header.masthead', [
    h('p', [h('strong', newsroom), ` · ${content.kicker} · ${content.date}`]),
    h('p', h('a', { href: content.url }, content.url)),
  ]);
  return [masthead, article];
}

/** Print-friendly, readable offline, no request to anywhere. */
const STYLE = `body{font:1.0625rem/1.6 system-ui,sans-serif;color:#1b1f23;max-width:44rem;margin:2rem auto;padding:0 1rem}
h1{font-size:2rem;line-height:1.2;margin:.25rem 0 .75rem}h2{margin-top:2.5rem}
.masthead{border-bottom:2px solid #1b1f23;margin-bottom:1.5rem}.masthead p{margin:.25rem 0}
.subtitle{font-size:1.2rem}.subtitle strong{font-weight:400;color:#4a5560}
.highlights{border-left:4px solid #0b4f7c;padding-left:1rem;list-style:none;font-weight:600}
.body{font-family:Charter,Cambria,serif;font-size:1.125rem}
blockquote{margin:1.5rem 0;padding-left:1rem;border-left:4px solid #d5dbe0}
img{max-width:100%;height:auto}figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#4a5560}
.topics{font-size:.9rem;color:#4a5560}`;

/**
 * The release as a standalone HTML page: everything inline but the images, which sit next
 * to it in the kit.
 */
export function pressKitHtml(input: PressKitInput, body = documentBody(input)): string {
  const { content } = input;
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: locales[content.lang].tag }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `${plain(content.title, content.lang)} · ${input.newsroom}`),
          h('link', { rel: 'canonical', href: content.url }),
          h('style', STYLE),
        ]),
        h('body', body),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** The release as Markdown: a readable header (newsroom, date, address) instead of front-matter. */
export function pressKitMarkdown(input: PressKitInput, body = documentBody(input)): string {
  const tree: Root = { type: 'root', children: body };
  const mdast = toMdast(tree);
  return toMarkdown(mdast, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '_', rule: '-' });
}

/** Caption, credit, alt text and size of each image, for whoever places them. */
export function creditsText(input: PressKitInput): string {
  const { content } = input;
  const { lang } = content;
  const t = useTranslations(lang);
  const line = (label: string, value: string) => `${field(label, lang)} ${value}`;
  const blocks = content.images.map((image, i) => {
    const file = input.images[i]!;
    return [
      `${KIT_IMAGES}/${file.fileName}`,
      ...(image.caption ? [line(t('pressKit.caption'), plain(image.caption, lang))] : []),
      ...(image.credit ? [line(t('pressKit.credit'), plain(image.credit, lang))] : []),
      line(t('pressKit.alt'), plain(image.alt, lang)),
      line(t('pressKit.size'), `${image.format}, ${formatBytes(file.bytes.byteLength, lang)}`),
    ].join('\n');
  });
  const header = [plain(content.title, lang), line(t('pressKit.source'), content.url)].join('\n');
  return `${[header, ...blocks].join('\n\n')}\n`;
}

/** The kit's files by path inside the ZIP, in the order a reader meets them. */
export function pressKitFiles(input: PressKitInput): [string, string | Uint8Array][] {
  const dir = input.slug;
  // One tree for both files: building it (the body parsed and sanitised) was a third of a
  // kit's cost. Neither serialiser changes the tree.
  const body = documentBody(input);
  return [
    [`${dir}/${input.slug}.md`, pressKitMarkdown(input, body)],
    [`${dir}/${input.slug}.html`, pressKitHtml(input, body)],
    ...(input.figuresCsv !== undefined
      ? [[`${dir}/${KIT_FIGURES}`, input.figuresCsv] as [string, string]]
      : []),
    ...(input.images.length > 0 ? [[`${dir}/${KIT_CREDITS}`, creditsText(input)] as [string, string]] : []),
    ...input.images.map((image): [string, Uint8Array] => [
      `${dir}/${KIT_IMAGES}/${image.fileName}`,
      image.bytes,
    ]),
  ];
}

/** The ZIP: text deflated, images stored; every entry dated with the release. */
export function zipPressKit(input: PressKitInput): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const [path, data] of pressKitFiles(input)) {
    entries[path] =
      typeof data === 'string'
        ? [encoder.encode(data), { level: 6, mtime: input.date }]
        : [data, { level: 0, mtime: input.date }];
  }
  return zipSync(entries);
}

/** Byte sizes of the kits built so far, by release URL: the page states its kit's size. */
const sizes = new Map<string, number>();

/**
 * Gathers and zips the press kit of a public release: its body rendered, its originals read,
 * its figures as CSV. Remembers the size for the release page.
 */
export async function buildPressKit(
  published: Published,
  release: Release,
): Promise<Uint8Array<ArrayBuffer>> {
  const originals = originalImages(release);
  const rows = keyFigureRowsOf(release, site.timeZone);
  const zip = zipPressKit({
    slug: release.slug,
    newsroom: siteName(release.lang),
    content: releaseContent(published, release),
    date: release.entry.data.date,
    bodyHtml: await bodyHtml(release),
    images: await Promise.all(
      originals.map(async (image) => ({ fileName: image.fileName, bytes: await originalBytes(image) })),
    ),
    figuresCsv: rows.length > 0 ? keyFiguresCsv(rows) : undefined,
  });
  sizes.set(release.url, zip.byteLength);
  return zip;
}

/**
 * The byte size of a release's press kit. The build writes the kits before the pages (a route
 * with more segments goes first), so this is usually remembered; otherwise the kit is built to
 * measure it.
 */
export async function pressKitSize(published: Published, release: Release): Promise<number> {
  return sizes.get(release.url) ?? (await buildPressKit(published, release)).byteLength;
}

/**
 * The press kit's cache key: what `buildPressKit` gathers, with the body standing in by the
 * release's digest and each image's bytes by the content hash in its built URL.
 */
export function pressKitKey(published: Published, release: Release): string {
  return digestOf(
    'press-kit',
    release,
    siteName(release.lang),
    releaseContent(published, release),
    keyFigureRowsOf(release, site.timeZone),
    originalImages(release).map((image) => image.fileName),
  );
}
