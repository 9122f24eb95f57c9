import type { ReactNode } from 'react';

/**
 * Renders the small Markdown subset content uses: headings, paragraphs, lists, fenced code blocks,
 * **bold**, *italic* and `code`. It builds React elements, never HTML strings. `##` becomes an h3 unless
 * `headingLevel` says otherwise (a text right under the page's h1 wants h2), so no heading level is skipped.
 */
export function Markdown({ text, className, headingLevel = 3 }: { text: string; className?: string; headingLevel?: 2 | 3 }) {
  const blocks: ReactNode[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^\s*```/;
    if (fence.test(line)) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !fence.test(lines[i] ?? '')) code.push(lines[i++] ?? '');
      i++;
      blocks.push(
        // Focusable, so a keyboard can scroll a long line into view.
        <pre key={blocks.length} tabIndex={0}>
          <code>{code.join('\n')}</code>
        </pre>,
      );
      continue;
    }
    const heading = /^(#{2,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 2;
      const content = inline(heading[2] ?? '');
      const Heading = `h${level === 2 ? headingLevel : headingLevel + 1}` as 'h2' | 'h3' | 'h4';
      blocks.push(<Heading key={blocks.length}>{content}</Heading>);
      i++;
      continue;
    }
    const bullet = /^\s*[-*]\s+/;
    const numbered = /^\s*\d+\.\s+/;
    if (bullet.test(line) || numbered.test(line)) {
      const ordered = numbered.test(line);
      const pattern = ordered ? numbered : bullet;
      const items: string[] = [];
      const other = ordered ? bullet : numbered;
      while (i < lines.length && (lines[i] ?? '').trim()) {
        const current = lines[i] ?? '';
        // Another kind of list, a fence or a heading ends this list; other lines continue its last item.
        if (other.test(current) || fence.test(current) || /^#{2,4}\s/.test(current)) break;
        if (pattern.test(current)) items.push(current.replace(pattern, ''));
        else items[items.length - 1] += ` ${current.trim()}`;
        i++;
      }
      const children = items.map((item, k) => <li key={k}>{inline(item)}</li>);
      blocks.push(ordered ? <ol key={blocks.length}>{children}</ol> : <ul key={blocks.length}>{children}</ul>);
      continue;
    }
    const paragraph: string[] = [];
    const startsBlock = (l: string) => bullet.test(l) || numbered.test(l) || fence.test(l) || /^#{2,4}\s/.test(l);
    while (i < lines.length && (lines[i] ?? '').trim() && !startsBlock(lines[i] ?? '')) {
      paragraph.push((lines[i] ?? '').trim());
      i++;
    }
    blocks.push(<p key={blocks.length}>{inline(paragraph.join(' '))}</p>);
  }
  return <div className={className ?? 'prose'}>{blocks}</div>;
}

function inline(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  const pattern = /(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|`[^`]+`)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    const token = match[0];
    if (token.startsWith('**')) parts.push(<strong key={index}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('`')) parts.push(<code key={index}>{token.slice(1, -1)}</code>);
    else parts.push(<em key={index}>{token.slice(1, -1)}</em>);
    last = index + token.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
