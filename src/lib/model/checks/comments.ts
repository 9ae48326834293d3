/**
 * HTML comments in a release's text. They are notes for colleagues (the importer's cut-out
 * contact block, an internal remark) and never reach any output. Loaded by astro.config.mjs
 * (through the Markdown plugin that removes them), so this module imports nothing.
 */

/** A closed comment, including the short forms `<!-->` and `<!--->` that HTML also closes. */
const CLOSED = /<!--(?:-?>|[\s\S]*?-->)/g;

/**
 * Raw HTML without its comments; an unclosed comment runs to the end, as a browser reads it.
 * @example withoutComments('<sub>2</sub><!-- note -->') // '<sub>2</sub>'
 */
export function withoutComments(html: string): string {
  return html.replace(CLOSED, '').replace(/<!--[\s\S]*$/, '');
}

/**
 * The index of a `<!--` that no `-->` closes, or -1. Everything after it would vanish from the page.
 * @example unclosedComment('First <!-- never closed') // 6
 */
export function unclosedComment(text: string): number {
  // Closed comments blanked out, so that the index still points into the original text.
  return text.replace(CLOSED, (comment) => ' '.repeat(comment.length)).indexOf('<!--');
}
