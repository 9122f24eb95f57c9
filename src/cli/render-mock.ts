import type { Debrief } from '../core/mock.js';
import type { LoopSummary, MockSummary, MockView } from '../app/mocks/mocks.js';
import { bold, dim, table } from './output.js';
import { textBar } from './render-progress.js';

/** m:ss, with a minus sign once over time. */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  return `${sign}${Math.floor(abs / 60)}:${String(Math.floor(abs % 60)).padStart(2, '0')}`;
}

/** The line above every prompt: where you are and the stage timer as elapsed / allowed. */
export function stageLine(view: MockView): string {
  const stage = view.stage;
  if (!stage) return '';
  const { elapsedSeconds, allowedSeconds } = stage.clock;
  const over = elapsedSeconds > allowedSeconds ? ' · over time' : '';
  const item = view.item ? ` · question ${stage.itemIndex + 1}/${stage.items}` : '';
  return dim(`[Stage ${stage.index + 1}/${view.stages.length} · ${stage.title}${item} · ${clock(elapsedSeconds)} / ${clock(allowedSeconds)}${over}]`);
}

export function renderLoops(loops: LoopSummary[]): string {
  return loops
    .map((l) => `${bold(l.title)} ${dim(`(${l.id}, ${l.track} track, ${l.minutes} min)`)}\n  ${l.stages.map((s) => `${s.title} ${s.minutes} min`).join(' → ')}`)
    .join('\n');
}

export function renderStageIntro(view: MockView): string {
  const stage = view.stage;
  if (!stage) return '';
  return `\n${bold(`Stage ${stage.index + 1} of ${view.stages.length}: ${stage.title}`)} ${dim(`(${stage.minutes} min, ${stage.items} question${stage.items === 1 ? '' : 's'})`)}\n${stage.summary}\n`;
}

export function renderItem(view: MockView): string {
  const item = view.item;
  if (!item) return '';
  const lines = [`\n${stageLine(view)}`, bold(item.title)];
  if (item.instructions) lines.push(dim(item.instructions));
  if (item.problem) {
    lines.push(item.problem.statement.trim(), '', dim('Signature:'), item.problem.signature.ts, '', dim('Write the code, then a line holding only "." to submit it.'));
  } else {
    lines.push(item.prompt);
    if (view.stories.length > 0) {
      const options = view.stories.map((s) => `${s.id} ${s.title}${s.suggested ? ' (suggested)' : ''}${s.usedIn ? ` — already told in ${s.usedIn}` : ''}`);
      lines.push(dim(`Your stories: ${options.join('; ')}. To link one, start the answer with a line "story: <id>".`));
    }
    lines.push(dim(`About ${item.minutes} min. Finish with a line holding only "."; type "pause" alone to stop and resume later.`));
  }
  return lines.join('\n');
}

export function renderFollowUp(view: MockView): string {
  return `\n${stageLine(view)}\n${bold('Interviewer:')} ${view.followUp?.question ?? ''}\n${dim('Answer, then "." (a "." right away passes).')}`;
}

function score(value: number | null): string {
  return value === null ? '  —' : String(value).padStart(3);
}

export function renderDebrief(d: Debrief & { id: number }): string {
  const out: string[] = [];
  out.push(`\n${bold(`Debrief · ${d.loopTitle}`)} ${dim(`(mock ${d.id})`)}`);
  out.push(`${bold(`Hire signal: ${d.signal.title}`)} · overall ${d.overall ?? '—'}/100 · ${d.answered} of ${d.items} answered`);
  for (const reason of d.signal.reasons) out.push(`  - ${reason}`);
  out.push(`\n${bold('Stages')}`);
  out.push(
    table(
      d.stages.map((s) => [
        `  ${s.title}`,
        textBar(s.score === null ? null : s.score / 100, 10),
        score(s.score),
        dim(s.reached ? `${clock(s.elapsedSeconds)} / ${clock(s.minutes * 60)}${s.overTime ? ' over time' : ''}` : 'not reached'),
      ]),
    ),
  );
  out.push(`\n${bold('Dimensions')}`);
  for (const dim_ of d.dimensions) {
    out.push(`  ${dim_.title.padEnd(18)} ${textBar(dim_.score === null ? null : dim_.score / 100, 10)} ${score(dim_.score)}`);
    const evidence = dim_.evidence[0];
    if (evidence) out.push(dim(`      ${evidence.quote ? `"${evidence.quote}" — ` : ''}${evidence.message}`));
  }
  const moments = (title: string, list: Debrief['strongest']) => {
    if (list.length === 0) return;
    out.push(`\n${bold(title)}`);
    for (const m of list) out.push(`  ${score(m.score)} ${m.stageTitle} · ${m.itemTitle}${m.quote ? `: "${m.quote}"` : ''}\n      ${dim(m.note)}`);
  };
  moments('Strongest moments', d.strongest);
  moments('Weakest moments', d.weakest);
  out.push(`\n${bold('Practise next')}`);
  const how: Record<string, (id: string) => string> = {
    question: (id) => `tpmprep practice ${id}`,
    problem: (id) => `tpmprep problems show ${id}`,
    area: (id) => `tpmprep questions list --area ${id}`,
    stories: () => 'tpmprep stories matrix',
    mock: (id) => `tpmprep mock --loop ${id}`,
  };
  for (const p of d.practice) out.push(`  - ${bold(p.title)}: ${p.reason}${how[p.kind] ? dim(` (${how[p.kind]?.(p.id)})`) : ''}`);
  return out.join('\n');
}

export function renderMockList(mocks: MockSummary[]): string {
  if (mocks.length === 0) return 'No mocks yet. Start one with `tpmprep mock --loop quick`.';
  return table([
    ['id', 'loop', 'status', 'answered', 'overall', 'signal', 'started'],
    ...mocks.map((m) => [String(m.id), m.loopTitle, m.status, `${m.answered}/${m.items}`, m.overall === null ? '—' : String(m.overall), m.signal ?? '—', m.startedAt.slice(0, 16).replace('T', ' ')]),
  ]);
}
