/**
 * Outside text made inert in Markdown: whatever an imported release says, no HTML, link,
 * autolink, image or emphasis can form from it, in paragraphs, headings and list items alike.
 * The text reads the same on the page; only the Markdown source carries backslashes.
 */

/** Characters that open inline Markdown or HTML: escaped wherever they stand. */
const INLINE = /[\\`*_[\]<>~|]/g;

/**
 * A line of outside text as inline Markdown: every character that could start markup escaped,
 * and the shapes GFM turns into links by themselves (www., scheme://, e-mail) broken.
 * @example escapeInline('[klik](javascript:alert(1)) <b>') // '\\[klik\\](javascript:alert(1)) \\<b\\>'
 */
export function escapeInline(text: string): string {
  return (
    text
      .replace(INLINE, '\\$&')
      // "&lt;" in the source would be read as "<" by Markdown; keep it as the letters it is.
      .replace(/&(?=#?\w+;)/g, '\\&')
      // GFM autolink literals: "www.x.y", "https://…" and "name@host.tld" become links on their own.
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/([a-z][a-z\d+.-]*):\/\//gi, '$1\\://')
      .replace(/([\w.+-])@(?=[\w-]+\.)/g, '$1\\@')
  );
}

/**
 * A paragraph of outside text as a Markdown paragraph: inline escapes, and nothing at the start
 * that makes a heading, quote, list, code block or thematic break.
 * @example escapeParagraph('1. Eerst dit') // '1\\. Eerst dit'
 */
export function escapeParagraph(text: string): string {
  return escapeInline(text)
    .replace(/^(\d+)([.)]) /, '$1\\$2 ')
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\s*)(?=\S)/, '');
}
