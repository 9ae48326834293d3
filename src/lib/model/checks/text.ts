/**
 * Checks of a release's text (the Markdown or MDX below the front-matter) that need its
 * structure: raw HTML, link protocols, unclosed comments, and the images it shows. The text is
 * parsed with remark as the build parses it (GitHub-flavoured Markdown, MDX for `.mdx`), so a
 * `<` inside code is code and a link is what the page will link to.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { forbiddenCharacterMessage, forbiddenCharacters } from '~/lib/locale/characters';
import { unclosedComment, withoutComments } from '~/lib/model/checks/comments';

export type TextFormat = 'md' | 'mdx';

/** A 1-based line and column, counted from the first line of the text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A problem in a release's text, with its place there. */
export interface TextProblem {
  message: string;
  at: TextPosition;
}

/** The only raw HTML elements a release may use: everything else is written in Markdown. */
export const ALLOWED_ELEMENTS: readonly string[] = ['sub', 'sup', 'br'];

/** The only link protocols a release may use; relative links and `#anchors` have none. */
export const ALLOWED_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** hast properties and MDX attributes whose value is a URL a browser follows or loads. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'formaction',
  'poster',
  'cite',
  'data',
]);

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/**
 * Without `<`, `](`, `]:` or `![` a Markdown text holds no HTML, no link other than a bare web
 * address and no image, so it need not be parsed: the build checks thousands of texts.
 */
const STRUCTURE = /<|\]\(|\]:|!\[/;

/**
 * Parses a release's text as the build does; an MDX syntax error comes back as a problem.
 * @example parseText('Hello *world*', 'md') // { tree: { type: 'root', … } }
 */
export function parseText(text: string, format: TextFormat): { tree: Root } | { error: TextProblem } {
  try {
    return { tree: (format === 'mdx' ? mdx : markdown).parse(text) };
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    return {
      error: {
        message: `MDX syntax: ${e.reason ?? e.message}`,
        at: { line: e.line ?? 1, column: e.column ?? 1 },
      },
    };
  }
}

/**
 * The protocol of a URL when a release may not link to it, else undefined. Browsers ignore
 * tabs, line breaks and leading spaces in a URL, so they are ignored here too.
 * @example refusedProtocol('javascript:alert(1)') // 'javascript'
 * @example refusedProtocol('https://example.org') // undefined
 */
export function refusedProtocol(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop these from a URL, so must we
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007F]/g, ''))?.[1]?.toLowerCase();
  return scheme && !ALLOWED_PROTOCOLS.includes(scheme) ? scheme : undefined;
}

const protocolMessage = (what: string, scheme: string) =>
  `${what} uses "${scheme}:"; expected a link starting with ${ALLOWED_PROTOCOLS.map((p) => `${p}:`).join(', ')} (or a relative link)`;

const elementMessage = (tag: string) =>
  `raw HTML <${tag}> is not allowed in a release; expected Markdown (only ${ALLOWED_ELEMENTS.map((t) => `<${t}>`).join(', ')} may be written as HTML)`;

const handlerMessage = (attribute: string, tag: string) =>
  `the attribute "${attribute}" on <${tag}> is not allowed: it runs script; remove it`;

const UNCLOSED =
  'unclosed HTML comment: "<!--" without "-->"; everything after it would vanish from the page (close it with "-->" or remove it)';

/**
 * Every problem in a release's text: characters XML forbids, unclosed comments, raw HTML
 * outside the allow-list, event-handler attributes, link protocols other than http(s), mailto
 * and tel (Markdown links, autolinks, reference definitions, images and HTML attributes).
 */
