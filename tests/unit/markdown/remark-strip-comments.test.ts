/** D3: HTML comments never reach the rendered body (page, ninjs and search all read it). */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkStripComments from '~/markdown/remark-strip-comments';
import remarkTypography from '~/markdown/remark-typography';

async function render(markdown: string) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkStripComments, [remarkTypography, { lang: 'nl' }]],
    smartypants: false,
    syntaxHighlight: false,
  });
  return (await processor.render(markdown)).code.trim();
}

describe('remark-strip-comments', () => {
  it('removes the review’s internal comment and the importer’s cut-out block', async () => {
    const html = await render(`Tekst.

<!-- INTERNCOMMENT: koopsom 999 miljoen, niet publiceren -->

<!--
TODO check, then delete this comment. Cut out of bericht.txt:
Jan Geheim, privé 06-12345678, jan.geheim@example.com
-->

Slot.`);
    expect(html).toBe('<p>Tekst.</p>\n<p>Slot.</p>');
  });

  it('removes inline comments and comments that share a block with allowed HTML', async () => {
    expect(await render('Tekst <!-- geheim --> meer.')).toBe('<p>Tekst  meer.</p>');
    expect(await render('<br>\n<!-- geheim -->\n\nSlot.')).toBe('<br>\n\n<p>Slot.</p>');
    expect(await render('<!-- geheim --> staart')).toBe('staart');
  });

  it('drops an unclosed comment rather than publish it (the checks refuse it)', async () => {
    const html = await render('Eerst.\n\n<!-- nooit gesloten, privé 06-12345678\n\nLaatst.');
    expect(html).toBe('<p>Eerst.</p>');
  });

  it('leaves comments in code alone: they are text there', async () => {
    expect(await render('`<!-- x -->`')).toBe('<p><code>&#x3C;!-- x --></code></p>');
  });
});
