/**
 * One classifier for every input: the same release as plain text and as the blocks a PDF or
 * Word reader gives makes the same draft.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromReader, importDocument, importText } from '~/lib/authoring/import/index';
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

describe('fromReader', () => {
  it('takes what a PDF or Word reader gives, and says what the reader did', () => {
    const [, doc] = blockStyles.find(([file]) => file === 'en-media-information.txt')!;
    const reader = {
      blocks: doc.blocks,
      headline: doc.headline,
      dropped: ['Page 2 of 2', 'Havenstad Mobiliteit · Media Information'],
      warnings: ['page 2 has text in a font without a Unicode map: check the spelling'],
      hyphens: [
        { found: 'e- | bikes', result: 'e-bikes' },
        { found: 'Wind- | park', result: 'Windpark' },
      ],
    };
    const release = importDocument(fromReader(reader), context);
    expect(release.title).toBe(
      'Havenstad Mobiliteit adds battery storage to its shared e-bike hubs in three cities',
    );
    expect(release.notes.slice(0, 3)).toEqual([
      'removed page headers, footers and page numbers: "Page 2 of 2", "Havenstad Mobiliteit · Media Information"',
      'joined words broken at line ends: Wind- | park → Windpark',
      'page 2 has text in a font without a Unicode map: check the spelling',
    ]);
  });
});
