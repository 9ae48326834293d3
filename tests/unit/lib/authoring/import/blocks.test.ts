/**
 * One classifier for every input: the same release as plain text and as the blocks a PDF or
 * Word reader gives makes the same draft.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, importText } from '~/lib/authoring/import/index';
import { blockStyles } from '../../../../fixtures/import/house-styles/blocks';
import { houseStyleContext as context } from '../../../../fixtures/import/house-styles/expected';

const read = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../../../fixtures/import/house-styles', file), 'utf8');

describe.each(blockStyles)('%s as blocks', (file, doc) => {
  it('gives the release its text gives', () => {
    const fromText = importText(read(file), context);
    const fromBlocks = importDocument(doc, context);
    const parts = ({ notes: _notes, cut, ...release }: typeof fromText) => ({
      ...release,
      // A text keeps its line breaks in what was cut out; a document has none inside a paragraph.
      cut: cut.map((c) => ({
        kind: c.kind,
        heading: c.heading?.replace(/\s*:$/, ''),
        text: c.text.split(/\s+/),
      })),
    });
    expect(parts(fromBlocks)).toEqual(parts(fromText));
  });
});
