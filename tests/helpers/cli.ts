/** Runs the authoring scripts (`scripts/*.ts`) the way `npm run` does, through tsx. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURE_NOW, root } from './build';

export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` with arguments, optional stdin, on a content folder. */
export function runScript(
  name: 'init' | 'new' | 'validate' | 'import',
  args: readonly string[],
  options: { contentDir: string; input?: string; env?: Record<string, string> },
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, `scripts/${name}.ts`), ...args],
      {
        cwd: root,
        env: {
          PATH: process.env['PATH'] ?? '',
          HOME: process.env['HOME'] ?? '',
          NO_COLOR: '1',
          PRESS_NOW: FIXTURE_NOW,
          PRESS_CONTENT_DIR: options.contentDir,
          ...options.env,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
