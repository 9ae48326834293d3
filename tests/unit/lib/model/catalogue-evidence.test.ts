/**
 * Evidence and targets go public only with a public release that cites them: the catalogue's
 * `Published` part (the only input of the exports, ninjs and documents) holds no record that
 * only a draft or an embargoed release cites. And the build refuses a release whose green claims
 * break the rules, with the same message as `npm run validate`. Loaded from stand-in collections
 * (tests/helpers/astro-content.ts); the companies and texts are fictional.
 */
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const NOW = '2026-12-01T09:00:00+01:00';

function release(id: string, data: Record<string, unknown> = {}, body = 'Acme opent een windpark.') {
  return {
    id,
    filePath: `content/releases/${id}.md`,
    body,
    data: {
      title: `Titel ${id}`,
      highlights: [],
      date: new Date('2026-11-20T10:00:00+01:00'),
      location: 'Groningen',
      company: ['acme'],
      topics: [],
      keyFigures: [],
      contacts: [],
      quotes: [],
      images: [],
      evidence: [],
      targets: [],
      claimExceptions: [],
      draft: false,
      ...data,
    },
  };
}

const evidence = (id: string, kind = 'verification', document = `https://acme.example/${id}.pdf`) => ({
  id,
  data: {
    company: 'acme',
    kind,
    title: { nl: `Bewijs ${id}`, en: `Evidence ${id}` },
    verifier: { name: 'Controlebureau Voorbeeld' },
    offsets: false,
    document,
    date: '2026-11-01',
    published: '2026-11-01',
  },
});

const target = (id: string) => ({
  id,
  data: {
    company: 'acme',
    label: { nl: `Doel ${id}` },
    metric: 'emissions',
    unit: 'tonnes-co2e',
    baseline: { value: 100, year: 2022 },
    target: { value: 0, year: 2030 },
    plan: `https://acme.example/${id}-plan.pdf`,
    verifier: { name: 'Controlebureau Voorbeeld' },
    published: '2026-11-01',
  },
});

const figure = (id: string, cites: Record<string, string>) => ({
  id,
  value: 1,
  unit: 'count',
  qualifier: 'exactly',
  label: 'windpark',
  ...cites,
});

async function loadCatalogue(
  releases: ReturnType<typeof release>[],
  records = ['openbaar', 'embargo', 'concept', 'ongebruikt'].map((id) => evidence(id)),
) {
  vi.resetModules();
  const { setCollections } = await import('../../../helpers/astro-content');
  setCollections({
    releases,
    companies: [
      {
        id: 'acme',
        data: {
          name: 'Acme Energie',
          facts: [
            {
              key: 'emissions',
              value: 80,
              unit: 'tonnes-co2e',
              asOf: '2025-12-31',
              published: '2026-03-01',
            },
          ],
          factLabels: {},
          boilerplate: { nl: ['Acme Energie wekt windstroom op.'], en: ['Acme Energie makes wind power.'] },
        },
      },
    ],
    people: [],
    topics: [],
    evidence: records,
    targets: [target('doel-openbaar'), target('doel-embargo')],
  });
  const { getCatalogue } = await import('~/lib/model/catalogue');
  return getCatalogue();
}

const entries = () => [
  release(
    'nl/2026/openbaar',
    {
      keyFigures: [figure('n', { evidence: 'openbaar' })],
      targets: ['doel-openbaar'],
    },
    'Acme opent 1 windpark.',
  ),
  release(
    'nl/2026/gesperrt',
    {
      evidence: ['embargo'],
      keyFigures: [figure('n', { target: 'doel-embargo' })],
      embargo: new Date('2026-12-03T09:00:00+01:00'),
    },
    'Acme opent 1 windpark.',
  ),
  release('nl/2026/concept', { evidence: ['concept'], draft: true }),
];

