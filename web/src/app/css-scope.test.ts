import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every stylesheet is global, and a feature's sheet loads with its page and stays loaded: a class that two
 * sheets style lets one feature change another's page, depending on which page was opened first. So each
 * class belongs to one sheet: shared building blocks (panel, button, muted, progress...) to app/base.css
 * or ui/, everything else to its feature's sheet under a name that says which feature it is from.
 */

const WEB = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}

/** The class names in a stylesheet's selectors, also inside @media and @supports; none from @keyframes steps. */
export function selectorClasses(css: string): Set<string> {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const classes = new Set<string>();
  let depth = 0;
  let skipBelow = -1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      const prelude = text.slice(start, i).trim();
      if (skipBelow < 0) {
        if (/^@(keyframes|font-face|property|page)\b/.test(prelude)) skipBelow = depth;
        else if (!prelude.startsWith('@')) {
          // Attribute values and strings can hold dots that are not classes.
          const selector = prelude.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"|'[^']*'/g, '');
          for (const match of selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(match[1] as string);
        }
      }
      depth++;
      start = i + 1;
    } else if (char === '}') {
      depth--;
      if (skipBelow === depth) skipBelow = -1;
      start = i + 1;
    } else if (char === ';') {
      start = i + 1;
    }
  }
  return classes;
}

/** Reads a string literal starting at `at` (a quote or a backtick); returns its parts and where it ends. */
function readLiteral(source: string, at: number): { text: string; holes: string[]; end: number } {
  const quote = source[at];
  let text = '';
  const holes: string[] = [];
  let i = at + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\') {
      text += source[i + 1] ?? '';
      i += 2;
    } else if (quote === '`' && source.startsWith('${', i)) {
      const close = closingBrace(source, i + 2);
      holes.push(source.slice(i + 2, close));
      text += '\u0000';
      i = close + 1;
    } else {
      text += source[i];
      i++;
    }
  }
  return { text, holes, end: i + 1 };
}

/** The index of the brace that closes an expression starting at `from`, skipping braces inside strings. */
function closingBrace(source: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < source.length) {
    const char = source[i] as string;
    if (char === "'" || char === '"' || char === '`') {
      i = readLiteral(source, i).end;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
    i++;
  }
  return i;
}

/** Adds the class names of a className expression: its string literals, except those it compares a value with. */
function expressionClasses(expression: string, found: { names: Set<string>; prefixes: Set<string> }): void {
  let i = 0;
  while (i < expression.length) {
    const char = expression[i] as string;
    if (char !== "'" && char !== '"' && char !== '`') {
      i++;
      continue;
    }
    const literal = readLiteral(expression, i);
    const compared = /[=!]==?\s*$/.test(expression.slice(0, i)) || /^\s*[=!]==?/.test(expression.slice(literal.end));
    let hole = 0;
    for (const token of literal.text.split(/\s+/)) {
      if (token === '') continue;
      const holes = token.split('\u0000').length - 1;
      if (holes === 0 && !compared) found.names.add(token);
      // A placeholder that is a whole name holds names of its own; one inside a name (`tag-${tone}`) holds a part.
      else if (token === '\u0000') expressionClasses(literal.holes[hole] ?? '', found);
      else if (!token.startsWith('\u0000') && !compared) found.prefixes.add(token.slice(0, token.indexOf('\u0000')));
      hole += holes;
    }
    i = literal.end;
  }
}

/**
 * The class names a source file writes into className-like props: whole names from string literals, and
 * for a template such as `tag-${tone}` the fixed start ("tag-"), which some stylesheet class must begin with.
 */
export function sourceClasses(source: string): { names: Set<string>; prefixes: Set<string> } {
  const found = { names: new Set<string>(), prefixes: new Set<string>() };
  for (const match of source.matchAll(/\b\w*[cC]lassName=(["{])/g)) {
    const at = (match.index ?? 0) + match[0].length - 1;
    const expression = match[1] === '"' ? source.slice(at, readLiteral(source, at).end) : source.slice(at + 1, closingBrace(source, at + 1));
    expressionClasses(expression, found);
  }
  return found;
}

const sheets = filesUnder(WEB, (name) => name.endsWith('.css')).sort();
const sources = filesUnder(WEB, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)).sort();
const relative = (file: string) => path.relative(WEB, file).split(path.sep).join('/');

/** Classes a stylesheet may style without a component naming them: CodeMirror puts these on its own elements. */
const MADE_BY_LIBRARIES = ['cm-editor', 'cm-scroller'];

const owners = new Map<string, string[]>();
for (const sheet of sheets) {
  for (const name of selectorClasses(fs.readFileSync(sheet, 'utf8'))) owners.set(name, [...(owners.get(name) ?? []), relative(sheet)]);
}

describe('stylesheet classes', () => {
  it('reads the classes of a rule, of nested @media rules and not of @keyframes or attribute values', () => {
    const css = `/* .not-a-rule { } */
      .card > .card-title, a[href$='.pdf'] .doc:hover { color: red; }
      @media (max-width: 820px) { .shell.open .menu::before { content: '.x'; } }
      @keyframes spin { from { opacity: 0.5; } to { opacity: 1; } }`;
    expect([...selectorClasses(css)].sort()).toEqual(['card', 'card-title', 'doc', 'menu', 'open', 'shell']);
  });

  it('reads class names from className props: literals, conditionals and template starts', () => {
    const source = `<div className="page wide"><span className={ok ? 'tag-good' : "tag-bad"} /><p className={\`verdict-\${ok ? 'good' : 'bad'} small \${open ? 'open' : ''}\`} /><i className={kind === 'x' ? 'kind-x' : ''} /><Save errorClassName="submit-error" /></div>`;
    const found = sourceClasses(source);
    expect([...found.names].sort()).toEqual(['kind-x', 'open', 'page', 'small', 'submit-error', 'tag-bad', 'tag-good', 'wide']);
    expect([...found.prefixes]).toEqual(['verdict-']);
  });

  it('finds the stylesheets and the components to check', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(15);
    expect(sheets.map(relative)).toContain('app/base.css');
    expect(sources.length).toBeGreaterThanOrEqual(60);
  });

  it('no class is styled by two stylesheets', () => {
    const shared = [...owners].filter(([, files]) => files.length > 1).map(([name, files]) => `.${name} is styled in ${files.join(' and ')}`);
    expect(shared).toEqual([]);
  });

  it('every class a component uses is styled somewhere', () => {
    const known = [...owners.keys()];
    const missing: string[] = [];
    for (const source of sources) {
      const { names, prefixes } = sourceClasses(fs.readFileSync(source, 'utf8'));
      for (const name of names) if (!owners.has(name)) missing.push(`${relative(source)}: .${name}`);
      for (const prefix of prefixes) if (!known.some((name) => name.startsWith(prefix))) missing.push(`${relative(source)}: .${prefix}*`);
    }
    expect(missing).toEqual([]);
  });

  it('every class a stylesheet styles is used by a component', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const source of sources) {
      const found = sourceClasses(fs.readFileSync(source, 'utf8'));
      for (const name of found.names) used.add(name);
      for (const prefix of found.prefixes) prefixes.add(prefix);
    }
    const unused = [...owners]
      .filter(([name]) => !MADE_BY_LIBRARIES.includes(name) && !used.has(name) && ![...prefixes].some((prefix) => name.startsWith(prefix)))
      .map(([name, files]) => `.${name} in ${files.join(', ')}`);
    expect(unused).toEqual([]);
  });
});
