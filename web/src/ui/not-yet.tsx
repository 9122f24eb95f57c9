import { Link } from '../lib/router.js';

export function NotYet({ title }: { title: string }) {
  return (
    <section className="page narrow">
      <h1>{title}</h1>
      <p className="lead">This section is not available yet.</p>
      <p>
        Meanwhile, <Link href="/practice">practise questions</Link> or work through the{' '}
        <Link href="/guide">guide and its checklist</Link>.
      </p>
    </section>
  );
}
