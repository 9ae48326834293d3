/**
 * The one writer of release front-matter, for `npm run new` and `npm run import`: fields in
 * order, each with the comment that explains it, optional fields as commented-out examples,
 * all through the `yaml` library's Document API so that any text is quoted and escaped as YAML
 * requires. Comments never reach the site: this is where the importer keeps what it cut out.
 */
import { Document, isNode, isScalar, isSeq, Scalar, visit, type Node, type YAMLMap } from 'yaml';

/** A front-matter field with its value, a commented-out example, or a comment alone. */
export type Field =
  | {
      key: string;
      value: unknown;
      comment?: string | undefined;
      /** Write a list on one line: `contacts: [a, b]`. */
      flow?: boolean;
    }
  | {
      /** An optional field shown commented out, e.g. `# subtitle: ""`. */
      example: string;
      value: unknown;
      comment?: string | undefined;
      /** Comments inside the example, by path: after a value (`[[0, 'unit'], 'percent, EUR, …']`) or above it. */
      notes?: readonly (readonly [path: readonly (string | number)[], note: string, where?: 'above'])[];
    }
  | { comment: string };

/** Characters a YAML comment cannot hold: any line break but `\n`, and what XML forbids. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]|\p{Cs}/gu;
/** Characters XML 1.0 forbids in a value (a tab and a line break may stay). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** Comment lines as the Document API wants them: one leading space, each line safe. */
function commentLines(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(UNSAFE, '')
    .split('\n')
    .map((line) => (line === '' ? '' : ` ${line}`));
}

/** Fields whose values are free text: written double-quoted, like the rest of the content. */
const TEXT_FIELDS = new Set([
  'title',
  'subtitle',
  'highlights',
  'location',
  'label',
  'baseline',
  'text',
  'alt',
  'caption',
  'credit',
  'note',
]);

/**
 * Double-quotes every string under a free-text field in `node`, whose own key is `key`, and
 * removes from every string the characters XML forbids: a title with a pasted control
 * character would break the feeds.
 */
function styleStrings(node: unknown, key: string): void {
  visit(node as Node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string') scalar.value = scalar.value.replace(UNSAFE_TEXT, '');
    },
  });
  const quote = (value: unknown) =>
    visit(value as Node, {
      Scalar(_, scalar) {
        if (typeof scalar.value === 'string') scalar.type = Scalar.QUOTE_DOUBLE;
      },
    });
  if (TEXT_FIELDS.has(key)) return void quote(node);
  visit(node as Node, {
    Pair(_, pair) {
      if (isScalar(pair.key) && TEXT_FIELDS.has(String(pair.key.value))) quote(pair.value);
    },
  });
}

/** The YAML lines of a commented-out example: `subtitle: ""`. */
function exampleLines(field: Extract<Field, { example: string }>): string[] {
  const doc = new Document({ [field.example]: field.value });
  styleStrings(doc.contents, '');
  for (const [path, note, where] of field.notes ?? []) {
    const node = doc.getIn([field.example, ...path], true);
    if (where === 'above' && isNode(node)) node.commentBefore = commentLines(note).join('\n');
    else if (isScalar(node)) node.comment = ` ${commentLines(note).join(' ').trim()}`;
  }
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .split('\n')
    .map((line) => ` ${line}`);
}

/**
 * The front-matter block of a release file, `---` lines included, with `closing` as a
 * comment after the last field.
 * @example frontMatterText([{ comment: 'The headline.' }, { key: 'title', value: 'Kop' }]) // '---\n# The headline.\ntitle: "Kop"\n---\n'
 */
export function frontMatterText(fields: readonly Field[], closing?: string): string {
  const doc = new Document({});
  const map = doc.contents as YAMLMap;
  let pending: string[] = [];
  for (const field of fields) {
    if ('example' in field) {
      pending.push(...(field.comment ? commentLines(field.comment) : []), ...exampleLines(field));
    } else if ('key' in field) {
      const pair = doc.createPair(field.key, field.value);
      styleStrings(pair.value, field.key);
      if (field.flow && isSeq(pair.value)) pair.value.flow = true;
      const comment = [...pending, ...(field.comment ? commentLines(field.comment) : [])];
      if (comment.length > 0) (pair.key as Scalar).commentBefore = comment.join('\n');
      map.items.push(pair);
      pending = [];
    } else {
      pending.push(...commentLines(field.comment));
    }
  }
  const trailing = [
    ...pending,
    ...(closing ? [...(pending.length > 0 ? [''] : []), ...commentLines(closing)] : []),
  ];
  if (trailing.length > 0) doc.comment = trailing.join('\n');
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
