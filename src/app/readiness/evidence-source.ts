import type { Activity } from '../../core/activity.js';
import type { Evidence, EvidenceKind } from '../../core/readiness.js';

/**
 * What an evidence adapter returns: readiness evidence (scored, tagged by skill and area) and
 * activity (time on task, for the streak and time spent).
 */
export interface PracticeRecord {
  evidence: Evidence[];
  activity: Activity[];
}

/** One kind of practice. A new kind (judge submissions, mock debriefs, exercises) is one more of these. */
export interface EvidenceSource {
  kind: EvidenceKind;
  read(): Promise<PracticeRecord>;
}
