import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontMatter } from '~/lib/authoring/front-matter';
import { frontMatterText } from '~/lib/authoring/release-writer';

describe('frontMatterText', () => {
  const text = frontMatterText(
    [
      { key: 'title', value: 'Groei: 12 "procent" # geen commentaar', comment: 'The headline.' },
      { example: 'subtitle', value: '', comment: 'Optional: the subheadline.' },
      { key: 'date', value: '2026-12-01T09:00:00+01:00' },
      { key: 'contacts', value: ['a', 'b'], flow: true },
      {
        example: 'keyFigures',
        value: [{ id: 'x', value: 1, unit: 'percent', label: 'iets' }],
        notes: [
          [[0, 'unit'], 'percent, EUR'],
          [[0], 'From: "1 procent iets."', 'above'],
        ],
      },
      { key: 'draft', value: true },
    ],
    'Cut out:\n  | Jan\r\nGeheim, 06-1234\u2028---\u0007',
  );

  it('quotes free text, keeps dates and ids plain, and comments out the examples', () => {
    expect(text).toBe(`---
# The headline.
title: "Groei: 12 \\"procent\\" # geen commentaar"
# Optional: the subheadline.
# subtitle: ""
date: 2026-12-01T09:00:00+01:00
contacts: [a, b]
# keyFigures:
#   # From: "1 procent iets."
#   - id: x
#     value: 1
#     unit: percent # percent, EUR
#     label: "iets"
draft: true

# Cut out:
#   | Jan
# Geheim, 06-1234
# ---
---
`);
  });

  it('reads back as the values it was given, the comments gone', () => {
    const data = parseYaml(splitFrontMatter(`${text}\nBody\n`).yaml!).doc.toJS();
    expect(data).toEqual({
      title: 'Groei: 12 "procent" # geen commentaar',
      date: new Date('2026-12-01T08:00:00Z'),
      contacts: ['a', 'b'],
      draft: true,
    });
  });

  it('writes no character that XML forbids, whatever the value holds', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
    const written = frontMatterText([
      { key: 'title', value: 'Windpark\b opent\u0002' },
      { key: 'location', value: 'Zuid\u0001laren' },
    ]);
    expect(written).toBe('---\ntitle: "Windpark opent"\nlocation: "Zuidlaren"\n---\n');
    expect(written).not.toMatch(forbidden);
  });
});
