/** A topic in `content/topics.yaml`. */
import { z } from 'astro/zod';
import { perLanguage, text } from '~/schemas/atoms';

/** A topic in `content/topics.yaml`. */
export const topicSchema = z.object({
  /** Label per language. */
  label: perLanguage(text.min(1)),
});
