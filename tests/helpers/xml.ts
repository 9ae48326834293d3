/** Well-formedness checks for generated XML, with a strict, conformant XML parser. */
import { SaxesParser } from 'saxes';

/** Parses `text` as namespaced XML and returns its root element's qualified name; throws on any error. */
export function assertWellFormedXml(text: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let root = '';
  parser.on('opentag', (tag) => {
    root ||= tag.name;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return root;
}
