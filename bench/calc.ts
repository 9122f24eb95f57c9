import { criticalPath } from '../src/calc/critical-path.js';
import type { TaskSpec } from '../src/calc/schedule-task.js';
import { abTestInputSchema, calculateLatency, calculateSchedule, latencyInputSchema, scheduleInputSchema, twoProportionTest } from '../src/calc/index.js';
import { percentile, timeRuns, type BenchRow } from './measure.js';

/** 500 tasks in layers of 10, each depending on up to three tasks of the layer before (fixed, no randomness). */
function layeredPlan(count: number): TaskSpec[] {
  return Array.from({ length: count }, (_, i) => {
    const layer = Math.floor(i / 10);
    const depends = layer === 0 ? [] : [0, 3, 7].map((k) => `t${(layer - 1) * 10 + ((i + k) % 10)}`);
    return { id: `t${i}`, name: `Task ${i}`, duration: 1 + ((i * 7) % 5), depends };
  });
}

export async function benchCalc(): Promise<BenchRow[]> {
  const plan = layeredPlan(500);
  const cpm = await timeRuns(() => criticalPath(plan), 200, 20);

  const yaml = `tasks:\n${plan.map((t) => `  - { id: ${t.id}, estimate: [${t.duration}, ${t.duration + 1}, ${t.duration + 4}], depends: [${t.depends.join(', ')}] }`).join('\n')}\n`;
  const fromYaml = await timeRuns(() => calculateSchedule(scheduleInputSchema.parse({ text: yaml, deadline: 300 })), 50, 5);

  const ab = abTestInputSchema.parse({ control: { visitors: 10_000, conversions: 1_000 }, variant: { visitors: 10_000, conversions: 1_080 } });
  const zTest = await timeRuns(() => twoProportionTest(ab), 5000, 500);

  const samples = Array.from({ length: 100_000 }, (_, i) => ((i * 7919) % 1000) + 0.5);
  const latency = latencyInputSchema.parse({ samples, fanOut: { calls: 100 } });
  const percentiles = await timeRuns(() => calculateLatency(latency), 20, 2);

  return [
    { name: 'critical path, 500 tasks (p50)', value: percentile(cpm, 50), unit: 'ms', target: '< 20 ms' },
    { name: 'schedule from YAML + PERT, 500 tasks (p50)', value: percentile(fromYaml, 50), unit: 'ms', target: '< 200 ms' },
    { name: 'two-proportion z-test (p50)', value: percentile(zTest, 50) * 1000, unit: 'µs' },
    { name: 'percentiles + fan-out, 100,000 samples (p50)', value: percentile(percentiles, 50), unit: 'ms' },
  ];
}
