import { describe, expect, it } from 'vitest';
import { readContacts } from '~/lib/authoring/import/contacts';

describe('readContacts', () => {
  it.each([
    ['fr', 'Agence Littoral Conseil'],
    ['en', 'Northgate PR Agency'],
    ['de', 'Agentur Rheinblick Kommunikation'],
    ['nl', 'Communicatiebureau Kwelder'],
    ['nl', 'Bureau Kwelder Media'],
  ])('(%s) reads an agency under a name as where that person works, not as a person: %s', (_, agency) => {
    const entries = readContacts([
      'Thomas Bréhier',
      agency,
      '+33 2 40 55 01 78',
      'thomas.brehier@agency.example',
    ]);
    expect(entries).toEqual([
      {
        name: 'Thomas Bréhier',
        role: agency,
        emails: ['thomas.brehier@agency.example'],
        phones: ['+33 2 40 55 01 78'],
      },
    ]);
  });

  it('still starts a new person at each name', () => {
    const entries = readContacts([
      'Camille Guérin',
      '+33 2 40 55 01 77',
      'Thomas Bréhier',
      'thomas.brehier@agency.example',
    ]);
    expect(entries.map((e) => [e.name, e.phones, e.emails])).toEqual([
      ['Camille Guérin', ['+33 2 40 55 01 77'], []],
      ['Thomas Bréhier', [], ['thomas.brehier@agency.example']],
    ]);
  });
});
