/** Site-wide settings. The build reads PRESS_SITE_URL and PRESS_TIME_ZONE to override them. */
export const site = {
  name: 'Perskamer',
  /** Absolute origin used for canonical URLs, hreflang, feeds and JSON-LD. */
  url: process.env.PRESS_SITE_URL ?? 'https://perskamer.example.org',
  /** IANA time zone in which releases are dated and formatted. */
  timeZone: process.env.PRESS_TIME_ZONE ?? 'Europe/Amsterdam',
};
