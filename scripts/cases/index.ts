import { csvField } from '../../src/content/case-csv.js';
import { createRandom } from './random.js';
import type { CaseGenerator } from './types.js';
import { checkoutAbTest } from './checkout-ab-test.js';
import { checkoutFunnelDrop } from './checkout-funnel-drop.js';
import { churnSpikePromoCohort } from './churn-spike-promo-cohort.js';
import { dauDroppedOvernight } from './dau-dropped-overnight.js';
import { launchSalesComplaints } from './launch-sales-complaints.js';
import { npsFellUsageRose } from './nps-fell-usage-rose.js';
import { pageLoadImprovement } from './page-load-improvement.js';
import { retentionCohorts } from './retention-cohorts.js';
import { sampleRatioMismatch } from './sample-ratio-mismatch.js';
import { simpsonsParadoxLandingPage } from './simpsons-paradox-landing-page.js';

export type { CaseGenerator } from './types.js';

/** Every generated case, by slug (its folder under content/cases). */
export const CASE_GENERATORS: readonly CaseGenerator[] = [
  launchSalesComplaints,
  checkoutAbTest,
  retentionCohorts,
  checkoutFunnelDrop,
  dauDroppedOvernight,
  simpsonsParadoxLandingPage,
  pageLoadImprovement,
  npsFellUsageRose,
  churnSpikePromoCohort,
  sampleRatioMismatch,
];

/** The exact bytes of a case's data.csv: the header, then one line per row, each ending in "\n". */
export function csvText(generator: CaseGenerator): string {
  const rows = generator.generate(createRandom(generator.seed));
  const lines = [generator.columns.join(',')];
  for (const row of rows) lines.push(generator.columns.map((c) => csvField(row[c] as string | number)).join(','));
  return `${lines.join('\n')}\n`;
}
