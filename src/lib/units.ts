/** The closed list of units a key figure or company fact may use. Documented in the README. */
export const units = ['percent', 'EUR', 'USD', 'tonnes', 'tonnes-co2e', 'MWh', 'GWh', 'count'] as const;
export type Unit = (typeof units)[number];

/** How a key figure's number relates to the truth. `exactly` is the default. */
export const qualifiers = ['about', 'up-to', 'at-least', 'more-than', 'exactly'] as const;
export type Qualifier = (typeof qualifiers)[number];
