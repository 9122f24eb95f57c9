import type { ReactNode } from 'react';

export function Tag({ children, tone = 'plain', title }: { children: ReactNode; tone?: 'plain' | 'accent' | 'easy' | 'medium' | 'hard' | 'good'; title?: string }) {
  return (
    <span className={`tag tag-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function labelOf(id: string): string {
  const text = id.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
