import { Link } from '../lib/router.js';

export interface WayBack {
  href: string;
  label: string;
}

/** A plain "nothing here" page: what is missing and the one link that helps. Nothing to retry. */
export function NotFound({ title = 'Page not found', message = 'There is nothing at this address.', back = { href: '/', label: 'Go to the dashboard' } }: { title?: string; message?: string; back?: WayBack }) {
  return (
    <section className="page narrow" data-testid="not-found">
      <h1>{title}</h1>
      <p className="lead">{message}</p>
      <Link href={back.href} className="button primary">
        {back.label}
      </Link>
    </section>
  );
}
