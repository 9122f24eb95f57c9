import type { Evidence } from '../../core/readiness.js';
import type { Content } from '../../content/index.js';
import type { EvidenceSource } from '../readiness/evidence-source.js';
import type { PeerOperations } from './peer.js';

/**
 * Peer mock rounds as readiness evidence for the person interviewed: one item (kind 'peer', weighted
 * like a mock stage) per scored round, the mean of the rubric scores (1-5 read as 0-1) on the
 * question's skills and areas. The round's clock is practice time too.
 */
export function peerSource(peer: PeerOperations, personId: number, content: Content): EvidenceSource {
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  return {
    kind: 'peer',
    async read() {
      const evidence: Evidence[] = [];
      for (const round of await peer.receivedBy(personId)) {
        const question = questions.get(round.questionId);
        if (!question || round.points.length === 0) continue;
        const mean = round.points.reduce((sum, p) => sum + p.score, 0) / round.points.length;
        evidence.push({ kind: 'peer', at: new Date(round.at), score: (mean - 1) / 4, skills: [...question.skills], areas: [...question.areas] });
      }
      return { evidence, activity: [] };
    },
  };
}
