import { describe, expect, it } from 'vitest';
import { cityOpening, findDate, findDateline } from '~/lib/authoring/import/dateline';

describe('findDateline', () => {
  it.each([
    ['Rijswijk, 20 februari 2023', { location: 'Rijswijk', day: '2023-02-20', rest: '' }],
    ['Munich, 21 July 2021', { location: 'Munich', day: '2021-07-21', rest: '' }],
    [
      'München, 3. März 2023. Das Werk öffnet.',
      { location: 'München', day: '2023-03-03', rest: 'Das Werk öffnet.' },
    ],
    [
      'Paris, le 2 mai 2022 – L’usine ouvre.',
      { location: 'Paris', day: '2022-05-02', rest: 'L’usine ouvre.' },
    ],
    [
      'Den Haag, 1 oktober 2024 - Het kabinet',
      { location: 'Den Haag', day: '2024-10-01', rest: 'Het kabinet' },
    ],
    ['New York, July 4, 2025 — Today', { location: 'New York', day: '2025-07-04', rest: 'Today' }],
    ['Frankfurt am Main, 20.02.2023', { location: 'Frankfurt am Main', day: '2023-02-20', rest: '' }],
    ['Leeds, 3 Mar 2025 – The hub', { location: 'Leeds', day: '2025-03-03', rest: 'The hub' }],
    ['Lyon, le 1er juillet 2024 : La ville', { location: 'Lyon', day: '2024-07-01', rest: 'La ville' }],
    ['Zwolle, 14 mrt 2024', { location: 'Zwolle', day: '2024-03-14', rest: '' }],
  ])('reads "%s"', (line, expected) => {
    expect(findDateline(line)).toEqual(expected);
  });

  it('finds none in an ordinary sentence or an impossible date', () => {
    expect(findDateline('Het bedrijf groeit in 2023 flink.')).toBeUndefined();
    expect(findDateline('Utrecht, 31 februari 2023')).toBeUndefined();
  });

  it('reads only the opening of a long paragraph', () => {
    const long = `Zwolle, 14 maart 2024 – ${'Tekst. '.repeat(10_000)}`;
    expect(findDateline(long)).toMatchObject({ location: 'Zwolle', day: '2024-03-14' });
    expect(findDateline(long)!.rest).toHaveLength(long.length - 'Zwolle, 14 maart 2024 – '.length - 1);
  });
});

describe('findDate and cityOpening', () => {
  it('reads a letterhead date in any of its forms', () => {
    expect(findDate('Datum: 12 maart 2025')).toBe('2025-03-12');
    expect(findDate('Media information · 21 July 2025')).toBe('2025-07-21');
    expect(findDate('Presse-Information vom 3. März 2023')).toBe('2023-03-03');
    expect(findDate('Pagina 1 van 2')).toBeUndefined();
  });

  it('reads the city that opens the first paragraph, and no title', () => {
    expect(cityOpening('Leeds. Havenstad opens a hub.')).toEqual({
      location: 'Leeds',
      rest: 'Havenstad opens a hub.',
    });
    expect(cityOpening('MÜNCHEN – Das Werk öffnet.')).toEqual({
      location: 'München',
      rest: 'Das Werk öffnet.',
    });
    expect(cityOpening('Dr. Jansen opent het park.')).toBeUndefined();
  });
});
