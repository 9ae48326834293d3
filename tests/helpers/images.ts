/** Real image bytes for validator tests: a small PNG from the fixture site. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PNG: Uint8Array = readFileSync(
  fileURLToPath(new URL('../fixtures/site/content/images/test-card.png', import.meta.url)),
);
