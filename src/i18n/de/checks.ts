/** German words the content checks look for (see nl/checks.ts). */
import type { CheckWords } from '../nl/checks';

export const checks: CheckWords = {
  notForPublication: ['nicht zur Veröffentlichung'],
};