export function textProblems(text: string, format: TextFormat): TextProblem[] {
  const problems: TextProblem[] = forbiddenCharacters(text).map((found) => ({
    message: forbiddenCharacterMessage(found),
    at: positionAt(text, found.index),
  }));
  if (format === 'md' && !STRUCTURE.test(text)) return problems;
  const parsed = parseText(text, format);
  if ('error' in parsed) return [...problems, parsed.error];
  visit(parsed.tree, (node: Nodes) => {
    const at = start(node);
    switch (node.type) {
      case 'html':
        problems.push(...htmlProblems(node.value, at));
        break;
      case 'text':
        // A "<!--" that micromark did not take as a comment would be published as it stands.
        if (node.value.includes('<!--')) problems.push({ message: UNCLOSED, at });
        break;
      case 'link':
      case 'definition':
      case 'image': {
        const scheme = refusedProtocol(node.url);
        if (scheme) {
          const what = node.type === 'image' ? 'an image' : 'a link';
          problems.push({ message: protocolMessage(`${what} to "${node.url}"`, scheme), at });
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...jsxProblems(node, at));
        break;
    }
  });
  return problems;
}

/** Problems in one piece of raw HTML. */
function htmlProblems(html: string, at: TextPosition): TextProblem[] {
  const problems: TextProblem[] = [];
  const unclosed = unclosedComment(html);
  if (unclosed >= 0) problems.push({ message: UNCLOSED, at: offset(at, html, unclosed) });
  const rest = withoutComments(html);
  if (rest.trim() === '') return problems;
  // Declarations, processing instructions and CDATA: never prose.
  const odd = /<[!?][^>]*/.exec(rest);
  if (odd) problems.push({ message: elementMessage(odd[0].slice(1, 20)), at });
  // Tag names as written: the HTML parser below drops <html>, <head> and <body> in a fragment.
  const refused = new Set<string>();
  for (const [, name] of rest.matchAll(/<([a-z][a-z0-9-]*)/gi)) {
    const tag = name!.toLowerCase();
    if (!ALLOWED_ELEMENTS.includes(tag) && !refused.has(tag)) {
      refused.add(tag);
      problems.push({ message: elementMessage(tag), at });
    }
  }
  visit(fromHtml(rest, { fragment: true }), 'element', (element: Element) => {
    for (const [property, value] of Object.entries(element.properties)) {
      if (/^on/i.test(property)) {
        problems.push({ message: handlerMessage(property.toLowerCase(), element.tagName), at });
      } else if (URL_ATTRIBUTES.has(property) && typeof value === 'string') {
        const scheme = refusedProtocol(value);
        if (scheme)
          problems.push({
            message: protocolMessage(`<${element.tagName} ${property}="${value}">`, scheme),
            at,
          });
      }
    }
  });
  return problems;
}

/** Problems in an MDX element: HTML elements follow the allow-list; components are code and may stay. */
function jsxProblems(node: MdxJsxFlowElement | MdxJsxTextElement, at: TextPosition): TextProblem[] {
  const problems: TextProblem[] = [];
  const name = node.name;
  if (!name) return problems;
  const isHtml = /^[a-z]/.test(name) && !name.includes('.');
  if (isHtml && !ALLOWED_ELEMENTS.includes(name)) problems.push({ message: elementMessage(name), at });
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (/^on/i.test(attribute.name)) {
      problems.push({ message: handlerMessage(attribute.name, name), at });
    } else if (URL_ATTRIBUTES.has(attribute.name) && typeof attribute.value === 'string') {
      const scheme = refusedProtocol(attribute.value);
      if (scheme) {
        problems.push({
          message: protocolMessage(`<${name} ${attribute.name}="${attribute.value}">`, scheme),
          at,
        });
      }
    }
  }
  return problems;
}

/** An image a release's text shows: its address as written (decoded, as the build reads it) and where. */
export interface TextImage {
  url: string;
  at: TextPosition;
}

/**
 * The images a release's text shows, `![alt](src)` and `![alt][ref]` alike.
 * @example textImages('![Logo](../../../images/logo.png)', 'md') // [{ url: '../../../images/logo.png', at: { line: 1, column: 1 } }]
 */
export function textImages(text: string, format: TextFormat): TextImage[] {
  if (format === 'md' && !STRUCTURE.test(text)) return [];
  const parsed = parseText(text, format);
  if ('error' in parsed) return [];
  const definitions = new Map<string, string>();
  visit(parsed.tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const images: TextImage[] = [];
  visit(parsed.tree, (node: Nodes) => {
    const url =
      node.type === 'image'
        ? node.url
        : node.type === 'imageReference'
          ? definitions.get(node.identifier)
          : undefined;
    if (url !== undefined) images.push({ url: safeDecode(url), at: start(node) });
  });
  return images;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function start(node: Nodes): TextPosition {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The position of `index` in a text, as a 1-based line and column. */
export function positionAt(text: string, index: number): TextPosition {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** The position of `index` within a piece of text that starts at `at`. */
function offset(at: TextPosition, text: string, index: number): TextPosition {
  const inner = positionAt(text, index);
  return inner.line === 1
    ? { line: at.line, column: at.column + inner.column - 1 }
    : { line: at.line + inner.line - 1, column: inner.column };
}
