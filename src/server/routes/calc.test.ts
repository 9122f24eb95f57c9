import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestServer } from '../testing.js';

let server: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ server, close } = await openTestServer());
});
afterAll(() => close());

const post = (name: string, payload: unknown) => server.inject({ method: 'POST', url: `/api/calc/${name}`, payload: payload as object });

describe('POST /api/calc/<name>', () => {
  it('lists the calculators', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/calc' });
    expect(res.json()).toEqual({ calculators: ['availability', 'error-budget', 'latency', 'capacity', 'littles-law', 'ab', 'sample-size', 'schedule'] });
  });

  it('availability: 99.99% allows 3155.76 s a year', async () => {
    const res = await post('availability', { availability: 99.99 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ availability: 99.99, nines: 4, downtime: { perYear: 3155.76, perMonth: 262.98, perWeek: 60.48, perDay: 8.64 } });
    expect((await post('availability', { downtime: '1h', per: 'year' })).json().availability).toBe(99.988592288);
    expect((await post('availability', { parallel: [99, 99] })).json().availability).toBe(99.99);
  });

  it('error-budget, latency, capacity and littles-law', async () => {
    expect((await post('error-budget', { slo: 99.9, errorRate: 1 })).json()).toMatchObject({ budget: { seconds: 2592 }, burn: { burnRate: 10 } });
    const latency = (await post('latency', { samplesText: '15 20 35 40 50', method: 'linear', percentiles: [40], fanOut: { calls: 100, latencyMs: 250 } })).json();
    expect(latency.samples.percentiles).toEqual([{ p: 40, value: 29 }]);
    expect(latency.fanOut).toMatchObject({ calls: 100, latencyMs: 250, probability: 0.633967659 });
    expect((await post('capacity', { dau: 10_000_000, actionsPerUser: 20, peakFactor: 3 })).json()).toMatchObject({ averageRps: 2314.814815, peakRps: 6944.444444 });
    expect((await post('littles-law', { arrivalRate: 1000, timeInSystem: '200ms' })).json()).toEqual({ solvedFor: 'concurrency', concurrency: 200, arrivalRate: 1000, timeInSystem: 0.2 });
  });

  it('ab and sample-size', async () => {
    const ab = (await post('ab', { control: { visitors: 1000, conversions: 100 }, variant: { visitors: 1000, conversions: 130 } })).json();
    expect(ab.z).toBeCloseTo(2.1027, 4);
    expect(ab.pValue).toBeCloseTo(0.0355, 4);
    expect(ab.lift).toEqual({ absolute: 0.03, relative: 0.3 });
    expect(ab.verdict.code).toBe('significant-win');
    expect((await post('sample-size', { baseline: 0.08, mde: -0.02, mdeType: 'absolute' })).json()).toMatchObject({ perArm: 2554 });
  });

  it('schedule from YAML and from CSV', async () => {
    const yaml = 'tasks:\n  - {id: design, duration: 5}\n  - {id: build, duration: 10, depends: design}\n  - {id: vendor, duration: 12, depends: design}\n  - {id: launch, duration: 1, depends: [build, vendor]}\n';
    const fromYaml = (await post('schedule', { text: yaml })).json();
    expect(fromYaml).toMatchObject({ duration: 18, criticalPath: ['design', 'vendor', 'launch'] });
    expect(fromYaml.tasks.find((t: { id: string }) => t.id === 'build').slack).toBe(2);
    const csv = 'id,name,duration,depends\ndesign,Design,5,\nbuild,Build,10,design\nlaunch,Launch,1,build\n';
    expect((await post('schedule', { text: csv, start: '2025-03-03' })).json()).toMatchObject({ duration: 16, finishDate: '2025-03-24' });
  });

  it('answers bad input with 400 and a message naming the field or limit', async () => {
    const over = await post('schedule', { tasks: Array.from({ length: 501 }, (_, i) => ({ id: `t${i}`, duration: 1 })) });
    expect(over.statusCode).toBe(400);
    expect(over.json()).toEqual({ error: { code: 'invalid_input', message: 'invalid schedule input: tasks: at most 500 tasks (limit maxTasks)' } });
    const cycle = await post('schedule', { text: '- {id: design, duration: 1, depends: build}\n- {id: build, duration: 1, depends: design}' });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.message).toBe('tasks form a cycle: design -> build -> design; a task cannot wait for itself, directly or through others');
    const ab = await post('ab', { control: { visitors: 10, conversions: 20 }, variant: { visitors: 10, conversions: 1 } });
    expect(ab.json()).toEqual({ error: { code: 'invalid_input', message: 'invalid A/B test input: control: control has more conversions than visitors' } });
    const extra = await post('availability', { availability: 99.9, colour: 'red' });
    expect(extra.json().error.message).toBe('invalid availability input: Unrecognized key: "colour"');
  });

  it('answers a bad availability with a sentence a person can act on, not a validator path', async () => {
    const over = await post('availability', { availability: 120 });
    expect(over.statusCode).toBe(400);
    expect(over.json()).toEqual({ error: { code: 'invalid_input', message: 'Availability must be a percent from 0 to 100 (you gave 120). Enter one such as 99.9 or 99.99.' } });
    const hundred = await post('availability', { availability: 100 });
    expect(hundred.json().error.message).toBe('Availability must be below 100%: the most this calculator takes is 99.9999999 (9 nines, limit maxNines). Enter one such as 99.99.');
    const day = await post('availability', { downtime: '2d', per: 'day' });
    expect(day.json().error.message).toBe('Downtime cannot be longer than the day it is counted over. Enter less, or count it over a longer period.');
    const soon = await post('availability', { downtime: 'soon', per: 'year' });
    expect(soon.json().error.message).toBe('Downtime must be a duration such as 45m, 1h 30m, 2d or a number of seconds.');
  });

  it('answers an unknown calculator with 404 and the list', async () => {
    const res = await post('horoscope', {});
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('no calculator "horoscope"; the calculators are: availability, error-budget, latency, capacity, littles-law, ab, sample-size, schedule');
  });
});
