/** What the per-collection validators share during one run. */
import type { FileReader, ImageChecker } from '~/lib/authoring/validate/images';
import type { Report } from '~/lib/authoring/validate/report';

/** One content file: where it is and what it says. */
export interface ContentFile {
  /** Path relative to the content folder, with `/` separators: `releases/nl/2023/x.md`. */
  rel: string;
  text: string;
}

export interface ValidateContext {
  report: Report;
  /** A path under the content folder as it is printed: `content/releases/nl/2023/x.md`. */
  display: (rel: string) => string;
  images: ImageChecker;
  /** Reads a file under the content folder (documents of evidence and targets). */
  read: FileReader;
  /** The build clock: a date after it without an embargo is reported. */
  now: Date;
  /** Release ids seen so far, with their file: two files with one id would share one URL. */
  releaseIds: Map<string, string>;
}

/** Whether a YAML value is a mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
