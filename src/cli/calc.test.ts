import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './cli-sandbox.js';

const { home, cli, json, file } = cliSandbox('calc');

const PLAN = `start: 2025-03-03
tasks:
  - { id: design, name: Technical design, estimate: [3, 5, 7] }
  - { id: build, name: Build checkout service, estimate: [8, 10, 18], depends: design }
  - { id: vendor, name: Payment vendor integration, estimate: [8, 12, 28], depends: design }
  - { id: security, name: Security review, duration: 2, depends: build }
  - { id: launch, name: Launch, duration: 0, depends: [security, vendor] }
`;

describe('tpmprep calc', () => {
  it('availability 99.99 --json gives downtime per year, month, week and day in seconds', () => {
    expect(json('calc', 'availability', '99.99')).toMatchObject({ availability: 99.99, nines: 4, downtime: { perYear: 3155.76, perMonth: 262.98, perWeek: 60.48, perDay: 8.64 } });
    expect(json('calc', 'availability', '--downtime', '1h', '--per', 'year').availability).toBe(99.988592288);
    expect(json('calc', 'availability', '--series', '99.9,99.95').availability).toBe(99.85005);
    expect(json('calc', 'availability', '--parallel', '99,99').availability).toBe(99.99);
  });

  it('availability prints a readable table with the asked level marked', () => {
    const result = cli('calc', 'availability', '99.9');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('99.9% availability (3 nines) allows:\nper year   8h 45m 58s  31,557.6 s\nper month  43m 50s     2,629.8 s');
    expect(result.stdout).toMatch(/^99\.9% +8h 45m 58s +43m 50s +10m 5s +1m 26s +◀$/m);
  });

  it('latency: percentiles from a file, fan-out from a p99, and a budget', () => {
    const samples = file('samples.txt', Array.from({ length: 100 }, (_, i) => i + 1).join('\n'));
    const fromFile = json('calc', 'latency', '--samples', samples, '--percentiles', '50,99', '--fanout', '10');
    expect(fromFile.samples.percentiles).toEqual([{ p: 50, value: 50 }, { p: 99, value: 99 }]);
    expect(fromFile.fanOut).toMatchObject({ calls: 10, latencyMs: 99, probability: 0.095617925 });
    const fan = cli('calc', 'latency', '--p99', '250', '--fanout', '100');
    expect(fan.stdout).toContain('63.4% of requests that fan out to 100 calls wait on at least one call slower than its p99 (250 ms).');
    const budget = json('calc', 'latency', '--budget', '200', '--chain', 'gateway:10,auth:25,catalog:80,render:45');
    expect(budget.budget).toMatchObject({ usedMs: 160, remainingMs: 40, overBudget: false });
  });

  it('capacity and littles-law', () => {
    const result = json('calc', 'capacity', '--dau', '10000000', '--actions', '20', '--peak', '3', '--write-ratio', '10%', '--write-size', '1KB', '--server-rps', '1000');
    expect(result).toMatchObject({ averageRps: 2314.814815, peakRps: 6944.444444, storage: { perDay: 20e9, perYear: 7305e9 }, servers: { needed: 10 } });
    expect(cli('calc', 'littles-law', '--rate', '1000', '--time', '200ms').stdout).toBe('L = λ × W: 200 in flight = 1,000/s × 200ms\nsolved for L (concurrency)\n');
  });

  it('ab --json gives z, pValue and lift; the human output gives the verdict', () => {
    const result = json('calc', 'ab', '--control', '1000:100', '--variant', '1000:130');
    expect(result.z).toBeCloseTo(2.1027, 4);
    expect(result.pValue).toBeCloseTo(0.0355, 4);
    expect(result.lift).toEqual({ absolute: 0.03, relative: 0.3 });
    const human = cli('calc', 'ab', '--control', '1000:100', '--variant', '1000:110').stdout;
    expect(human).toContain('Not significant yet (p = 0.4657 ≥ 0.05)');
    expect(human).toContain(
      'say it: “The variant converts at 11% against 10% (+10% relative), but at 95% confidence that is not significant yet (p = 0.4657): we need about 14,751 visitors per arm to detect it.”',
    );
  });

  it('sample-size reads the mde as relative unless --absolute', () => {
    expect(json('calc', 'sample-size', '--baseline', '0.1', '--mde', '0.05')).toMatchObject({ mdeType: 'relative', target: 0.105, perArm: 57_763 });
    expect(json('calc', 'sample-size', '--baseline', '8%', '--mde', '-0.02', '--absolute')).toMatchObject({ target: 0.06, perArm: 2554 });
  });

  it('schedule prints the critical path, slack per task, a Gantt chart and PERT odds', () => {
    const plan = file('plan.yaml', PLAN);
    const result = cli('calc', 'schedule', plan, '--deadline', '2025-04-04');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Critical path: Technical design → Payment vendor integration → Launch\nDuration: 19d (2025-03-03 to 2025-03-27, working days)');
    expect(result.stdout).toMatch(/^build \(Build checkout service\) +11d +5d +16d +6d +1d +2025-03-10 → 2025-03-24$/m);
    expect(result.stdout).toMatch(/^Payment vendor integrat… │ {13}█{35}│$/m);
    expect(result.stdout).toContain('Deadline 2025-04-04 (25d): 6d to spare on the expected duration; chance of finishing by then 96.1%');
    const csv = file('plan.csv', 'id,name,duration,depends\ndesign,Design,5,\nbuild,Build,10,design\nvendor,Vendor,12,design\nlaunch,Launch,1,build;vendor\n');
    const parsed = json('calc', 'schedule', csv);
    expect(parsed.criticalPath).toEqual(['design', 'vendor', 'launch']);
    expect(parsed.tasks.map((t: { id: string; slack: number }) => [t.id, t.slack])).toEqual([['design', 0], ['build', 2], ['vendor', 0], ['launch', 0]]);
  });

  it('explains bad options and bad plans with exit code 2', () => {
    const cases: Array<[string[], string]> = [
      [['calc', 'availability'], 'error: give an availability (e.g. tpmprep calc availability 99.99), --nines, --downtime, --series or --parallel\n'],
      [['calc', 'availability', '101'], 'error: Availability must be a percent from 0 to 100 (you gave 101). Enter one such as 99.9 or 99.99.\n'],
      [['calc', 'ab', '--control', '1000', '--variant', '1000:110'], 'error: --control is visitors:conversions, e.g. 1000:100; got "1000"\n'],
      [['calc', 'capacity', '--dau', 'lots', '--actions', '3'], 'error: --dau must be a number, got "lots"\n'],
      [['calc', 'latency', '--p99', '250'], 'error: --p99 and --latency describe one call of a fan-out: add --fanout <n>\n'],
      [['calc', 'schedule', path.join(home, 'missing.yaml')], `error: no file at ${path.join(home, 'missing.yaml')}; give the path of a YAML or CSV schedule\n`],
      [['calc', 'schedule', file('cycle.yaml', '- {id: design, duration: 2, depends: build}\n- {id: build, duration: 3, depends: design}\n')], 'error: tasks form a cycle: design -> build -> design; a task cannot wait for itself, directly or through others\n'],
    ];
    for (const [args, stderr] of cases) {
      const result = cli(...args);
      expect({ args, stderr: result.stderr, status: result.status }).toEqual({ args, stderr, status: 2 });
    }
    const missing = cli('calc', 'ab', '--control', '1000:100');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("error: required option '--variant <visitors:conversions>' not specified");
  });
});
