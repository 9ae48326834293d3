import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, type Block, type ExtractedDocument } from '~/lib/authoring/import/blocks';
import { readDocument } from '~/lib/authoring/import/document';
import { readDocx, zipEntries } from '~/lib/authoring/import/docx';
import { readPdf } from '~/lib/authoring/import/pdf';
import { expectedBlocks, type HouseStyleFixture } from '../../../../fixtures/import/styles/fixture';
import { fixtures } from '../../../../fixtures/import/styles/index';

const documents = join(import.meta.dirname, '../../../../fixtures/import/documents');
const bytes = (name: string) => new Uint8Array(readFileSync(join(documents, name)));

/** The parts of a block the fixtures describe. */
const shape = (blocks: readonly Block[]) =>
  blocks.map(({ kind, text, level, emphasis, lead }) => ({
    kind,
    text,
    ...(level === undefined ? {} : { level }),
    ...(emphasis === undefined ? {} : { emphasis }),
    ...(lead === undefined ? {} : { lead }),
  }));

/**
 * What a Word file gives: a heading set with a paragraph style (Title, Heading 3) is bold by its
 * style, not by its runs, so the reader cannot call it bold.
 */
function expectedInWord(fixture: HouseStyleFixture) {
  const expected = expectedBlocks(fixture);
  if (fixture.page.word === 'direct') return expected;
  return expected.map((block, i) => {
    const source = styledHeadings(fixture)[i];
    if (!source) return block;
    const { emphasis: _, ...rest } = block;
    return rest;
  });
}

/** Per expected block: whether Word sets it with a paragraph style. */
function styledHeadings(fixture: HouseStyleFixture): boolean[] {
  return fixture.blocks.flatMap((block) => {
    switch (block.type) {
      case 'letterhead':
        return block.columns
          .flat()
          .filter((l) => !/^(?:page|pagina|seite|p\.)\s*\d/i.test(l.text))
          .map(() => false);
      case 'lines':
        return block.lines.map(() => false);
      case 'columns':
        return block.columns.flat().map(() => false);
      case 'bullets':
        return block.items.map(() => false);
      case 'headline':
      case 'subtitle':
      case 'heading':
        return [true];
      default:
        return [false];
    }
  });
}

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
  '%s.docx',
  (_, fixture: HouseStyleFixture) => {
    let doc: ExtractedDocument;
    beforeAll(async () => {
      doc = await readDocx(bytes(`${fixture.name}.docx`));
    });

    it('gives the blocks of the release: headings, list items and bold kept, page headers never read', () => {
      expect(shape(doc.blocks)).toEqual(expectedInWord(fixture));
    });

    it('marks the headline', () => {
      expect(doc.blocks[doc.headline!]).toMatchObject({
        kind: 'heading',
        level: 1,
        text: fixture.expected.headline,
      });
    });

    it('reads the title from the document properties', () => {
      expect(doc.title).toBe(fixture.title);
    });

    it('gives the same blocks as the PDF of the same release', async () => {
      const pdf = await readPdf(bytes(`${fixture.name}.pdf`), { lang: fixture.lang });
      const plain = (blocks: readonly Block[]) =>
        blocks.map(({ kind, text, level }) => ({ kind, text, level }));
      expect(plain(doc.blocks)).toEqual(plain(pdf.blocks));
      expect(doc.headline).toBe(pdf.headline);
    });
  },
);

// ---------------------------------------------------------------------------------------------
// The ZIP container

/** A ZIP file's central directory alone, with entries of the given names and declared sizes. */
function zipDirectory(entries: [string, number][]): Uint8Array {
  const parts: Buffer[] = [];
  for (const [name, size] of entries) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt32LE(1000, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(Buffer.byteLength(name), 28);
    parts.push(header, Buffer.from(name));
  }
  const directory = Buffer.concat(parts);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(4, 16);
  return new Uint8Array(Buffer.concat([Buffer.from('PK\x03\x04'), directory, end]));
}

describe('readDocx on files that are not a Word release', () => {
  it('lists the entries of a .docx without unpacking them', () => {
    const entries = zipEntries(bytes('nl-persbericht.docx'));
    expect(entries.has('word/document.xml')).toBe(true);
    expect(entries.get('word/document.xml')!.size).toBeGreaterThan(1000);
  });

  it('refuses a file that would unpack to more than any release (a zip bomb)', async () => {
    const bomb = zipDirectory([
      ['[Content_Types].xml', 2000],
      ['word/document.xml', 4_000_000_000],
    ]);
    await expect(readDocx(bomb)).rejects.toMatchObject({ problem: 'too-large' });
    await expect(readDocx(zipDirectory([['word/document.xml', 0xffffffff]]))).rejects.toMatchObject({
      problem: 'too-large',
    });
  });

  it('refuses a ZIP that holds no Word document', async () => {
    await expect(readDocument(zipDirectory([['mimetype', 20]]))).rejects.toMatchObject({
      problem: 'not-a-document',
    });
  });

  it('refuses a damaged ZIP', async () => {
    const cut = bytes('nl-persbericht.docx').subarray(0, 4000);
    const error = await readDocument(cut).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).problem).toBe('corrupt');
  });

  it('sends an old .doc or a password-protected Word file back to Word', async () => {
    await expect(readDocument(bytes('broken-legacy.doc'))).rejects.toMatchObject({ problem: 'legacy-word' });
  });
});
