/** Cache keys: what changes a key, what leaves it alone, and what a key refuses to hold. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestOf, UnkeyableValueError, withKeys } from '~/lib/model/digest';

const entry = (id: string, digest: string, date = new Date('2026-03-02T09:00:00+01:00')) => ({
  id,
  collection: 'releases',
  digest,
  data: { title: `Title of ${id}`, date },
  body: 'Body',
});

type TestRelease = {
  id: string;
  url: string;
  lang: string;
  day: string;
  isPublic: boolean;
  entry: ReturnType<typeof entry>;
  versions: TestRelease[];
};

const release = (id: string, digest: string, isPublic = true): TestRelease => {
  const r: TestRelease = {
    id,
    url: `/${id}/`,
    lang: id.slice(0, 2),
    day: '2026-03-02',
    isPublic,
    entry: entry(id, digest),
    versions: [],
  };
  r.versions = [r];
  return r;
};

const pair = (nlDigest: string, enDigest: string, enPublic = true) => {
  const nl = release('nl/2026/accu', nlDigest);
  const en = release('en/2026/battery', enDigest, enPublic);
  nl.versions = [nl, en];
  en.versions = [nl, en];
  return { nl, en };
};

describe('digestOf', () => {
  it('is stable under the order of object keys and changes with any value', () => {
    expect(digestOf({ a: 1, b: [2, 3] })).toBe(digestOf({ b: [2, 3], a: 1 }));
    expect(digestOf({ a: 1, b: [2, 3] })).not.toBe(digestOf({ a: 1, b: [3, 2] }));
    expect(digestOf('x')).toMatch(/^[\w-]{43}$/);
  });

  it('tells apart values that JSON would make equal', () => {
    expect(digestOf(new Date('2026-01-01T00:00:00Z'))).not.toBe(digestOf('2026-01-01T00:00:00.000Z'));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf({}));
    expect(digestOf(new Set([1]))).not.toBe(digestOf(new Set([2])));
    expect(digestOf({ a: undefined })).toBe(digestOf({}));
  });

  it('refuses functions and cycles: their effect on a page is invisible to a key', () => {
    expect(() => digestOf({ listing: { versionsOn: () => [] } })).toThrow(UnkeyableValueError);
    expect(() => digestOf({ listing: { versionsOn: () => [] } })).toThrow(
      /key\[1\]\[0\]\.listing\.versionsOn/,
    );
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => digestOf(loop)).toThrow(/cycle/);
  });

  it('holds a release by its digest, not by its neighbours: an edit elsewhere leaves it alone', () => {
    const a = release('nl/2026/accu', 'd1');
    const b = release('nl/2026/accu', 'd1');
    expect(digestOf([a])).toBe(digestOf([b]));
    expect(digestOf([a])).not.toBe(digestOf([release('nl/2026/accu', 'd2')]));
    // The English sibling's text does not reach the Dutch page; its address and visibility do.
    expect(digestOf(pair('n', 'e1').nl)).toBe(digestOf(pair('n', 'e2').nl));
    expect(digestOf(pair('n', 'e1').nl)).not.toBe(digestOf(pair('n', 'e1', false).nl));
    expect(digestOf(pair('n', 'e1').nl)).not.toBe(digestOf(release('nl/2026/accu', 'n')));
  });

  it('changes when a release becomes public or moves to its embargo-lift date', () => {
    expect(digestOf(release('nl/2026/accu', 'd1', false))).not.toBe(digestOf(release('nl/2026/accu', 'd1')));
    const lifted = release('nl/2026/accu', 'd1');
    lifted.entry = entry('nl/2026/accu', 'd1', new Date('2026-03-03T09:00:00+01:00'));
    expect(digestOf(lifted)).not.toBe(digestOf(release('nl/2026/accu', 'd1')));
  });

  it('leaves out the company facts and person roles that pages show only as computed values', () => {
    const company = (facts: unknown[], name = 'Testco') => ({
      id: 'testco',
      collection: 'companies',
      data: { name, facts },
    });
    expect(digestOf(company([1]))).toBe(digestOf(company([1, 2])));
    expect(digestOf(company([1]))).not.toBe(digestOf(company([1], 'Testco NV')));
    const person = (roles: unknown[], email: string) => ({
      id: 'jan',
      collection: 'people',
      data: { name: 'Jan', email, roles },
    });
    expect(digestOf(person([], 'a@x.test'))).toBe(digestOf(person([{ title: 'CEO' }], 'a@x.test')));
    expect(digestOf(person([], 'a@x.test'))).not.toBe(digestOf(person([], 'b@x.test')));
  });
});

describe('withKeys', () => {
  it("keys each path by the route's name, its params and its props", () => {
    const [nl, en] = withKeys('home', [
      { params: { lang: 'nl' }, props: { lang: 'nl', count: 3 } },
      { params: { lang: 'en' }, props: { lang: 'en', count: 3 } },
    ]);
    expect(nl!.props).toEqual({ lang: 'nl', count: 3 });
    expect(nl!.cacheKey).not.toBe(en!.cacheKey);
    const [other] = withKeys('search', [{ params: { lang: 'nl' }, props: { lang: 'nl', count: 3 } }]);
    expect(other!.cacheKey).not.toBe(nl!.cacheKey);
  });
});

describe('what a key leaves out is never read directly', () => {
  // digest.ts leaves company facts and person roles out of entries: a page may show them only
  // through a value computed in its view (which is then in the key), never from the entry.
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(astro|ts)$/.test(f.name))
      .map((f) => join(f.parentPath, f.name));
  it.each(['src/components', 'src/layouts', 'src/pages'])('%s reads no .data.facts or .data.roles', (dir) => {
    const readers = files(dir).filter((file) => /\.data\.(facts|roles)\b/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});
