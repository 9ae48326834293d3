/** Questions on the terminal for the authoring scripts; piped answers are read line by line too. */
import { createInterface } from 'node:readline/promises';

/** Asks questions on stdin; reads piped answers line by line as well as typed ones. */
export function asker() {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question: string, fallback = ''): Promise<string> {
      process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
      const next = await lines.next();
      if (!process.stdin.isTTY) process.stdout.write('\n');
      return (next.done ? '' : String(next.value)).trim() || fallback;
    },
    close: () => rl.close(),
  };
}
