/**
 * Astro hands the content layer's data store to the build as one module:
 * `export default JSON.parse("<the whole store>")`. At 10,000 releases that string is 97 MB,
 * and Node took 103 s to compile the module, most of a cold build; compile time grows faster
 * than the string. The same text as 1 MB string parts joined at run time compiles and parses
 * in 7 s. Astro's own alternative, `experimental.collectionStorage: 'chunked'`, writes the
 * store three minutes slower at that size (it measures every character's UTF-8 length one
 * by one), so this plugin rewrites the module instead. Issue 13's notes have the figures.
 */
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of the data store module (`astro/dist/content/consts.js`). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The data store module with its one string literal split into parts of at most `partSize`
 * characters, joined again when the module runs. Code of any other shape comes back as it
 * is (`undefined`): a future Astro that writes the store otherwise is left alone.
 * @example splitStoreModule('export default JSON.parse("[1,2]")', 2) // 'export default JSON.parse(["[1",",2","]"].join(""))'
 */
export function splitStoreModule(code: string, partSize = 1 << 20): string | undefined {
  if (!code.startsWith(PREFIX) || !code.endsWith(SUFFIX)) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(code.slice(PREFIX.length, -SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string' || text.length <= partSize) return undefined;
  const parts: string[] = [];
  // A part may end between the two halves of a surrogate pair: each literal then holds one
  // half, and joining the strings puts the pair back together.
  for (let i = 0; i < text.length; i += partSize) parts.push(JSON.stringify(text.slice(i, i + partSize)));
  return `${PREFIX}[${parts.join(',')}].join("")${SUFFIX}`;
}

export default function dataStoreParts(): AstroIntegration {
  return {
    name: 'perskamer-data-store-parts',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'perskamer-data-store-parts',
                transform(code, id) {
                  if (id !== DATA_STORE_MODULE) return undefined;
                  const split = splitStoreModule(code);
                  if (split === undefined) return undefined;
                  logger.debug(
                    `data store module: ${(code.length / 1e6).toFixed(1)} MB of code in 1 MB parts`,
                  );
                  // The module's meta (Astro's mark that keeps content out of page code hashes)
                  // stays as Astro's load hook set it: a transform only replaces the code.
                  return { code: split, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
