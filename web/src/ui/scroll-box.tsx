import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways on a narrow screen (a wide table, a chart). It takes keyboard focus and has a
 * name, so a person without a pointer can reach what is off to the side with the arrow keys.
 */
export function ScrollBox({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
