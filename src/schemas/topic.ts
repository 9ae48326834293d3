/** A topic in `content/topics.yaml`. */
import { z } from 'astro/zod';
import { perLanguage } from '~/schemas/atoms';

/** A topic in `content/topics.yaml`. */
export const topicSchema = z.object({
  /** Label per language. */
  label: perLanguage(z.string().min(1)),
});
