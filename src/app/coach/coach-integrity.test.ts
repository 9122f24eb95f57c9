import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/index.js';
import { coachOn as coach, outlineOf } from '../testing.js';

/** The bank's size: the rank of a question an answer shares nothing with. */
const BANK_SIZE = loadContent().questions.length;
const said = (text: string, spans: ReadonlyArray<readonly [number, number]>) => spans.map(([s, e]) => text.slice(s, e));
const problems = (a: ReturnType<typeof coach>) => a.feedback.filter((f) => f.severity === 'problem').map((f) => f.message);

describe('the coach cannot be talked into a score', () => {
  it('gives rubric words in empty sentences nothing and flags each sentence', () => {
    const text =
      'I would align stakeholders on the requirements, then define metrics, trade-offs and risks. The design covers scalability, availability, latency, caching, sharding and the roadmap. ' +
      'I would mitigate the risks, drive alignment and communicate the trade-offs to leadership, with metrics and KPIs for success.';
    const a = coach('design-url-shortener-service', text);
    expect([a.score, a.integrity.keywordList.flagged, a.rubric.filter((p) => p.covered).length]).toEqual([15, true, 0]);
    expect(said(text, a.integrity.keywordList.spans)).toEqual([
      'I would align stakeholders on the requirements, then define metrics, trade-offs and risks.',
      'The design covers scalability, availability, latency, caching, sharding and the roadmap.',
      'I would mitigate the risks, drive alignment and communicate the trade-offs to leadership, with metrics and KPIs for success.',
    ]);
    expect(problems(a)[0]).toBe(
      'Reads like a list of keywords: "I would align stakeholders on the requirements, then define metrics, trade-offs and risks". Name what you did, to what, and what happened; rubric words alone earn nothing.',
    );
    expect(a.followUps[0]?.question).toBe('What must the service do beyond redirecting, and roughly how many creates, redirects and bytes a day?');
  });

  it('names the question a good answer really answers, and caps it', () => {
    const text =
      'I would put a short-code service behind a load balancer. Writes go to a key-value store keyed by a base62 code from a counter, seven characters. Reads hit a Redis cache first, since redirects outnumber creations a hundred to one, ' +
      'and the CDN serves the 301 for popular links. I would shard the store by code and replicate it across two regions.';
    const a = coach('chatbot-success-metrics', text);
    expect([a.score, a.relevance.otherQuestion, a.relevance.askedRank, a.relevance.offTopic]).toEqual([25, { id: 'design-url-shortener-service', title: 'Design a URL shortener' }, BANK_SIZE, false]);
    expect(problems(a)).toEqual(['This reads as an answer to "Design a URL shortener", not to the question asked. Answer the question in front of you.']);
    expect(coach('design-url-shortener-service', text).relevance).toMatchObject({ askedRank: 1 });
  });

  it('says it reads English instead of calling another language off-topic', () => {
    const text =
      'En mi último trabajo lideré la migración del sistema de pagos. El equipo tenía dudas sobre la fecha, así que hablé con cada líder y propuse un plan por fases. Al final lanzamos a tiempo y los errores bajaron un 40%.';
    const a = coach('a-failure-you-learned-from', text);
    expect([a.score, a.integrity.language, a.relevance.offTopic, a.followUps]).toEqual([0, 'other', false, []]);
    expect(a.feedback.map((f) => f.message)).toEqual([
      'The coach reads English answers, so it cannot judge this one. Answer in English to get feedback; the words are not held against the question.',
    ]);
    expect(coach('a-failure-you-learned-from', '我负责支付系统的迁移。团队对日期有疑虑，所以我和每位负责人谈了话，并提出了分阶段的计划。最后我们按时上线，错误减少了百分之四十。').integrity.language).toBe('other');
  });

  it('counts a repeated paragraph once and caps an answer that is mostly repetition', () => {
    const paragraph = 'Our team missed the launch date because I did not check the vendor contract early. I told my manager the same day, reset the plan with the vendor, and we shipped three weeks later. ';
    const once = coach('a-failure-you-learned-from', paragraph);
    const many = coach('a-failure-you-learned-from', paragraph.repeat(12));
    expect([once.score, many.score, many.integrity.repeated.count, many.integrity.repeated.share, many.words]).toEqual([37, 25, 22, 0.91, once.words]);
    expect(many.feedback.find((f) => f.dimension === 'delivery' && f.severity === 'warning')?.message).toBe(
      '22 sentences repeated: "Our team missed the launch date because I did not check the vendor contract early". A point said twice counts once.',
    );
  });

  it('flags a pasted model outline with its share and caps the score', () => {
    const a = coach('design-a-chatbot', outlineOf('design-a-chatbot'));
    expect([a.score, a.integrity.recited.flagged, a.integrity.recited.share]).toEqual([40, true, 1]);
    expect(problems(a)).toContain('Mostly the model outline (100% of the answer follows it). Say it in your own words, from your own experience.');
  });

  it('does not take "I think" for ownership: steps told only with "we" are unclear', () => {
    const text = 'I think failure is part of growth. Last year our launch slipped. We missed the vendor deadline, we told the customer late, and we lost the renewal. We learned to check contracts early and we now review them in week one.';
    const a = coach('a-failure-you-learned-from', text);
    expect([a.ownership.verdict, a.score, a.dimensions.find((d) => d.id === 'ownership')?.score]).toEqual(['unclear', 25, 20]);
    expect(a.feedback.map((f) => f.message)).toContain('Unclear what you did yourself: no step is told with "I" ("I" 1 time, "we" 6 times). Say "I" for the steps you took.');
  });

  it('honours STAR labels and shows the competency the question asks for', () => {
    const text =
      'Situation: our team planned a rewrite of the billing service. Task - I owned the recommendation. Action: I argued for the rewrite, then the new data on incident causes convinced me I was wrong, ' +
      'so I told the team and we switched to fixing the two worst modules. Result: we shipped in six weeks instead of six months and billing incidents fell 60%.';
    const a = coach('a-time-you-changed-your-mind', text);
    expect(Object.fromEntries(Object.entries(a.star).map(([part, found]) => [part, said(text, found.spans)]))).toEqual({
      situation: ['Situation: our team planned a rewrite of the billing service.'],
      task: ['Task - I owned the recommendation.'],
      action: ['Action: I argued for the rewrite, then the new data on incident causes convinced me I was wrong, so I told the team and we switched to fixing the two worst modules.'],
      result: ['Result: we shipped in six weeks instead of six months and billing incidents fell 60%.'],
    });
    expect(a.relevance.competency).toEqual({ name: 'a change of mind', shown: true, spans: [[168, 180], [181, 192]] });
    expect(said(text, a.relevance.competency?.spans ?? [])).toEqual(['convinced me', 'I was wrong']);
  });

  it('never lets a story that does not show the competency reach Strong', () => {
    const text =
      'At my last company I ran the launch of a new checkout for two million users. I was responsible for the plan and the date. I set up a weekly review with the four team leads, I cut scope to the three features that mattered, ' +
      'and I moved the payment integration first because it had the longest lead time. We launched on the planned date and conversion rose 6% in the first month.';
    const a = coach('a-time-you-changed-your-mind', text);
    // A good launch story, told for a question about changing one's mind: it answers another question.
    expect([a.relevance.competency, a.relevance.otherQuestion, a.score]).toEqual([
      { name: 'a change of mind', shown: false, spans: [] },
      { id: 'a-launch-you-are-proud-of', title: 'A launch you are proud of' },
      24,
    ]);
    expect(coach('a-launch-you-are-proud-of', text).score).toBeGreaterThan(59);
  });
});
