import type { Question } from '@shared/api.js';
import { LEVELS, PROGRAM_COMPETENCIES, TRACKS } from '@shared/domain.js';
import { Tag } from '../../ui/tag.js';
import './question-levels.css';

const titleIn = (table: readonly { id: string; title: string }[], id: string) => table.find((t) => t.id === id)?.title ?? id;

/** The tracks and program competencies a question is tagged with. */
export function QuestionTracks(props: { question: Pick<Question, 'tracks' | 'competencies'> }) {
  const { tracks, competencies } = props.question;
  return (
    <>
      {tracks.map((t) => (
        <Tag key={t} tone="accent">
          {titleIn(TRACKS, t)}
        </Tag>
      ))}
      {competencies.map((c) => (
        <Tag key={c}>{titleIn(PROGRAM_COMPETENCIES, c)}</Tag>
      ))}
    </>
  );
}

/** What a strong answer covers at each level (mid, senior, staff), when the question says. */
export function QuestionLevels(props: { question: Pick<Question, 'levels'> }) {
  const { levels } = props.question;
  if (!levels) return null;
  return (
    <details className="question-levels">
      <summary>What a strong answer looks like at each level</summary>
      <dl>
        {LEVELS.map((l) => (
          <div key={l.id}>
            <dt>{l.title}</dt>
            <dd>{levels[l.id]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