beforeEach(() => {
  vi.stubEnv('PRESS_NOW', NOW);
  vi.stubEnv('PRESS_STAFF_PREVIEW', '1');
});
afterEach(() => vi.unstubAllEnvs());

describe('evidence and targets in the catalogue', () => {
  it('publishes only the records a public release cites, on the release or on a key figure', async () => {
    const { published } = await loadCatalogue(entries());
    expect([...published.evidence.keys()]).toEqual(['openbaar']);
    expect([...published.targets.keys()]).toEqual(['doel-openbaar']);
  });

  it('gives the staff preview pages for what its unpublished releases cite, and no uncited record', async () => {
    const cat = await loadCatalogue(entries());
    expect([...cat.evidence.keys()].sort()).toEqual(['concept', 'embargo', 'openbaar']);
    expect([...cat.targets.keys()].sort()).toEqual(['doel-embargo', 'doel-openbaar']);
  });

  it('has neither pages nor documents for a record only an embargoed release cites, outside the preview', async () => {
    vi.stubEnv('PRESS_STAFF_PREVIEW', '0');
    vi.stubEnv('DEV', false);
    const cat = await loadCatalogue(entries());
    const { documentFiles } = await import('~/lib/model/catalogue');
    expect([...cat.evidence.keys()]).toEqual(['openbaar']);
    expect([...cat.targets.keys()]).toEqual(['doel-openbaar']);
    // Web addresses are not files of the site: nothing to publish under /documents/.
    expect(documentFiles(cat)).toEqual([]);
  });

  it('publishes a document only with a public release, in the staff preview too', async () => {
    const content = await mkdtemp(join(tmpdir(), 'perskamer-docs-'));
    await mkdir(join(content, 'evidence/docs'), { recursive: true });
    for (const id of ['openbaar', 'embargo']) {
      await writeFile(join(content, `evidence/docs/${id}.pdf`), '%PDF-1.4\n');
    }
    // Every command reads the newsroom's site.yaml from the content folder first.
    await copyFile('content/site.yaml', join(content, 'site.yaml'));
    await mkdir(join(content, 'images'));
    await copyFile('content/images/perskamer-logo.svg', join(content, 'images/perskamer-logo.svg'));
    vi.stubEnv('PRESS_CONTENT_DIR', content);
    const cat = await loadCatalogue(
      entries(),
      ['openbaar', 'embargo', 'concept'].map((id) =>
        evidence(id, 'verification', id === 'concept' ? 'https://acme.example/c.pdf' : `docs/${id}.pdf`),
      ),
    );
    const { documentFiles } = await import('~/lib/model/catalogue');
    // The staff preview has a page for the embargoed evidence, but its document waits for the release.
    expect(cat.evidence.has('embargo')).toBe(true);
    expect(documentFiles(cat.published)).toEqual(['evidence/docs/openbaar.pdf']);
  });

  it('refuses to build a release whose neutrality claim has no verification, naming file, line and phrase', async () => {
    const claim = release(
      'nl/2026/claim',
      {},
      'Acme opent een windpark.\n\nHet windpark is klimaatneutraal.',
    );
    await expect(loadCatalogue([claim])).rejects.toThrow(
      /error: content\/releases\/nl\/2026\/claim\.md: \(text\): "klimaatneutraal" is een neutraliteitsclaim: .*bijlage I, punt 4 quater.* \(line 3 of the text\)/,
    );
    const cited = release('nl/2026/claim', { evidence: ['openbaar'] }, 'Het windpark is klimaatneutraal.');
    await expect(loadCatalogue([cited])).resolves.toBeDefined();
  });

  it('refuses to build a release that cites evidence that does not exist', async () => {
    await expect(loadCatalogue([release('nl/2026/x', { evidence: ['bestaat-niet'] })])).rejects.toThrow(
      'error: content/releases/nl/2026/x.md: evidence.0: unknown evidence "bestaat-niet"; expected one of: concept, embargo, ongebruikt, openbaar',
    );
  });
});
