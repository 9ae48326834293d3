/**
 * Outside text made inert in Markdown: whatever an imported release says, no HTML, link,
 * image, autolink (`<…>`), reference or emphasis can form from it, in paragraphs, headings and
 * list items alike. The text reads the same on the page; only the Markdown source carries
 * backslashes. A bare web or e-mail address stays a link to exactly what it shows (GFM links
 * those in any text, after escaping): no other target, and no other scheme, can hide behind it.
 */

/** Characters that open inline Markdown or HTML: escaped wherever they stand. */
const INLINE = /[\\`*_[\]<>~|]/g;

/**
 * A line of outside text as inline Markdown: every character that could start markup escaped.
 * @example escapeInline('[klik](javascript:alert(1)) <b>') // '\\[klik\\](javascript:alert(1)) \\<b\\>'
 */
export function escapeInline(text: string): string {
  return (
    text
      .replace(INLINE, '\\$&')
      // "&lt;" in the source would be read as "<" by Markdown; keep it as the letters it is.
      .replace(/&(?=#?\w+;)/g, '\\&')
  );
}

/**
 * A paragraph of outside text as a Markdown paragraph: inline escapes, and nothing at the start
 * that makes a heading, quote, list, code block or thematic break.
 * @example escapeParagraph('1. Eerst dit') // '1\\. Eerst dit'
 */
export function escapeParagraph(text: string): string {
  return escapeInline(text.trimStart())
    .replace(/^(\d+)([.)]) /, '$1\\$2 ')
    .replace(/^([#>+=-])/, '\\$1');
}
