import { Link } from '../../lib/router.js';
import { TOOLS, toolOf } from './tools.js';
import { NotFound } from '../../ui/not-found.js';
import './toolkit.css';

/** /toolkit and /toolkit/<calculator>: one tab per calculator, each with its own address. */
export function ToolkitPage({ slug }: { slug?: string }) {
  const tool = slug === undefined ? TOOLS[0] : toolOf(slug);
  if (!tool) return <NotFound />;
  const { Component } = tool;
  return (
    <div className="page toolkit">
      <header className="page-header">
        <p className="eyebrow">Toolkit</p>
        <h1>The numbers behind your answers</h1>
        <p className="lead">TPM interviews reward answers that carry numbers. Work them out here, then say them with confidence.</p>
        <Link href="/toolkit/exercises" className="button toolkit-exercises-link">
          Exercises: system designs, metric cases and program plans →
        </Link>
      </header>
      <nav className="toolkit-tabs" aria-label="Calculators">
        <ul>
          {TOOLS.map((t) => (
            <li key={t.slug}>
              <Link href={`/toolkit/${t.slug}`} aria-current={t === tool ? 'page' : undefined}>
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="toolkit-tool" aria-labelledby="tool-title">
        <div className="tool-head">
          <h2 id="tool-title">{tool.title}</h2>
          {tool.pitch && <p className="tool-pitch">{tool.pitch}</p>}
        </div>
        <Component key={tool.slug} />
      </section>
    </div>
  );
}
