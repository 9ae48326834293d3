/** Field names in the author's words. */
import { describe, expect, it } from 'vitest';
import { authorField } from '~/lib/authoring/validate/report';

const data: Record<string, unknown> = {
  keyFigures: [{ id: 'x' }],
  quotes: [{ id: 'brouwer' }],
  facts: [{ key: 'employees' }],
};
const lookup = (path: (string | number)[]) =>
  path.reduce<unknown>((node, part) => (node as Record<string | number, unknown> | undefined)?.[part], data);

describe('authorField', () => {
  it('counts list items from 1 and names them by id', () => {
    expect(authorField('keyFigures.0.value', lookup)).toBe('key figure 1 (id "x"), value');
    expect(authorField('images.0.src', lookup)).toBe('image 1, src');
    expect(authorField('quotes.0.person', lookup)).toBe('quote 1 (id "brouwer"), person');
    expect(authorField('facts.0.value', lookup)).toBe('fact 1 (key "employees"), value');
    expect(authorField('highlights.2')).toBe('highlight 3');
    expect(authorField('company.1')).toBe('company 2');
    expect(authorField('boilerplate.nl.0')).toBe('boilerplate, nl, sentence 1');
    expect(authorField('updated.date')).toBe('updated, date');
    expect(authorField('1.id', undefined, 'topic')).toBe('topic 2, id');
  });

  it('leaves plain fields and pseudo-fields as they are', () => {
    expect(authorField('title')).toBe('title');
    expect(authorField('(text)')).toBe('(text)');
  });
});
