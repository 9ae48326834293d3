/** The README's field tables must list exactly the fields the schemas accept. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  companySchema,
  evidenceSchema,
  personSchema,
  releaseSchema,
  targetSchema,
  topicSchema,
} from '~/schemas';
import { siteSchema } from '~/schemas/site';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** Field names in the README table between `<!-- fields:name -->` and `<!-- /fields -->`. */
function documented(name: string): string[] {
  const start = readme.indexOf(`<!-- fields:${name} -->`);
  const end = readme.indexOf('<!-- /fields -->', start);
  expect(start, `README has a fields:${name} table`).toBeGreaterThan(-1);
  return [...readme.slice(start, end).matchAll(/^\|\s*`([^`]+)`/gm)].map((m) => m[1]!);
}

/** Looks through optional, default and transform wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.core.$ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.core.$ZodType;
    else return s;
  }
}

/** Dotted field paths of a schema; array items as `field[].sub`. */
function fields(schema: z.core.$ZodType, prefix = ''): string[] {
  const s = unwrap(schema);
  if (!(s instanceof z.ZodObject)) return [];
  return Object.entries(s.shape).flatMap(([key, value]) => {
    const inner = unwrap(value as z.core.$ZodType);
    const nested =
      inner instanceof z.ZodArray
        ? fields(inner.element as z.core.$ZodType, `${prefix}${key}[].`)
        : fields(inner, `${prefix}${key}.`);
    return [`${prefix}${key}`, ...nested];
  });
}

describe('README authoring contract', () => {
  it('documents every release field and no other', () => {
    const schema = releaseSchema(() => z.string());
    expect(documented('releases').sort()).toEqual(fields(schema).sort());
  });
  it('documents every company field', () => {
    expect(documented('companies').sort()).toEqual(fields(companySchema).sort());
  });
  it('documents every person field', () => {
    expect(documented('people').sort()).toEqual(fields(personSchema).sort());
  });
  it('documents every site.yaml field', () => {
    expect(documented('site').sort()).toEqual(fields(siteSchema()).sort());
  });
  it('documents every evidence field', () => {
    expect(documented('evidence').sort()).toEqual(fields(evidenceSchema).sort());
  });
  it('documents every target field', () => {
    expect(documented('targets').sort()).toEqual(fields(targetSchema).sort());
  });
  it('documents every topic field (id comes from the list entry)', () => {
    expect(documented('topics').sort()).toEqual(['id', ...fields(topicSchema)].sort());
  });
});
