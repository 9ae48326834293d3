/** Dutch words the content checks look for. Every language has the same keys. */
export const checks = {
  /**
   * Phrases that mark text as not meant for the public, like the note to editors of a
   * press text ("Noot voor de redactie, niet voor publicatie"); matched in any case.
   */
  notForPublication: ['niet voor publicatie'],
} satisfies CheckWords;

/** The shape of every language's check vocabulary. */
export interface CheckWords {
  notForPublication: readonly string[];
}
