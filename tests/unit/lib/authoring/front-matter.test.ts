import { describe, expect, it } from 'vitest';
import { parseYaml, positionOf, splitFrontMatter, yamlErrors } from '~/lib/authoring/front-matter';

const FILE = `---
title: 'Groei'
date: 2023-02-20
keyFigures:
  - id: growth
    value: 12
    unit: percentage
  - { id: jobs, value: 3, unit: count }
---

Tekst.
`;

describe('splitFrontMatter', () => {
  it('splits YAML and body and says where each starts', () => {
    const split = splitFrontMatter(FILE);
    expect(split.yaml?.startsWith("title: 'Groei'")).toBe(true);
    expect(split.yamlLineOffset).toBe(1);
    expect(split.body).toBe('\nTekst.\n');
    expect(split.bodyLine).toBe(10);
  });

  it('finds no front-matter where there is none', () => {
    expect(splitFrontMatter('Tekst zonder kop.').yaml).toBeUndefined();
  });

  it('accepts an empty front-matter', () => {
    expect(splitFrontMatter('---\n---\nTekst').yaml).toBe('');
  });
});

describe('positionOf', () => {
  const split = splitFrontMatter(FILE);
  const parsed = parseYaml(split.yaml!, split.yamlLineOffset);

  it('points at the value of a nested field, in file lines', () => {
    expect(positionOf(parsed, 'keyFigures.0.unit')).toEqual({ line: 7, column: 11 });
    expect(positionOf(parsed, ['keyFigures', 1, 'unit'])).toEqual({ line: 8, column: 33 });
    expect(positionOf(parsed, 'date')).toEqual({ line: 3, column: 7 });
  });

  it('points at the nearest parent of a missing field, or the opening line', () => {
    expect(positionOf(parsed, 'keyFigures.0.label')).toEqual({ line: 5, column: 5 });
    expect(positionOf(parsed, 'location')).toEqual({ line: 1, column: 1 });
  });

  it('reads dates as dates, as the build does', () => {
    expect(parsed.doc.toJS().date).toBeInstanceOf(Date);
  });
});

describe('yamlErrors', () => {
  it('gives the line of a syntax error in the file', () => {
    const split = splitFrontMatter("---\ntitle: 'Groei'\ntitle: dubbel\n---\n");
    const [error] = yamlErrors(parseYaml(split.yaml!, split.yamlLineOffset));
    expect(error?.position.line).toBe(3);
    expect(error?.message).toMatch(/unique/);
  });
});
