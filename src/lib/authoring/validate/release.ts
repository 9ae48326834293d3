/**
 * One release file: its place, its front-matter against the build's schema, and the images it
 * shows. What it contributes to the cross-file checks comes back as a `ReleaseInput`.
 */
import { z } from 'astro/zod';
import { splitFrontMatter } from '~/lib/authoring/front-matter';
import { isRecord, type ContentFile, type ValidateContext } from '~/lib/authoring/validate/context';
import { releaseInput, type ReleaseInput } from '~/lib/model/checks/integrity';
import { textImages } from '~/lib/model/checks/text';
import { parseReleaseId, releaseIdOf, releasePathProblems } from '~/lib/model/releases';
import { claimException, keyFigure, quote, releaseImage, releaseSchema } from '~/schemas';

/** Validates one release; returns what the cross-file checks need, or undefined when it cannot be read. */
export function validateRelease({ rel, text }: ContentFile, ctx: ValidateContext): ReleaseInput | undefined {
  const { report } = ctx;
  const file = ctx.display(rel);
  const path = rel.slice('releases/'.length);
  for (const message of releasePathProblems(path)) report.add('error', file, '(path)', message);
  const id = releaseIdOf(path);
  // A file outside <lang>/<yyyy>/ is not built at all; its fields would only add noise.
  if (path.split('/').length !== 3) return undefined;
  const owner = ctx.releaseIds.get(id);
  if (owner) {
    report.add(
      'error',
      file,
      '(path)',
      `has the same URL as ${owner}; expected one file per slug (rename one)`,
    );
  } else {
    ctx.releaseIds.set(id, file);
  }

  const split = splitFrontMatter(text);
  if (split.yaml === undefined) {
    report.add(
      'error',
      file,
      '(front-matter)',
      'expected front-matter between two "---" lines at the top of the file',
    );
    return undefined;
  }
  report.setBodyLine(file, split.bodyLine);
  const raw = report.readYaml(file, split.yaml, split.yamlLineOffset);
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    report.add('error', file, '(front-matter)', 'expected fields like "title: …", one per line');
    return undefined;
  }
  reportUnknownFields(raw, (field, message) => report.add('warning', file, field, message));

  // The build's image() helper resolves the file; here the same checks give the author's message.
  const image = () =>
    z.string().superRefine((src, ctx_) => {
      const problem = ctx.images.problem(src, rel);
      if (problem) ctx_.addIssue({ code: 'custom', message: problem });
    });
  const result = releaseSchema(image).safeParse(raw);
  if (!result.success) {
    report.addIssues(file, result.error.issues);
    return undefined;
  }
  const data = result.data;
  if (data.date.getTime() > ctx.now.getTime() && !data.embargo) {
    report.add(
      'warning',
      file,
      'date',
      'the date is in the future but no embargo is set; expected an "embargo" with the time the news may go out',
    );
  }
  const format = rel.endsWith('.mdx') ? 'mdx' : 'md';
  for (const { url, at } of textImages(split.body, format)) {
    const problem = ctx.images.problem(url, rel);
    if (problem) report.add('error', file, '(text)', `image: ${problem}`, at, true);
  }
  return parseReleaseId(id) ? releaseInput({ id, file, data, body: split.body }) : undefined;
}

/** Fields the schema does not know are dropped silently by the build: a typo would go unnoticed. */
function reportUnknownFields(
  raw: Record<string, unknown>,
  warn: (field: string, message: string) => void,
): void {
  const check = (value: unknown, keys: readonly string[], prefix: string) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (!keys.includes(key)) {
        warn(`${prefix}${key}`, `unknown field "${key}" is ignored; expected one of: ${keys.join(', ')}`);
      }
    }
  };
  check(raw, Object.keys(releaseSchema(() => z.string()).shape), '');
  for (const [field, keys] of [
    ['keyFigures', Object.keys(keyFigure.shape)],
    ['quotes', Object.keys(quote.shape)],
    ['images', Object.keys(releaseImage(z.string()).shape)],
    ['claimExceptions', Object.keys(claimException.shape)],
  ] as const) {
    const items = raw[field];
    if (Array.isArray(items)) items.forEach((item, i) => check(item, keys, `${field}.${i}.`));
  }
}
