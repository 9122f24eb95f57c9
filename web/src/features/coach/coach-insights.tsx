import type { CoachResult } from '@shared/api.js';

/** Most-used words, TPM terms and talking points, as the coach found them. */
export function CoachInsights({ insights }: { insights: CoachResult['insights'] }) {
  const { topWords, tpmTerms, talkingPoints } = insights;
  if (topWords.length + tpmTerms.length + talkingPoints.covered.length + talkingPoints.missing.length === 0) return null;
  return (
    <section>
      <h3>Insights</h3>
      <dl className="insights small">
        {topWords.length > 0 && (
          <>
            <dt>Most-used words</dt>
            <dd>{topWords.slice(0, 8).map((w) => `${w.word} (${w.count})`).join(', ')}</dd>
          </>
        )}
        {tpmTerms.length > 0 && (
          <>
            <dt>TPM terms</dt>
            <dd>{tpmTerms.slice(0, 8).map((t) => t.term).join(', ')}</dd>
          </>
        )}
        {talkingPoints.covered.length > 0 && (
          <>
            <dt>Talking points covered</dt>
            <dd>{talkingPoints.covered.join('; ')}</dd>
          </>
        )}
        {talkingPoints.missing.length > 0 && (
          <>
            <dt>Talking points missing</dt>
            <dd>{talkingPoints.missing.join('; ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
