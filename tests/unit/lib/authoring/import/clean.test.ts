import { describe, expect, it } from 'vitest';
import { joinLines, normaliseText, removeFurniture, stripControl } from '~/lib/authoring/import/clean';
import { segmentText } from '~/lib/authoring/import/segment';

const lines = (text: string) => removeFurniture(normaliseText(text).text).lines.filter(Boolean);

describe('cleaning', () => {
  it('removes page breaks and page numbers in every style', () => {
    const doc = segmentText('Een\fPagina 2 van 3\ntwee\n- 3 -\nSeite 4\nPage 5 of 6\n7\ndrie');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Een twee drie']);
    expect(doc.notes).toContain('removed 1 page break');
    expect(doc.notes).toContain(
      'removed page numbers: "Pagina 2 van 3", "- 3 -", "Seite 4", "Page 5 of 6", "7"',
    );
  });

  it('fixes certain OCR slips in CO2 and leaves other words alone', () => {
    const { text, notes } = normaliseText('De COZ2-uitstoot en C02 dalen; CO₂ ook.\nEen efficiént proces.');
    expect(text).toBe('De CO2-uitstoot en CO2 dalen; CO2 ook.\nEen efficiént proces.');
    expect(notes.join(' ')).toContain('"COZ2", "C02"');
  });

  it('trims stray spaces', () => {
    expect(lines('  twee   woorden \t')).toEqual(['twee woorden']);
  });

  it('removes what XML forbids, keeping page breaks until the pages are read', () => {
    const { text, notes } = normaliseText(
      'Noordwind Energie opent\b windpark\u0002 Zuidlaren\v\u0001\fpagina\uFFFE\ud800',
    );
    expect(text).toBe('Noordwind Energie opent windpark Zuidlaren\n\fpagina');
    expect(notes).toContain('removed 5 control characters (they break feeds)');
    expect(stripControl('a\u0000b\u001fc\u0085d')).toBe('abcd');
  });

  it('drops a running header at the top of later pages and a footer repeated on every page', () => {
    const text = [
      'Havenstad Mobiliteit',
      'Media information',
      '',
      'Headline of the release',
      '',
      'First paragraph of the text.',
      'Havenstad Mobiliteit · Harbour Road 1 · Leeuwarden',
      '\fHavenstad Mobiliteit',
      'Media information · Page 2 of 2',
      '',
      'Second paragraph of the text.',
      'Havenstad Mobiliteit · Harbour Road 1 · Leeuwarden',
    ].join('\n');
    const { lines: kept, dropped } = removeFurniture(text);
    expect(kept.filter(Boolean)).toEqual([
      'Havenstad Mobiliteit',
      'Media information',
      'Headline of the release',
      'First paragraph of the text.',
      'Second paragraph of the text.',
    ]);
    expect(dropped).toEqual([
      'Havenstad Mobiliteit · Harbour Road 1 · Leeuwarden',
      'Havenstad Mobiliteit',
      'Media information · Page 2 of 2',
    ]);
  });

  it('drops a running header repeated in a text without page breaks, but not the first lines', () => {
    const header = 'Persbericht Noordwind Energie, 12 maart 2025';
    const body = Array.from({ length: 12 }, (_, i) => `Zin ${i + 1} van de tekst.`);
    const kept = lines([header, '', 'Kop', '', ...body.slice(0, 10), header, ...body.slice(10)].join('\n'));
    expect(kept[0]).toBe(header);
    expect(kept.filter((l) => l === header)).toHaveLength(1);
  });
});

describe('joinLines', () => {
  it('re-joins hard-wrapped lines, keeping hyphens of compounds and "milieu- en"', () => {
    expect(joinLines(['Een CO2-', 'arme productie en', 'milieu-', 'en sociale normen'])).toBe(
      'Een CO2-arme productie en milieu- en sociale normen',
    );
    expect(joinLines(['Umwelt-', 'und Sozialstandards'])).toBe('Umwelt- und Sozialstandards');
  });
});
