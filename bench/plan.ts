import { planCatalogOf } from '../src/app/readiness/plan.js';
import { openTestApp } from '../src/app/testing.js';
import { packStudyPlan } from '../src/core/plan.js';
import { EVIDENCE_KINDS, readinessOf, readinessTrend, type Evidence } from '../src/core/readiness.js';
import { AREA_IDS, SKILL_IDS } from '../src/core/taxonomy.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

const EVIDENCE = 1_000;
const DAY = 24 * 60 * 60 * 1000;

/** 1,000 items over 60 days, of every kind, 1-3 skills and areas each (fixed, no randomness). */
function evidenceItems(now: number): Evidence[] {
  return Array.from({ length: EVIDENCE }, (_, i) => ({
    kind: EVIDENCE_KINDS[i % EVIDENCE_KINDS.length] as Evidence['kind'],
    at: new Date(now - ((i * 37) % 60) * DAY - i * 1000),
    score: ((i * 7919) % 101) / 100,
    skills: SKILL_IDS.filter((_, k) => (i + k) % 3 === 0),
    areas: AREA_IDS.filter((_, k) => (i + k) % 4 === 0),
  }));
}

/** Packing a 6-week, 15-hour plan over the shipped bank, and readiness over 1,000 evidence items. */
export async function benchPlan(): Promise<BenchRow[]> {
  const now = Date.parse('2026-03-16T12:00:00.000Z');
  const app = await openTestApp({ now: () => new Date(now) });
  try {
    const catalog = planCatalogOf(app.content);
    const evidence = evidenceItems(now);
    const readiness = readinessOf(evidence, new Date(now));
    const areas = AREA_IDS.map((id) => ({ id, score: readiness.areas[id].score, confidence: readiness.areas[id].confidence }));
    const settings = { start: '2026-03-16', weeks: 6, hoursPerWeek: 15 };
    const pack = await timeRuns(() => packStudyPlan(settings, catalog, areas), 200, 20);
    const model = await timeRuns(() => readinessOf(evidence, new Date(now)), 200, 20);
    const trend = await timeRuns(() => readinessTrend(evidence, new Date(now), 8), 100, 10);

    // End to end: 1,000 rows (attempts and reviews) read from SQLite, then the whole dashboard document.
    const questions = app.content.questions;
    const cards = app.content.flashcards;
    await app.db.kysely.transaction().execute(async (trx) => {
      for (let i = 0; i < EVIDENCE / 2; i++) {
        const at = new Date(now - (i % 56) * DAY).toISOString();
        await trx
          .insertInto('attempts')
          .values({ question_id: questions[i % questions.length]?.id ?? '', answer: 'x', seconds: 300, analysis: JSON.stringify({ score: (i * 37) % 100 }), created_at: at })
          .execute();
        await trx
          .insertInto('reviews')
          .values({
            card_id: cards[i % cards.length]?.id ?? '',
            rating: i % 5 === 0 ? 'again' : 'good',
            reviewed_at: at,
            state_before: 'review',
            state_after: 'review',
            due_before: null,
            due_after: at,
            stability_before: null,
            stability_after: 3,
            difficulty_before: null,
            difficulty_after: 5,
            elapsed_days: 1,
            scheduled_days: 2,
          })
          .execute();
      }
    });
    const progress = await timeRuns(() => app.progress.get(), 50, 5);
    const plan = await timeRuns(() => app.plan.get(), 50, 5);
    const days = packStudyPlan(settings, catalog, areas).days.filter((d) => d.items.length > 0).length;
    return [
      { name: `pack a 6-week, 15 h/week plan (${catalog.questions.length} questions, ${catalog.problems?.length ?? 0} problems) p50`, value: percentile(pack, 50), unit: 'ms' },
      { name: 'pack a 6-week plan p99', value: percentile(pack, 99), unit: 'ms' },
      { name: `readiness model over ${EVIDENCE} evidence items p50`, value: percentile(model, 50), unit: 'ms' },
      { name: `readiness trend, 8 weekly points, ${EVIDENCE} items p50`, value: percentile(trend, 50), unit: 'ms' },
      { name: `GET /api/progress work (${EVIDENCE} rows in SQLite) p50`, value: percentile(progress, 50), unit: 'ms' },
      { name: `GET /api/plan work (readiness + pack, ${days} study days) p50`, value: percentile(plan, 50), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}
