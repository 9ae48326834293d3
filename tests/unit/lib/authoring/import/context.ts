/** The companies and people the import tests match names against, and the fixture reader. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportContext } from '~/lib/authoring/import/types';

/** A fixture text from tests/fixtures/import/. */
export const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../../../fixtures/import', name), 'utf8');

export const context: ImportContext = {
  companies: [
    { id: 'noordwind-energie', name: 'Noordwind Energie' },
    { id: 'havenstad-mobiliteit', name: 'Havenstad Mobiliteit' },
    { id: 'testco', name: 'Testbedrijf' },
  ],
  people: [
    { id: 'thijs-hoekstra', name: 'Thijs Hoekstra' },
    { id: 'femke-de-graaf', name: 'Femke de Graaf', email: 'pers@noordwind.example' },
    { id: 'yara-el-amrani', name: 'Yara el Amrani' },
    { id: 'joost-meijer', name: 'Joost Meijer', email: 'pers@havenstad-mobiliteit.example' },
    { id: 'pia-spreker', name: 'Pia Spreker' },
    { id: 'piet-pers', name: 'Piet Pers', email: 'pers@testco.example' },
  ],
};
