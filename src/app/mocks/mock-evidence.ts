import { answerScore, finalEvaluation, type MockState } from '../../core/mock.js';
import type { Evidence } from '../../core/readiness.js';
import { SKILL_IDS, AREA_IDS, type AreaId, type SkillId } from '../../core/taxonomy.js';
import type { Db } from '../../store/index.js';
import type { EvidenceSource, PracticeRecord } from '../readiness/evidence-source.js';

/**
 * Mock debriefs as readiness evidence: one item (kind 'mock') per stage of a finished mock, scored by
 * the answers given in it (as the debrief counts them), on the skills and areas of its questions. Unanswered questions do not
 * count here (the debrief's hire signal already weighs them); a stage without answers says nothing.
 * Every stage that ran is practice time, finished or not.
 */
export function mockEvidenceOf(state: MockState): PracticeRecord {
  const record: PracticeRecord = { evidence: [], activity: [] };
  for (const stage of state.stages) {
    if (!stage.startedAt) continue;
    const at = new Date(stage.finishedAt ?? state.updatedAt);
    if (stage.elapsedMs > 0) record.activity.push({ kind: 'mock', at, seconds: Math.round(stage.elapsedMs / 1000) });
    if (state.status !== 'finished') continue;
    const answered = stage.items.flatMap((item) => {
      return item.answer && finalEvaluation(item) ? [{ item, score: answerScore(item) }] : [];
    });
    if (answered.length === 0) continue;
    const skills = SKILL_IDS.filter((s) => answered.some(({ item }) => item.skills.includes(s))) as SkillId[];
    const areas = AREA_IDS.filter((a) => answered.some(({ item }) => item.areas.includes(a))) as AreaId[];
    const score = answered.reduce((sum, a) => sum + a.score, 0) / answered.length / 100;
    const evidence: Evidence = { kind: 'mock', at, score: Math.min(1, Math.max(0, score)), skills, areas };
    record.evidence.push(evidence);
  }
  return record;
}

/** The readiness source for mock interviews (plugged into evidenceSources in readiness-sources.ts). */
export function mockSource(db: Db): EvidenceSource {
  return {
    kind: 'mock',
    async read() {
      const rows = await db.kysely.selectFrom('mock_sessions').select('state').execute();
      const records = rows.map((r) => mockEvidenceOf(JSON.parse(r.state) as MockState));
      return { evidence: records.flatMap((r) => r.evidence), activity: records.flatMap((r) => r.activity) };
    },
  };
}
