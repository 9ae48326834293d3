/**
 * Phase 2b: the parts after the head. The news text stays; the note to editors, the press
 * contact, the boilerplate, notes not for publication and whatever follows an end mark
 * ("Einde persbericht") are cut out, each with the heading it stood under.
 */
import { findDateline, type Dateline } from '~/lib/authoring/import/dateline';
import { markers } from '~/lib/authoring/import/lexicon';
import { CONTACT_DETAIL, isNamedAbout, sectionStart, type Section } from '~/lib/authoring/import/parts';
import type { Block, CutOut } from '~/lib/authoring/import/types';

/** The blocks after the head, sorted into the news text and what was cut out. */
export interface Sections {
  body: Block[];
  cut: CutOut[];
  /** Datelines that stood on a line of their own, at the start or the end. */
  datelines: Dateline[];
}

const KIND: Record<Section, CutOut['kind']> = {
  note: 'note',
  private: 'not-for-publication',
  contact: 'contact',
  about: 'boilerplate',
  end: 'after-end',
};

/** A block's text with its lines, as it is kept in a cut-out part. */
const asText = (block: Block) => (block.lines ?? [block.text]).join('\n');

/** Sorts the blocks after the head into the news text and the parts to cut out. */
export function splitSections(blocks: readonly Block[]): Sections {
  const body: Block[] = [];
  const cut: CutOut[] = [];
  const datelines: Dateline[] = [];
  let current: CutOut | undefined;
  blocks.forEach((block, i) => {
    const text = block.text;
    const dateline = findDateline(text);
    if (dateline && dateline.rest === '' && text.length <= 60) {
      datelines.push(dateline);
      return;
    }
    const single = block.kind === 'heading' || (block.lines?.length ?? 1) === 1;
    const start = single && text.length <= 160 ? sectionStart(text) : undefined;
    const named = !start && single && body.length > 0 && isNamedAbout(text, blocks[i + 1]?.text);
    // A contact block may name its office with a contact word ("Relations presse"): still the same block.
    const sameContact =
      start?.section === 'contact' && current?.kind === 'contact' && !start.inline && !/:$/.test(text);
    if ((start && !sameContact) || named) {
      current = start
        ? { kind: KIND[start.section], heading: start.heading || undefined, text: start.inline }
        : { kind: 'boilerplate', heading: text, text: '' };
      cut.push(current);
      return;
    }
    if (!current) {
      // A paragraph marked as not for publication goes on its own; the news text goes on after it.
      if (markers.notForPublication.test(text))
        cut.push({ kind: 'not-for-publication', text: asText(block) });
      else body.push(block);
      return;
    }
    // Prose after a contact block without a heading of its own is the boilerplate.
    if (
      current.kind === 'contact' &&
      text.length > 160 &&
      !CONTACT_DETAIL.test(text) &&
      /[.!?]\s/.test(text)
    ) {
      current = { kind: 'boilerplate', text: '' };
      cut.push(current);
    }
    // A PDF or Word contact block gives each of its lines as a block: they stay lines.
    const separator = current.kind === 'contact' && (block.lines?.length ?? 1) === 1 ? '\n' : '\n\n';
    current.text = current.text ? `${current.text}${separator}${asText(block)}` : asText(block);
  });
  return { body, cut, datelines };
}
