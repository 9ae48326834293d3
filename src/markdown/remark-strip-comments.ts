/**
 * remark plugin: HTML comments never reach any output. They are notes for colleagues (an
 * importer's cut-out contact block, an internal remark), and the rendered body feeds the page,
 * ninjs and the search index alike. An unclosed comment is removed to the end as well, and
 * the content checks refuse it, so the build fails rather than dropping the rest of the text.
 * Runs for Markdown and MDX (MDX has no HTML comments, so there it changes nothing).
 */
import type { Parent, Root, RootContent } from 'mdast';
import { withoutComments } from '../lib/model/checks/comments';

function strip(node: Parent): void {
  const kept: RootContent[] = [];
  for (const child of node.children) {
    if (child.type === 'html' && child.value.includes('<!--')) {
      const rest = withoutComments(child.value);
      if (rest.trim() === '') continue;
      child.value = rest;
    }
    if ('children' in child) strip(child);
    kept.push(child);
  }
  // Only comment-only HTML is left out, so the parent keeps its content model.
  node.children = kept as typeof node.children;
}

/** The plugin. */
export default function remarkStripComments() {
  return (tree: Root) => strip(tree);
}
