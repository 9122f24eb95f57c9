import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseMarkdown, validate } from './front-matter.js';

describe('parseMarkdown', () => {
  it('splits front-matter and body and knows where the body starts', () => {
    const parsed = parseMarkdown('x.md', '---\ntitle: Hello\norder: 2\n---\n\nBody text\n');
    expect(parsed).toMatchObject({ ok: true, value: { data: { title: 'Hello', order: 2 }, body: '\nBody text\n', bodyLine: 5 } });
  });

  it('reports a file without front-matter at line 1', () => {
    expect(parseMarkdown('content/a.md', 'title: x\n')).toEqual({
      ok: false,
      problems: [{ path: 'content/a.md', line: 1, message: 'the file must start with a line "---" that opens the YAML front-matter' }],
    });
  });

  it('reports unclosed front-matter', () => {
    const parsed = parseMarkdown('a.md', '---\ntitle: x\nno end\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toBe('the front-matter is not closed: add a line "---" after it');
  });

  it('reports a YAML syntax error at its file line', () => {
    const parsed = parseMarkdown('a.md', '---\ntitle: ok\nitems: [a, b\norder: 1\n---\nbody');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems[0]?.path).toBe('a.md');
      expect(parsed.problems[0]?.line).toBeGreaterThanOrEqual(3);
      expect(parsed.problems[0]?.message).toMatch(/^YAML: /);
    }
  });
});

describe('validate', () => {
  const schema = z.strictObject({ title: z.string(), tags: z.array(z.enum(['a', 'b'])) });

  it('points a schema problem at the line of the bad value', () => {
    const parsed = parseMarkdown('q.md', '---\ntitle: Fine\ntags:\n  - a\n  - c\n---\nbody');
    if (!parsed.ok) throw new Error('expected to parse');
    const result = validate(parsed.value.yaml, parsed.value.data, schema);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ path: 'q.md', line: 5 });
      expect(result.problems[0]?.message).toMatch(/^tags\[1\]: /);
    }
  });

  it('points a missing key at the start of the front-matter', () => {
    const parsed = parseMarkdown('q.md', '---\ntags: [a]\n---\nbody');
    if (!parsed.ok) throw new Error('expected to parse');
    const result = validate(parsed.value.yaml, parsed.value.data, schema);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'q.md', line: 2 });
  });
});
