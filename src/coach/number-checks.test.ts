import { describe, expect, it } from 'vitest';
import { checkNumbers, parseAmount } from './number-checks.js';

const RULES = { maxGrowthPercent: 1000, arithmeticTolerance: 1.2 };
const found = (text: string) => checkNumbers(text, RULES).map((f) => ({ kind: f.kind, said: text.slice(...f.span), message: f.message }));

describe('number checks', () => {
  it('reads amounts with separators, scales and currency', () => {
    expect([parseAmount('80,000'), parseAmount('$2.5M'), parseAmount('1 billion'), parseAmount('12k'), parseAmount('1,5')]).toEqual([80_000, 2_500_000, 1e9, 12_000, undefined]);
  });

  it('recomputes stated arithmetic and names the right result', () => {
    expect(found('So 50M x 80,000 = 400 million requests.')).toEqual([
      {
        kind: 'wrong-arithmetic',
        said: '50M x 80,000 = 400 million requests',
        message: '"50M x 80,000 = 400 million requests": that comes to about 4 trillion, not 400 million.',
      },
    ]);
    expect(found('Then 10,500 / 500 = 210 servers.')).toEqual([
      { kind: 'wrong-arithmetic', said: '10,500 / 500 = 210 servers', message: '"10,500 / 500 = 210 servers": that comes to about 21, not 210.' },
    ]);
    expect(found('Over a year that is 40 TB x 365 = 1.5 PB.')).toEqual([
      { kind: 'wrong-arithmetic', said: '40 TB x 365 = 1.5 PB', message: '"40 TB x 365 = 1.5 PB": that comes to about 14.6 PB, not 1.5 PB.' },
    ]);
    expect(found('At peak, 2 billion a day is about 2,000 messages per second.')).toEqual([
      {
        kind: 'wrong-arithmetic',
        said: '2 billion a day is about 2,000 messages per second',
        message: '"2 billion a day is about 2,000 messages per second": 2 billion a day is about 23,100 a second, not 2,000.',
      },
    ]);
  });

  it('leaves correct and rounded arithmetic alone, and ranges are not subtraction', () => {
    expect(found('50 million times 40 is 2 billion messages a day, and 1 billion a day is about 12,000 per second.')).toEqual([]);
    expect(found('20 million x 2 MB = 40 TB a day. It takes 3-4 weeks. 86,400 / 4 = 21,600.')).toEqual([]);
  });

  it('flags reductions past 100%, growth in the thousands, and shares over the whole', () => {
    expect(found('We reduced review time by 300%, and deployment frequency went up 4,000%.').map((f) => [f.kind, f.said])).toEqual([
      ['impossible-reduction', '300%'],
      ['implausible-growth', '4,000%'],
    ]);
    expect(found('Adoption reached 130% of our active merchants and monthly churn had risen to 140%.').map((f) => [f.kind, f.said])).toEqual([
      ['share-over-whole', 'Adoption reached 130%'],
      ['share-over-whole', 'churn had risen to 140%'],
    ]);
    expect(found('NPS jumped from 20 to 180, with 99.9999999% uptime.').map((f) => [f.kind, f.said])).toEqual([
      ['share-over-whole', '180'],
      ['implausible-growth', '99.9999999%'],
    ]);
    expect(found('It saved each engineer 60 hours a week and ran 30 hours a day.').map((f) => [f.kind, f.said])).toEqual([
      ['implausible-growth', '60 hours a week'],
      ['share-over-whole', '30 hours a day'],
    ]);
  });

  it('leaves plausible numbers alone: a target beaten, a rise of a few hundred percent, five nines', () => {
    expect(found('We hit 150% of target, conversion rose 120%, churn fell by 30% and we ran at 99.999% availability; NPS went from -20 to 35.')).toEqual([]);
  });

  it('recomputes chains, shares of an amount, division in words and rates in any notation', () => {
    expect(found('So 2,000 servers x 50 GB x 30 days = 300 TB hot.')).toEqual([
      {
        kind: 'wrong-arithmetic',
        said: '2,000 servers x 50 GB x 30 days = 300 TB',
        message: '"2,000 servers x 50 GB x 30 days = 300 TB": that comes to about 3,000 TB, not 300 TB.',
      },
    ]);
    expect(found('Then 15% of $500k is $15k an hour.').map((f) => f.message)).toEqual(['"15% of $500k is $15k": that comes to about $75,000, not $15k.']);
    expect(found('Divide 480 points by 40 points a sprint and you get 8 sprints.').map((f) => f.said)).toEqual(['Divide 480 points by 40 points a sprint and you get 8 sprints']);
    expect(found('That is 30M searches/day ≈ 3,500/s on average.').map((f) => f.message)).toEqual([
      '"30M searches/day ≈ 3,500/s": 30 million a day is about 347 a second, not 3,500.',
    ]);
    expect(found('180M/day works out to about 20,000 QPS.').map((f) => f.kind)).toEqual(['wrong-arithmetic']);
    expect(found('That is 10M x 3, so roughly 3M requests, and 3 TB/day x 365 = 100 TB/year.').map((f) => f.message)).toEqual([
      '"10M x 3, so roughly 3M requests": that comes to about 30 million, not 3M.',
      '"3 TB/day x 365 = 100 TB/year": that comes to about 1,100 TB, not 100 TB.',
    ]);
    expect(found('10M x 3, so roughly 30M requests; 3 TB/day x 365 = 1.1 PB/year.')).toEqual([]);
  });

  it('accepts every reasonable reading of units and rounding', () => {
    expect(found('5 ms x 200 steps = 1 second. 2M x 10 = 20M requests, and 20M / 86,400 ≈ 230 per second.')).toEqual([]);
    expect(found('2% of 4 million is 80,000 contacts; 1.5 million views a day is about 17 a second; 10M x 5 KB = 50 GB.')).toEqual([]);
    expect(found('30 days x 24 hours x 3,600 = 2.6 million seconds, and 1,000 + 20% = 1,200.')).toEqual([]);
    expect(found('1 billion a day is about 35,000 a second at peak. It costs $15 a month or $120 a year. A 50/50 split is 200k each.')).toEqual([]);
  });

  it('checks a change against its own from-to: percentages, multiples and fractions', () => {
    expect(found('We cut p95 latency by 80%, from 400 ms to 300 ms.')).toEqual([
      { kind: 'wrong-arithmetic', said: '80%, from 400 ms to 300 ms', message: '"80%, from 400 ms to 300 ms": from 400 ms to 300 ms is a 25% cut, not "80%".' },
    ]);
    expect(found('Checkouts doubled, from 2,000 to 8,000 a day, and toil went down by a third, from 90 to 30 minutes.').map((f) => f.said)).toEqual([
      'doubled, from 2,000 to 8,000',
      'by a third, from 90 to 30 minutes',
    ]);
    expect(found('We cut latency 3x, from 40 to 12 ms, halved the cost, from $0.50 to $0.25, and adoption grew from 11% to 19%, up 8 points.')).toEqual([]);
    expect(found('We set out to cut them in half, and false declines fell from 2 percent to 0.8 percent.')).toEqual([]);
    expect(found('Conversion rose 2%, from 3% to 5%. Payouts rose 70%, from 100k to 170k. CI went from 40 to 15 minutes, or halving pages.')).toEqual([]);
  });

  it('flags many-fold growth of a business number and reductions said without "by", not speed-ups or net retention', () => {
    expect(found('The backlog dropped 180%, and a 40x jump in signups followed.').map((f) => [f.kind, f.said])).toEqual([
      ['impossible-reduction', '180%'],
      ['implausible-growth', '40x'],
    ]);
    expect(found('Revenue grew by a factor of 50 in one quarter.').map((f) => f.said)).toEqual(['by a factor of 50']);
    expect(found('Queries got 50x faster. Net revenue retention was 124%. We reduced churn, so revenue grew 150%. We saved $2M, 150% of the target.')).toEqual([]);
  });

  it('flags rates below zero and bounded rates past 100%, stated as levels', () => {
    expect(found('Reminders cut weekly churn from 5% to -2%. The fill rate of 112% held, and gross margin rose to 115%.')).toEqual([
      { kind: 'share-over-whole', said: 'from 5% to -2%', message: '"from 5% to -2%": a churn rate is a share of a whole and cannot fall below zero.' },
      { kind: 'share-over-whole', said: 'fill rate of 112%', message: '"fill rate of 112%": a fill rate is a share of a whole and cannot pass 100%.' },
      { kind: 'share-over-whole', said: 'gross margin rose to 115%', message: '"gross margin rose to 115%": a gross margin is a share of a whole and cannot pass 100%.' },
    ]);
    expect(found('Churn fell from 5% to 2%, the opt-in rate was 40% and margin held at 35%; growth was -3% in March.')).toEqual([]);
    expect(found('The fill rate reached 120% of target and adoption was at 130% of the plan.')).toEqual([]);
  });

  it('reads hedged operands, rates per period, sums on both sides, energy units and bytes', () => {
    expect(found('That is 8 engineers times about $20k a month comes to $320k.').map((f) => f.message)).toEqual([
      '"8 engineers times about $20k a month comes to $320k": that comes to about $160,000, not $320k.',
    ]);
    expect(found('So $1M / $4 per install = 25,000 installs, and 450 cases divided by 90 a day gives 15 working days.').map((f) => f.said)).toEqual([
      '$1M / $4 per install = 25,000 installs',
      '450 cases divided by 90 a day gives 15 working',
    ]);
    expect(found('1,800 strings at 150 a day is about 120 engineer-days.').map((f) => f.message)).toEqual([
      '"1,800 strings at 150 a day is about 120 engineer-days": that comes to about 12, not 120.',
    ]);
    expect(found('1,800 strings at 150 a day is about 12 days, or 3 weeks of calendar time.')).toEqual([]);
    expect(found("That's 0.2 × 150 + 0.8 × 20 = 30 + 16 = 46 messages, and 2.25B × 250 B ≈ 560 GB.")).toEqual([]);
    expect(found('70,000 * 6 kWh = 420 MWh a day, and 88 MWh / 40 kWh ≈ 2,200 chargers.')).toEqual([]);
    expect(found('So 8.3k × 10 ≈ 80-100k req/s, and 0.42 × 5.5% + 0.58 × 2.2% ≈ 2.31% + 1.28% ≈ 3.6%.')).toEqual([]);
    expect(found('So 8.3k × 10 ≈ 8-10k req/s.').map((f) => f.said)).toEqual(['8.3k × 10 ≈ 8-10k']);
    expect(found('We took the slowest 5% from 6 seconds to 300 milliseconds, a 95% drop.')).toEqual([]);
    expect(found('70,000 * 6 kWh = 42 MWh a day.').map((f) => f.message)).toEqual(['"70,000 * 6 kWh = 42 MWh": that comes to about 420 MWh, not 42 MWh.']);
  });

  it('reads spelled-out percentages and multiples, scores above their scale, minus signs in words and hours given back to each person', () => {
    expect(found('We had three hundred percent fewer escaped bugs, and a two-hundred-and-fifty-percent drop in errors; signups grew eighty-fold.').map((f) => [f.kind, f.said])).toEqual([
      ['impossible-reduction', 'three hundred percent'],
      ['impossible-reduction', 'two-hundred-and-fifty-percent'],
      ['implausible-growth', 'eighty-fold'],
    ]);
    expect(found('Uptime went from 99.5% to 101%, churn fell to minus 3 percent and CSAT reached 6.2 out of 5.').map((f) => f.message)).toEqual([
      '"Uptime went from 99.5% to 101%": an uptime rate is a share of a whole and cannot pass 100%.',
      '"to minus 3 percent": a churn rate is a share of a whole and cannot fall below zero.',
      '"6.2 out of 5" is impossible: a score cannot pass the top of its scale.',
    ]);
    expect(found('Automation handed back 50 hours a week to each of the eight engineers.').map((f) => f.said)).toEqual(['50 hours a week']);
    expect(found('Churn fell by forty percent, 3 out of 4 teams scored 4.5 out of 5, and it saved the team 50 hours a week in total.')).toEqual([]);
  });
});
