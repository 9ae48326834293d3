/**
 * remark plugin: the release's language (from its folder) decides quotation marks and
 * spacing; CO2 gets its subscript. Code, HTML and MDX expressions are left alone.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../i18n/locales';
import { quoteLocaliser, splitSubscripts } from '../lib/locale/typography';
import { releaseFileLang } from '../lib/model/releases';

/** Blocks whose text forms one run for quotation-mark pairing. */
const RUNS = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes whose text is not prose. */
const SKIP = new Set(['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function localise(node: RootContent | Root, next: ((s: string) => string) | undefined, lang: Lang) {
  if (SKIP.has(node.type)) return;
  if (node.type === 'text') {
    if (next) node.value = next(node.value);
    return;
  }
  if (!('children' in node)) return;
  const run = RUNS.has(node.type) ? quoteLocaliser(lang) : next;
  for (const child of node.children) localise(child as RootContent, run, lang);
}

function subscript(node: Parent) {
  const children: RootContent[] = [];
  for (const child of node.children) {
    if (child.type !== 'text') {
      if (!SKIP.has(child.type) && 'children' in child) subscript(child);
      children.push(child);
      continue;
    }
    for (const segment of splitSubscripts(child.value)) {
      children.push(
        'sub' in segment
          ? // No mdast type for <sub>: hName makes remark-rehype emit the element (works in MDX too).
            { type: 'emphasis', data: { hName: 'sub' }, children: [{ type: 'text', value: segment.sub }] }
          : { type: 'text', value: segment.text },
      );
    }
  }
  // Text only ever stands among phrasing content, so the replacement keeps the parent's content model.
  node.children = children as typeof node.children;
}

/** The plugin. `lang` forces a language (tests); otherwise the file's folder decides. */
export default function remarkTypography(options: { lang?: Lang } = {}) {
  return (tree: Root, file: VFile) => {
    const lang = options.lang ?? releaseFileLang(file.path);
    if (!lang) return;
    localise(tree, undefined, lang);
    subscript(tree);
  };
}
