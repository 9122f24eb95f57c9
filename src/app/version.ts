import fs from 'node:fs';

let cached: string | undefined;

/** The package version, read once from package.json (two folders up from src/app or dist/app). */
export function packageVersion(): string {
  cached ??= (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
