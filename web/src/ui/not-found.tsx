import { Link } from '../lib/router.js';

export function NotFound() {
  return (
    <section className="page narrow">
      <h1>Page not found</h1>
      <p className="lead">There is nothing at this address.</p>
      <Link href="/" className="button">
        Go to the dashboard
      </Link>
    </section>
  );
}
