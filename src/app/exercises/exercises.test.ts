import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criticalPath } from '../../calc/critical-path.js';
import { CALCULATOR_IDS } from '../../content/exercise-fields.js';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { CALCULATOR_NAMES } from '../toolkit/calc.js';
import type { CaseGrading, DesignGrading, ProgramGrading } from './exercises.js';
import { readNumericAnswer } from './grade-case.js';
import { openTestApp, steppingClock } from '../testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  app = await openTestApp({ now: steppingClock('2026-03-02T09:00:00.000Z') });
});
afterAll(() => app.close());

const program = (id: string) => {
  const found = app.content.programs.find((p) => p.id === id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
};
const referencePlan = (id: string) => program(id).tasks.map((t) => ({ id: t.id, name: t.name, duration: t.duration, depends: t.depends }));

describe('content and calculators agree', () => {
  it('names the same calculators the app runs', () => {
    expect([...CALCULATOR_IDS]).toEqual([...CALCULATOR_NAMES]);
  });

  it('declares for every scenario the critical path the critical path method gives', () => {
    for (const p of app.content.programs) {
      const result = criticalPath(p.tasks);
      expect(result.criticalPaths, p.id).toEqual([p.criticalPath]);
    }
  });

  it('states every deadline a scenario grades against in its prompt', () => {
    const withDeadline = app.content.programs.filter((p) => p.deadline !== undefined);
    expect(withDeadline.map((p) => p.id)).toEqual([
      'budget-85-percent-spent',
      'launch-with-open-security-risk',
      'migration-40-services',
      'regulatory-deadline',
      'slipping-dependency',
      'vendor-integration-late',
    ]);
    for (const p of withDeadline) expect(p.situation, p.id).toMatch(new RegExp(`\\b${p.deadline} working days\\*\\*`));
  });

  it('grades the reference plan of a scenario that can finish on time as on time', () => {
    const grading = app.exercises.grade('program', 'budget-85-percent-spent', { risks: [], tasks: referencePlan('budget-85-percent-spent'), notes: '' }) as ProgramGrading;
    expect(grading.plan.result.duration).toBe(48);
    expect(grading.plan.deadline).toEqual({ days: 50, late: 0 });
    expect(grading.feedback.map((f) => f.message).join('\n')).not.toContain('after the date that matters');
  });
});

describe('reading exercises', () => {
  it('never shows the answers before grading', () => {
    const c = app.exercises.get('case', 'checkout-ab-test');
    expect(c.kind).toBe('case');
    expect(JSON.stringify(c)).not.toContain('"answer"');
    expect(JSON.stringify(c)).not.toContain('explanation');
    if (c.kind !== 'case') return;
    expect(c.questions[1]).toEqual({ id: 'lift', kind: 'numeric', prompt: "What is the variant's relative lift in conversion over control, in percent?", unit: '%' });
    expect(c.rows).toHaveLength(56);
    const p = app.exercises.get('program', 'vendor-integration-late');
    if (p.kind !== 'program') throw new Error('expected a program');
    expect(p.tasks[1]).toEqual({ id: 'adapter', name: 'Build the provider adapter', team: 'Payments team', duration: 15 });
    expect(JSON.stringify(p)).not.toContain('criticalPath');
    const d = app.exercises.get('design', 'scalable-ecommerce-platform');
    if (d.kind !== 'design') throw new Error('expected a design');
    expect(d.sections[0]).toEqual({
      id: 'requirements',
      title: 'Requirements',
      prompt: 'Which journeys must be available 99.99% of the time, and what exactly does "under 200 ms" mean? State the functional scope, the targets as budgets, and what is out of scope.',
      calculators: ['availability'],
      points: ['Scopes the core journeys', 'Turns 99.99% into a downtime budget', 'Pins down the latency target', 'Names non-functional requirements beyond the two numbers'],
    });
    expect(JSON.stringify(d)).not.toContain('signals');
  });

  it('finds an exercise by id alone, and names the way out when there is none', () => {
    expect(app.exercises.find('retention-cohorts').kind).toBe('case');
    expect(() => app.exercises.find('retention')).toThrow(new NotFoundError('no exercise "retention"; did you mean retention-cohorts?; list them with `tpmprep exercises list`'));
    expect(() => app.exercises.get('quiz', 'x')).toThrow(new InvalidInputError('invalid exercise kind: the kind is one of: design, case, program'));
    expect(() => app.exercises.get('design', 'nope')).toThrow(new NotFoundError('no design exercise "nope"; list them with `tpmprep exercises list --kind design`'));
  });
});

describe('grading a design', () => {
  it('grades each written section against its own rubric and averages over all eight', () => {
    const grading = app.exercises.grade('design', 'scalable-ecommerce-platform', {
      sections: {
        requirements: 'Core journeys are browse, search, cart and checkout; reviews can degrade. 99.99% allows about 52.6 minutes of downtime a year. I would clarify whether 200 ms is server-side p99.',
        estimation: 'Assume 10 million daily active users and 20 page views each: about 2,300 requests per second on average, 23,000 at a 10x peak.',
        api: '',
      },
    }) as DesignGrading;
    expect(grading.answered).toBe(2);
    const [requirements, estimation, api] = grading.sections;
    expect(requirements?.rubric.map((r) => [r.point, r.signals])).toEqual([
      ['Scopes the core journeys', ['core journey', 'browse', 'search', 'cart', 'checkout', 'degrade']],
      ['Turns 99.99% into a downtime budget', ['99.99', '52.6']],
      ['Pins down the latency target', ['clarify', 'server-side', 'p99']],
      ['Names non-functional requirements beyond the two numbers', []],
    ]);
    expect([requirements?.covered, requirements?.total, requirements?.score]).toEqual([3, 4, 75]);
    expect(requirements?.numbers.map((n) => n.text)).toEqual(['99.99%', '52.6 minutes', 'a year', '200 ms']);
    expect(estimation?.rubric.filter((r) => r.covered).map((r) => r.point)).toEqual(['States assumptions explicitly', 'Derives average and peak requests per second']);
    expect(api).toMatchObject({ answered: false, score: 0, covered: 0, total: 4, words: 0 });
    expect(grading.score).toBe(Math.round(((requirements?.score ?? 0) + (estimation?.score ?? 0)) / 8));
    expect(requirements?.outline[1]).toBe('99.99% is about 52.6 minutes of downtime a year, about 4.4 minutes a month: measure it per journey as an SLO with an error budget.');
  });

  it('rejects an empty attempt and an unknown section', () => {
    expect(() => app.exercises.grade('design', 'url-shortener', { sections: { api: '  ' } })).toThrow(new InvalidInputError('invalid design attempt: sections: write at least one section first'));
    expect(() => app.exercises.grade('design', 'url-shortener', { sections: { summary: 'x' } })).toThrow(InvalidInputError);
  });
});

describe('grading a metric case', () => {
  const launch = () => app.content.cases.find((c) => c.id === 'launch-sales-complaints');

  it('marks exact answers correct and shows the expected value', () => {
    const answers = Object.fromEntries((launch()?.questions ?? []).flatMap((q) => (q.kind === 'numeric' ? [[q.id, q.answer]] : [])));
    const grading = app.exercises.grade('case', 'launch-sales-complaints', { answers }) as CaseGrading;
    expect(grading.numeric).toEqual({ correct: 6, total: 6 });
    expect(grading.questions[0]).toEqual({
      id: 'orders-change',
      kind: 'numeric',
      prompt: 'By what percentage did the number of orders change, 8 weeks after launch against the 8 weeks before?',
      given: 26.78,
      expected: 26.78,
      tolerance: 0.5,
      unit: '%',
      correct: true,
      difference: 0,
      explanation: 'Orders from 2025-10-06 to 2025-11-24 against orders from 2025-08-11 to 2025-09-29, all categories. Orders grew faster than revenue, so the average order got smaller.',
    });
    // Six numeric answers right, the open question blank: (6 × 100 + 0) / 7.
    expect(grading.score).toBe(86);
    expect(grading.questions[6]).toMatchObject({ id: 'verdict', kind: 'open', answered: false, score: 0 });
  });

  it('counts an answer exactly on the tolerance edge and not one a hair beyond', () => {
    const grade = (value: number | string) => (app.exercises.grade('case', 'launch-sales-complaints', { answers: { 'orders-change': value } }) as CaseGrading).questions[0];
    expect(grade(27.28)).toMatchObject({ correct: true, given: 27.28 });
    expect(grade(26.28)).toMatchObject({ correct: true });
    expect(grade(27.281)).toMatchObject({ correct: false });
    expect(grade(26.279)).toMatchObject({ correct: false });
    expect(grade('26.8%')).toMatchObject({ correct: true, given: 26.8 });
    const blank = app.exercises.grade('case', 'launch-sales-complaints', { answers: { 'orders-change': '', 'last-year-growth': 9.66 } }) as CaseGrading;
    expect(blank.questions[0]).toMatchObject({ correct: false, given: null, difference: null });
  });

  it('reads numbers the way people type them and rejects words', () => {
    expect(readNumericAnswer('−32.95', 'q')).toBe(-32.95);
    expect(readNumericAnswer('+1,234.5', 'q')).toBe(1234.5);
    expect(readNumericAnswer(' 7 % ', 'q')).toBe(7);
    expect(readNumericAnswer('.5', 'q')).toBe(0.5);
    expect(readNumericAnswer(null, 'q')).toBeNull();
    expect(() => readNumericAnswer('about 30', 'q')).toThrow(new InvalidInputError('answers.q: "about 30" is not a number; write digits such as 31.9 or -32.95'));
    expect(() => app.exercises.grade('case', 'checkout-ab-test', { answers: { uplift: 5 } })).toThrow(
      new InvalidInputError('case "checkout-ab-test" has no question "uplift"; its questions are: control-rate, lift, p-value, mobile-lift, mobile-p-value, split-p-value, decision'),
    );
  });

  it('grades an open answer by rubric coverage with the evidence', () => {
    const text = 'The overall lift is not significant: the p-value is 0.13. Mobile is a post hoc segment, so treat it as a hypothesis for a follow-up test, and check average order value as a guardrail.';
    const grading = app.exercises.grade('case', 'checkout-ab-test', { answers: { decision: text } }) as CaseGrading;
    const open = grading.questions[6];
    if (open?.kind !== 'open') throw new Error('expected the open question');
    expect(open.rubric.map((r) => r.covered)).toEqual([true, true, true, false, true]);
    expect(open.rubric[0]?.signals).toEqual(['not significant', 'p-value', '0.13']);
    const span = open.rubric[0]?.evidence[0]?.span ?? [0, 0];
    expect(text.slice(span[0], span[1])).toBe('not significant');
    expect(open.rubric[3]?.shows).toBe('Tests the split against the 50/50 design (chi-squared about 6.53, p about 0.011) and names the alarm threshold (commonly p < 0.001) before calling it fine, checks the test ran whole weeks, and that early days are not inflated by novelty.');
    expect([open.covered, open.total]).toEqual([4, 5]);
  });
});

describe('grading a program scenario', () => {
  const risks = [
    { risk: 'The vendor sandbox slips again', likelihood: 'high', impact: 'high', owner: 'Vendor manager', mitigation: 'Escalate through the account manager; trigger the extension by day 20' },
    { risk: 'Certification fails the first time', likelihood: 'medium', impact: 'high', owner: 'tbd', mitigation: '' },
  ];

  it('computes the critical path of the plan and finds it matches the reference', () => {
    const grading = app.exercises.grade('program', 'vendor-integration-late', { risks, tasks: referencePlan('vendor-integration-late'), notes: '' }) as ProgramGrading;
    expect(grading.plan.result.criticalPath).toEqual(['vendor-sandbox', 'adapter', 'certification', 'e2e-testing', 'pilot', 'cutover']);
    expect(grading.plan.result.duration).toBe(58);
    expect(grading.plan.result.finishDate).toBe('2026-08-19');
    expect(grading.plan).toMatchObject({ matches: true, missing: [], extra: [], missingTasks: [], deadline: { days: 55, late: 3 } });
    expect(grading.parts.plan).toBe(100);
    expect(grading.register).toEqual({ count: 2, withoutOwner: [1], withoutMitigation: [1], severe: 1 });
    // One complete row and one with neither owner nor mitigation: 0.5 per row, scaled by 2 of the 4 a full register has.
    expect(grading.parts.register).toBe(25);
    expect(grading.feedback.map((f) => f.severity)).toEqual(['strength', 'info', 'strength', 'strength', 'info', 'warning', 'warning']);
    expect(grading.feedback[5]?.message).toBe("Risk 2 has no named owner. A risk without an owner is nobody's job: name a person or a role.");
    // A plan copied from the scenario's tasks keeps their team; it is accepted and ignored.
    const withTeams = app.exercises.grade('program', 'vendor-integration-late', { risks, tasks: program('vendor-integration-late').tasks }) as ProgramGrading;
    expect(withTeams.plan.matches).toBe(true);
  });

  it('shows where a wrong plan differs from the reference and warns about an uncovered critical task', () => {
    const tasks = referencePlan('vendor-integration-late').map((t) => (t.id === 'adapter' ? { ...t, depends: [] } : t));
    const grading = app.exercises.grade('program', 'vendor-integration-late', {
      risks: [{ risk: 'Fraud rules are wrong', likelihood: 'low', impact: 'medium', owner: 'Risk lead', mitigation: 'Shadow mode for a week' }],
      tasks,
    }) as ProgramGrading;
    expect(grading.plan.result.criticalPath).toEqual(['adapter', 'certification', 'e2e-testing', 'pilot', 'cutover']);
    expect(grading.plan).toMatchObject({ matches: false, shared: ['adapter', 'certification', 'e2e-testing', 'pilot', 'cutover'], missing: ['vendor-sandbox'], extra: [] });
    expect(grading.parts.plan).toBe(83);
    const messages = grading.feedback.map((f) => f.message);
    expect(messages[0]).toBe(
      'Your critical path is Build the provider adapter → Vendor certification of the integration → End-to-end payment testing → Pilot with 5% of traffic → Move all traffic (38 days); the reference is Vendor delivers the sandbox → Build the provider adapter → Vendor certification of the integration → End-to-end payment testing → Pilot with 5% of traffic → Move all traffic (58 days). Check the dependencies of Vendor delivers the sandbox.',
    );
    expect(messages).toContain(program('vendor-integration-late').watch[0]?.message);
  });

  it('names the tasks of a cycle and an unknown dependency', () => {
    const cycle = referencePlan('slipping-dependency').map((t) => (t.id === 'design' ? { ...t, depends: ['launch'] } : t));
    expect(() => app.exercises.grade('program', 'slipping-dependency', { risks: [], tasks: cycle })).toThrow(/tasks form a cycle: design -> backend -> qa -> app-review -> launch -> design/);
    const unknown = referencePlan('slipping-dependency').map((t) => (t.id === 'qa' ? { ...t, depends: ['client-integraton'] } : t));
    expect(() => app.exercises.grade('program', 'slipping-dependency', { risks: [], tasks: unknown })).toThrow('task "qa" depends on "client-integraton", which is not a task; did you mean "client-integration"?');
    expect(() => app.exercises.grade('program', 'slipping-dependency', { risks: [{ risk: 'x', likelihood: 'often', impact: 'high' }], tasks: cycle })).toThrow(
      new InvalidInputError('invalid program attempt: risks.0.likelihood: likelihood is low, medium or high'),
    );
  });
});

describe('saving attempts', () => {
  it('saves the attempt with its grading, lists it per exercise, and counts it in the list', async () => {
    const saved = await app.exercises.submit('case', 'churn-spike-promo-cohort', { answers: { 'churn-march': '7.24', 'churn-february': 4 }, seconds: 95 });
    expect(saved).toMatchObject({ kind: 'case', exerciseId: 'churn-spike-promo-cohort', exerciseTitle: 'Churn doubled in March', seconds: 95, submitted: { answers: { 'churn-march': '7.24', 'churn-february': 4 } } });
    expect(saved.grading).toMatchObject({ kind: 'case', numeric: { correct: 1, total: 4 } });
    await app.exercises.submit('design', 'url-shortener', { sections: { requirements: 'Redirects must be fast and highly available; links are durable and unique.' } });
    expect((await app.exercises.attempts({ kind: 'case', id: 'churn-spike-promo-cohort' })).map((a) => a.id)).toEqual([saved.id]);
    expect((await app.exercises.attempts({ kind: 'design' })).map((a) => a.exerciseId)).toEqual(['url-shortener']);
    expect((await app.exercises.attempts()).map((a) => a.kind)).toEqual(['design', 'case']);
    const list = await app.exercises.list();
    expect(list.cases.find((c) => c.id === 'churn-spike-promo-cohort')).toMatchObject({ attempts: 1, best: saved.grading.score, lastAttemptAt: saved.createdAt });
    expect(list.designs.slice(0, 3).map((d) => d.id)).toEqual(['customer-support-chatbot', 'ecommerce-recommendation-system', 'scalable-ecommerce-platform']);
    expect(await app.exercises.list({ kind: 'program' })).toMatchObject({ designs: [], cases: [] });
    await expect(app.exercises.attempts({ kind: 'case', id: 'nope' })).rejects.toThrow(NotFoundError);
  });
});
