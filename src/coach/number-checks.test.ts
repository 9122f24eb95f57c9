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
});
