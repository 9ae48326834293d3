/** French words the content checks look for (see nl/checks.ts). */
import type { CheckWords } from '../nl/checks';

export const checks: CheckWords = {
  notForPublication: ['ne pas publier', 'pas pour publication'],
};
