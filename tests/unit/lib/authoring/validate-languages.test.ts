/**
 * A release in a language the newsroom does not publish in is an error naming the file.
 * This file loads the German-English fixture newsroom's site.yaml instead of the example's.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

process.env.PRESS_CONTENT_DIR = join(import.meta.dirname, '../../../fixtures/newsroom-de/content');
type Validate = typeof import('~/lib/authoring/validate');
let validate: Validate;
let locales: typeof import('~/i18n/locales');

beforeAll(async () => {
  // Imported after PRESS_CONTENT_DIR is set: the configuration is read when it loads.
  validate = await import('~/lib/authoring/validate');
  locales = await import('~/i18n/locales');
});

const release = `---
title: 'Talwerk ouvre un parc solaire'
date: 2025-06-12T10:00:00+02:00
location: Talheim
company: talwerk
---

Texte.
`;

describe('languages of the newsroom', () => {
  it('are the ones in its site.yaml, in that order', () => {
    expect(locales.langs).toEqual(['de', 'en']);
    expect(locales.defaultLang).toBe('de');
    expect(locales.isLang('fr')).toBe(false);
    expect(locales.supportedLangs).toEqual(['nl', 'en', 'de', 'fr']);
  });

  it('exclude a French release, named with its file', async () => {
    const dir = process.env.PRESS_CONTENT_DIR!;
    const files = [
      ...(await validate.readContentFiles(dir)),
      { rel: 'releases/fr/2025/parc-solaire.md', text: release },
    ];
    const findings = validate
      .validateContent(files, {
        dir: 'content',
        now: new Date('2026-12-01T09:00:00+01:00'),
        timeZone: 'Europe/Berlin',
        exists: () => true,
      })
      .filter((f) => f.severity === 'error')
      .map(validate.formatFinding);
    expect(findings).toEqual([
      'content/releases/fr/2025/parc-solaire.md:1:1: error: (path): unknown language folder "fr"; expected one of: de, en',
    ]);
  });
});
