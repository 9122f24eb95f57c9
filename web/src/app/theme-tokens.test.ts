import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dark tokens are written twice in each stylesheet that has them: once for a dark theme chosen in
 * Settings (:root[data-theme='dark']) and once for the system's dark mode when none is chosen. They must match.
 */
const SHEETS = ['app/base.css', 'features/toolkit/toolkit.css'];

function declarations(block: string | undefined): string[] {
  return (block ?? '').split(';').map((d) => d.replace(/\/\*.*?\*\//gs, '').trim()).filter(Boolean);
}

describe('dark theme tokens', () => {
  for (const sheet of SHEETS) {
    it(`${sheet}: the chosen dark theme and the system's dark mode set the same tokens`, () => {
      const css = fs.readFileSync(path.join(import.meta.dirname, '..', sheet), 'utf8');
      const chosen = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)?.[1];
      const system = /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{([^}]*)\}/.exec(css)?.[1];
      expect(declarations(chosen).length).toBeGreaterThan(5);
      expect(declarations(system)).toEqual(declarations(chosen));
    });
  }
});
