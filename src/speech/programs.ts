import fs from 'node:fs';
import path from 'node:path';

const found = new Map<string, string | null>();

/** The full path of a program on PATH, or null; looked up once per process. */
export function findProgram(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const cached = found.get(name);
  if (cached !== undefined) return cached;
  let result: string | null = null;
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      result = candidate;
      break;
    } catch {
      // not in this folder
    }
  }
  found.set(name, result);
  return result;
}
