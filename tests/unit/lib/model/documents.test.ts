/** Documents of evidence and targets: where a file is, what it is served as, and what is wrong with it. */
import { describe, expect, it } from 'vitest';
import { documentPath, documentProblem, documentType, isAddress } from '~/lib/model/documents';

const files: Record<string, Uint8Array> = {
  'evidence/docs/ok.pdf': new TextEncoder().encode('%PDF-1.7\n…'),
  'evidence/docs/fake.pdf': new TextEncoder().encode('<html><script>alert(1)</script>'),
  'evidence/docs/notes.md': new TextEncoder().encode('# Notes\n'),
  'evidence/docs/binary.txt': new Uint8Array([0x61, 0x00, 0x62]),
  'evidence/docs/latin1.csv': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
};
const read = (path: string) => files[path];

describe('documents', () => {
  it('tells web addresses from files, and places a file relative to its record', () => {
    expect(isAddress('https://acme.example/lca.pdf')).toBe(true);
    expect(isAddress('docs/lca.pdf')).toBe(false);
    expect(documentPath('docs/lca.pdf', 'evidence/acme.yaml')).toBe('evidence/docs/lca.pdf');
    expect(documentPath('../evidence/docs/lca.pdf', 'targets/acme.yaml')).toBe('evidence/docs/lca.pdf');
    expect(documentPath('https://acme.example/lca.pdf', 'evidence/acme.yaml')).toBeUndefined();
  });

  it('serves each type as what it is', () => {
    expect(documentType('evidence/docs/a.pdf')).toBe('application/pdf');
    expect(documentType('evidence/docs/a.MD')).toBe('text/markdown; charset=utf-8');
    expect(documentType('evidence/docs/a.html')).toBeUndefined();
  });

  it('accepts a real PDF, UTF-8 text and any web address', () => {
    expect(documentProblem('docs/ok.pdf', 'evidence/a.yaml', read)).toBeUndefined();
    expect(documentProblem('docs/notes.md', 'evidence/a.yaml', read)).toBeUndefined();
    expect(documentProblem('https://acme.example/x.html', 'evidence/a.yaml', read)).toBeUndefined();
  });

  it('names what is wrong with a file, in the author’s words', () => {
    expect(documentProblem('docs/weg.pdf', 'evidence/a.yaml', read)).toBe(
      'document not found: "docs/weg.pdf" (looked for evidence/docs/weg.pdf in the content folder)',
    );
    expect(documentProblem('docs/fake.pdf', 'evidence/a.yaml', read)).toBe(
      '"docs/fake.pdf" is named .pdf but is no PDF file; expected a PDF',
    );
    expect(documentProblem('docs/binary.txt', 'evidence/a.yaml', read)).toBe(
      '"docs/binary.txt" holds binary data; expected plain UTF-8 text',
    );
    expect(documentProblem('docs/latin1.csv', 'evidence/a.yaml', read)).toBe(
      '"docs/latin1.csv" is not UTF-8 text; expected a text file saved as UTF-8',
    );
    expect(documentProblem('../../secret.pdf', 'evidence/a.yaml', read)).toBe(
      '"../../secret.pdf" points outside the content folder; expected a file in it, like docs/report.pdf',
    );
    expect(documentProblem('docs/page.html', 'evidence/a.yaml', read)).toBe(
      '"docs/page.html" is no document type the site publishes; expected .pdf, .md, .txt or .csv',
    );
  });
});
