import type { PlanView } from '../app/readiness/plan.js';
import { AREAS, titleOf } from '../core/taxonomy.js';
import { bold, dim } from './output.js';
import { textBar } from './render-progress.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAY = { sun: 'Sun', mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat' } as const;
const KIND = { question: 'Q', problem: 'Code', flashcards: 'Cards', mock: 'Mock' } as const;

/** "2 Mar" from 2026-03-02. */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]}`;
}

export function renderPlan({ plan, settings, saved }: PlanView): string {
  const lines: string[] = [];
  const length = settings.interviewDate ? `to the interview on ${shortDate(settings.interviewDate)}` : `${plan.weeks} weeks`;
  lines.push(
    `${bold('Study plan:')} ${length}, ${shortDate(plan.start)} to ${shortDate(plan.end)}, ${settings.hoursPerWeek} h a week (${plan.budgetPerWeek} min)`,
    `${bold('First:')} ${plan.focus.slice(0, 3).map((a) => titleOf(AREAS, a)).join(', ')} ${dim('(weakest or unknown areas lead)')}`,
    `${bold('Mock interviews from:')} ${plan.mockStart ? shortDate(plan.mockStart) : 'none fit the budget'}`,
  );
  for (const week of plan.weekly) {
    lines.push('', `${bold(`Week ${week.week}`)}  ${shortDate(week.start)} to ${shortDate(week.end)}  ${textBar(week.budget > 0 ? week.minutes / week.budget : 0, 16)} ${week.minutes}/${week.budget} min`);
    for (const day of plan.days.filter((d) => d.week === week.week)) {
      const head = `  ${WEEKDAY[day.weekday]} ${shortDate(day.date).padEnd(6)}`;
      if (day.rest) {
        lines.push(`${head}  ${dim('rest')}`);
        continue;
      }
      if (day.items.length === 0) {
        lines.push(`${head}  ${dim('free')}`);
        continue;
      }
      day.items.forEach((item, i) => {
        const prefix = i === 0 ? `${head}  ${String(day.minutes).padStart(3)} min` : ' '.repeat(head.length + 9);
        lines.push(`${prefix}  ${KIND[item.kind].padEnd(5)} ${item.title} ${dim(`${item.minutes} min${item.kind === 'question' || item.kind === 'problem' ? ` · ${item.id}` : ''}`)}`);
      });
    }
  }
  lines.push('', dim(`${plan.totalMinutes} minutes planned. ${saved ? 'Saved;' : 'Not saved;'} the plan follows your progress each time you open it.`));
  return lines.join('\n');
}
