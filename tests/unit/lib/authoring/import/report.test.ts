import { describe, expect, it } from 'vitest';
import { importText } from '~/lib/authoring/import/index';
import { needsALook, reportMarkdown, terminalTable, type ReportRow } from '~/lib/authoring/import/report';
import { context, fixture } from './context';

const de = importText(fixture('de-werk.txt'), context);
const rows: ReportRow[] = [
  {
    file: 'de-werk.txt',
    company: 'testco',
    draft: '../releases/de/2023/testbedrijf-eroffnet.md',
    lang: 'de',
    day: '2023-03-03',
    title: 'Testbedrijf | eröffnet',
    needs: needsALook(de, [{ severity: 'warning', field: 'date', message: 'x' }]),
    details: de.notes,
    checks: de.unclassified,
    proposed: de.proposedPeople,
  },
  {
    file: 'geheim.pdf',
    error: 'the file is protected by a password',
    needs: [],
    details: [],
    checks: [],
    proposed: [],
  },
];

describe('the batch report', () => {
  it('says what needs a look, most important first', () => {
    expect(rows[0]!.needs).toEqual([
      'new person file: Anna Beispiel',
      '5 key figures to choose',
      '1 company fact to compare',
      '1 warning from validate',
    ]);
    const bare = importText('Kop\n\nTekst zonder plaats of datum, van Testbedrijf.\n', context);
    expect(
      needsALook(bare, [{ severity: 'error', field: 'location', message: 'expected a city' }]).slice(0, 3),
    ).toEqual(['no date', 'no place', 'error: location: expected a city']);
  });

  it('writes a Markdown table with a link to each draft, a line for each file it could not read, and the proposed people once', () => {
    const markdown = reportMarkdown(rows, { title: 'Import of 2026-12-01: 2 files' });
    expect(markdown).toContain('2 files: 1 imported as draft, 1 not imported.');
    expect(markdown).toContain(
      '| de-werk.txt | de | 2023-03-03 | [Testbedrijf \\| eröffnet](../releases/de/2023/testbedrijf-eroffnet.md) | new person file: Anna Beispiel; 5 key figures to choose; 1 company fact to compare; 1 warning from validate |',
    );
    expect(markdown).toContain(
      '| geheim.pdf | – | – | – | not imported: the file is protected by a password |',
    );
    expect(markdown).toContain(
      '### anna-beispiel.yaml (Leiterin des Werks; in de-werk.txt)\n\n```yaml\nname: "Anna Beispiel"\ncompany: testco\n```',
    );
    expect(markdown).toContain('- [ ] quote by Anna Beispiel: no file in content/people/ has that name');
  });

  it('fits the table to the terminal', () => {
    const table = terminalTable(rows, 100).split('\n');
    expect(table[0]).toMatch(/^file +lang +date +headline +needs a look$/);
    expect(table[2]).toMatch(/^geheim\.pdf +– +– +– +not imported: the file is protected by a pas…$/);
    for (const line of table) expect(line.length).toBeLessThanOrEqual(100);
  });
});
