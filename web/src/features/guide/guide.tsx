import { ErrorNote, Loading } from '../../ui/status.js';
import { Markdown } from '../../ui/markdown.js';
import { Tag, labelOf } from '../../ui/tag.js';
import { useGuide } from '../../lib/queries.js';
import { Checklist } from './checklist.js';

const PARTS = [
  ['skills', 'Skills'],
  ['areas', 'Review areas'],
  ['stages', 'Interview stages'],
  ['checklist', 'Checklist'],
  ['mistakes', 'Mistakes to avoid'],
  ['faq', 'FAQ'],
] as const;

export function GuidePage() {
  const guide = useGuide();
  if (guide.error) return <ErrorNote message={guide.error.message} onRetry={() => void guide.refetch()} />;
  if (!guide.data) return <Loading label="Loading the guide" />;
  const { skills, areas, stages, mistakes, faq, process } = guide.data;
  return (
    <div className="page guide">
      <header className="page-header">
        <p className="eyebrow">Guide</p>
        <h1>The Technical Product Manager interview</h1>
        <p className="lead">
          What interviewers test, how the loop runs, and what to do before it: {skills.length} skills, {areas.length} review
          areas, {process.minStages}-{process.maxStages} stages over {process.minWeeks}-{process.maxWeeks} weeks.
        </p>
      </header>
      <nav className="toc" aria-label="On this page">
        {PARTS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>

      <section id="skills" aria-labelledby="skills-title">
        <h2 id="skills-title">The {skills.length} skills</h2>
        <div className="card-grid">
          {skills.map((skill, i) => (
            <article key={skill.id} className="card" id={`skill-${skill.id}`}>
              <p className="card-index">{i + 1}</p>
              <h3>{skill.title}</h3>
              <p className="summary">{skill.summary}</p>
              <Markdown text={skill.description} />
              <p className="signals-label">Interviewers listen for</p>
              <ul className="chips">
                {skill.signals.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </section>

      <section id="areas" aria-labelledby="areas-title">
        <h2 id="areas-title">The {areas.length} areas to review</h2>
        <div className="area-list">
          {areas.map((area, i) => (
            <details key={area.id} className="area" id={`area-${area.id}`}>
              <summary>
                <span className="area-number">{String(i + 1).padStart(2, '0')}</span>
                <span className="area-title">{area.title}</span>
                <span className="area-summary">{area.summary}</span>
              </summary>
              <div className="area-body">
                <Markdown text={area.description} />
                <p className="muted small">
                  Exercises: {area.skills.map((s) => skills.find((k) => k.id === s)?.title ?? labelOf(s)).join(', ')}
                </p>
              </div>
            </details>
          ))}
        </div>
      </section>

      <section id="stages" aria-labelledby="stages-title">
        <h2 id="stages-title">How the process runs</h2>
        <div className="process-facts">
          <div>
            <strong>
              {process.minStages}-{process.maxStages}
            </strong>
            <span>stages</span>
          </div>
          <div>
            <strong>
              {process.minWeeks}-{process.maxWeeks}
            </strong>
            <span>weeks end to end</span>
          </div>
          <div>
            <strong>{process.averageWeeks}</strong>
            <span>weeks on average</span>
          </div>
        </div>
        <Markdown text={process.description} />
        <ol className="stages">
          {stages.map((stage) => (
            <li key={stage.id} className="stage" id={`stage-${stage.id}`}>
              <div className="stage-head">
                <h3>{stage.title}</h3>
                <Tag tone="accent">{stage.duration}</Tag>
              </div>
              <p className="summary">{stage.summary}</p>
              <p className="signals-label">What it tests</p>
              <ul className="chips">
                {stage.tests.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
              <Markdown text={stage.description} />
            </li>
          ))}
        </ol>
      </section>

      <section id="checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title">Preparation checklist</h2>
        <p className="muted">Tick items off as you go; they stay ticked on this machine.</p>
        <Checklist />
      </section>

      <section id="mistakes" aria-labelledby="mistakes-title">
        <h2 id="mistakes-title">Mistakes to avoid</h2>
        <div className="card-grid">
          {mistakes.map((mistake) => (
            <article key={mistake.id} className="card mistake" id={`mistake-${mistake.id}`}>
              <h3>{mistake.title}</h3>
              <Markdown text={mistake.description} />
              <p className="fix">
                <strong>Instead:</strong> {mistake.fix}
              </p>
            </article>
          ))}
        </div>
      </section>

      <section id="faq" aria-labelledby="faq-title">
        <h2 id="faq-title">Frequently asked questions</h2>
        <div className="faq">
          {faq.map((item) => (
            <details key={item.id} id={`faq-${item.id}`}>
              <summary>{item.question}</summary>
              <Markdown text={item.answer} />
            </details>
          ))}
        </div>
      </section>
    </div>
  );
}
