import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/index.js';
import { ankiExport, ankiField } from './anki-export.js';

const content = loadContent();

describe('ankiExport', () => {
  it('writes the Anki 2.1.55+ header, then one tab-separated line per card: front, back, tags, deck', () => {
    const text = ankiExport(content.flashcards, content.decks);
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#tags column:3',
      '#deck column:4',
      'What makes an API RESTful?\t' +
        'Resources identified by URLs (for example /orders/42), manipulated with standard HTTP methods, with representations usually in JSON. ' +
        'Requests are stateless, so each carries everything needed to process it; responses use standard status codes and can be cached with HTTP caching headers. ' +
        'REST is simple, widely understood and works well with browsers, proxies and CDNs.\t' +
        'tpmprep::rest tpmprep::apis tpmprep::http tpmprep::area::technical-skills\t' +
        'tpmprep::APIs and protocols',
    ]);
    expect(lines).toHaveLength(4 + content.flashcards.length + 1);
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(4, -1)) expect(line.split('\t')).toHaveLength(4);
  });

  it('keeps list lines as <br> and quotes as entities, so Anki never sees a quoted field', () => {
    const card = content.flashcards.find((c) => c.id === 'http-methods-idempotency');
    const line = ankiExport(card ? [card] : [], content.decks).split('\n')[4] ?? '';
    const [front, back, tags, deck] = line.split('\t');
    expect(front).toBe('Which HTTP methods are safe, and which are idempotent?');
    expect(back).toBe(
      '- Safe (no server state change): GET, HEAD, OPTIONS.<br>' +
        '- Idempotent (repeating has the same effect as once): all safe methods plus PUT and DELETE.<br>' +
        '- Not idempotent: POST; PATCH is not guaranteed to be.<br>' +
        'This is why clients and proxies may retry GET and PUT automatically, while retrying a POST (for example &quot;create order&quot;) needs an idempotency key.',
    );
    expect(tags).toBe('tpmprep::http tpmprep::idempotency tpmprep::area::technical-skills');
    expect(deck).toBe('tpmprep::APIs and protocols');
  });
});

describe('ankiField', () => {
  it('escapes HTML and turns tabs and newlines into something that cannot split a row', () => {
    expect(ankiField('p < 0.05 & "n > 30"\tthen\r\nship')).toBe('p &lt; 0.05 &amp; &quot;n &gt; 30&quot; then<br>ship');
  });
});
