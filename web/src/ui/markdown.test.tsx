import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown.js';

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe('Markdown', () => {
  it('turns ## and ### into the page-level h3 and h4, and joins a paragraph\'s lines', () => {
    expect(html('## Goal\nShip the cache\nby Friday.\n\n### Scope\nReads only.')).toBe(
      '<div class="prose"><h3>Goal</h3><p>Ship the cache by Friday.</p><h4>Scope</h4><p>Reads only.</p></div>',
    );
  });

  it('keeps a bullet item\'s wrapped line in the item, and starts a new list when the kind changes', () => {
    expect(html('- first item\n  wraps here\n- second\n1. one\n2. two')).toBe(
      '<div class="prose"><ul><li>first item wraps here</li><li>second</li></ul><ol><li>one</li><li>two</li></ol></div>',
    );
  });

  it('ends a list at a heading or a fence written right under it', () => {
    expect(html('* a\n## Next\n* b\n```\nx\n```')).toBe(
      '<div class="prose"><ul><li>a</li></ul><h3>Next</h3><ul><li>b</li></ul><pre><code>x</code></pre></div>',
    );
  });

  it('keeps a fenced block as written, Markdown and blank lines included, even when the fence never closes', () => {
    expect(html('```ts\nconst a = **b**;\n\n# not a heading\n```\nafter')).toBe(
      '<div class="prose"><pre><code>const a = **b**;\n\n# not a heading</code></pre><p>after</p></div>',
    );
    expect(html('```\nopen(1)')).toBe('<div class="prose"><pre><code>open(1)</code></pre></div>');
  });

  it('renders bold, italic and code inline, and leaves a multiplication sign alone', () => {
    expect(html('**p99** under *200 ms* for `GET /items`; 2 * 3 * 4 = 24')).toBe(
      '<div class="prose"><p><strong>p99</strong> under <em>200 ms</em> for <code>GET /items</code>; 2 * 3 * 4 = 24</p></div>',
    );
  });

  it('shows markup in the text as text, never as elements', () => {
    expect(html('<img src=x onerror=alert(1)> and [a](javascript:alert(1))')).toBe(
      '<div class="prose"><p>&lt;img src=x onerror=alert(1)&gt; and [a](javascript:alert(1))</p></div>',
    );
  });
});
