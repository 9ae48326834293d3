/** A person quoted or named as press contact: `content/people/<id>.yaml`. */
import { z } from 'astro/zod';
import { day, id, perLanguage, text } from '~/schemas/atoms';

/** A role held from one day until another. */
export const role = z.object({
  /** First day in the role. */
  from: day,
  /** Last day in the role; open when still held. */
  until: day.optional(),
  /** The role's title per language. */
  title: perLanguage(text.min(1)),
});

/** A person: `content/people/<id>.yaml`. */
export const personSchema = z.object({
  /** Full name. */
  name: text.min(1),
  /** Company id the person works for. */
  company: id.optional(),
  /** Roles over time. */
  roles: z.array(role).default([]),
  /** Press contact e-mail. */
  email: z.email().optional(),
  /** Press contact phone, international format. */
  phone: text.optional(),
});
