import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { CalculatorName, CalculatorResults } from '../../app/toolkit/calc.js';
import { InvalidInputError } from '../../core/errors.js';
import { action, printJson } from '../output.js';

type Options = Record<string, string | boolean | undefined>;

/** "10,000,000", "1_000" and "99.9%" read as numbers; anything else is a clear error naming the option. */
function num(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/[,_]/g, '').replace(/%$/, ''));
  if (text.trim() === '' || !Number.isFinite(value)) throw new InvalidInputError(`${flag} must be a number, got "${text}"`);
  return value;
}

/** A rate as a fraction; "10%" reads as 0.1. */
function fraction(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = num(flag, text) as number;
  return text.trim().endsWith('%') ? value / 100 : value;
}

const list = (flag: string, text: string | undefined) => text?.split(',').map((part) => num(flag, part) as number);

/** "1000:100" → visitors and conversions. */
function arm(flag: string, text: string | undefined): { visitors: number; conversions: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^\s*([\d,_]+)\s*:\s*([\d,_]+)\s*$/.exec(text);
  if (!match) throw new InvalidInputError(`${flag} is visitors:conversions, e.g. 1000:100; got "${text}"`);
  return { visitors: num(flag, match[1]) as number, conversions: num(flag, match[2]) as number };
}

/** "auth:20,db:45" → the calls of a latency budget. */
function chain(text: string | undefined) {
  return text?.split(',').map((part) => {
    const match = /^(.+):\s*([\d.]+)\s*(ms)?$/.exec(part.trim());
    if (!match) throw new InvalidInputError(`--chain is name:ms pairs separated by commas, e.g. auth:20,db:45; got "${part}"`);
    return { name: (match[1] as string).trim(), ms: num('--chain', match[2]) as number };
  });
}

function readFile(file: string, what: string): string {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new InvalidInputError(`no file at ${file}; give the path of ${what}`);
  return fs.readFileSync(file, 'utf8');
}

/** Drops undefined options so the calculator's defaults apply. */
const defined = (input: Record<string, unknown>) => Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));

/** Runs one calculator through the app layer (no database needed) and prints JSON or a table. */
async function runCalculator<N extends CalculatorName>(name: N, input: Record<string, unknown>, json: boolean | string | undefined, render: (result: CalculatorResults[N]) => Promise<string>) {
  const { calcOperations } = await import('../../app/toolkit/calc.js');
  const result = calcOperations().run(name, defined(input)) as CalculatorResults[N];
  if (json) printJson(result);
  else console.log(await render(result));
}

const renderers = () => import('../render-calc.js');

export function registerCalc(program: Command): void {
  const calc = program.command('calc').description('calculators: availability, error-budget, latency, capacity, littles-law, ab, sample-size, schedule');

  calc
    .command('availability')
    .description('nines to allowed downtime (or back), and dependencies in series or parallel')
    .argument('[percent]', 'an availability in percent, e.g. 99.99')
    .option('--nines <n>', 'a number of nines instead, e.g. 4')
    .option('--downtime <duration>', 'downtime allowed, e.g. 1h or 52m 36s, to get the availability')
    .option('--per <period>', 'the period of --downtime: year, month, week or day', 'year')
    .option('--series <list>', 'dependencies that must all be up, e.g. 99.9,99.95')
    .option('--parallel <list>', 'redundant copies where one is enough, e.g. 99,99')
    .option('--json', 'print one JSON document (downtime in seconds)')
    .action(
      action(async (percent: string | undefined, o: Options) => {
        if ([percent, o.nines, o.downtime, o.series, o.parallel].every((v) => v === undefined)) {
          throw new InvalidInputError('give an availability (e.g. tpmprep calc availability 99.99), --nines, --downtime, --series or --parallel');
        }
        const input = {
          availability: num('availability', percent),
          nines: num('--nines', o.nines as string | undefined),
          downtime: o.downtime,
          per: o.downtime === undefined ? undefined : o.per,
          series: list('--series', o.series as string | undefined),
          parallel: list('--parallel', o.parallel as string | undefined),
        };
        await runCalculator('availability', input, o.json, async (r) => (await renderers()).renderAvailability(r));
      }),
    );

  calc
    .command('error-budget')
    .description("an SLO's error budget, burn rate and alert thresholds")
    .requiredOption('--slo <percent>', 'the SLO, e.g. 99.9')
    .option('--window <duration>', 'the SLO window', '30d')
    .option('--error-rate <percent>', 'the share of requests failing now, in percent, for the burn rate')
    .option('--spent <duration>', 'bad time already spent in this window, e.g. 20m')
    .option('--requests <n>', 'requests expected over the window, to count the budget in requests')
    .option('--json', 'print one JSON document')
    .action(
      action(async (o: Options) => {
        const input = { slo: num('--slo', o.slo as string), window: o.window, errorRate: num('--error-rate', o.errorRate as string | undefined), spent: o.spent, requests: num('--requests', o.requests as string | undefined) };
        await runCalculator('error-budget', input, o.json, async (r) => (await renderers()).renderErrorBudget(r));
      }),
    );

  calc
    .command('latency')
    .description('percentiles from samples, fan-out tail latency, a latency budget across a chain of calls')
    .option('--samples <file>', 'a file of latencies in ms, separated by spaces, commas or lines')
    .option('--method <method>', 'nearest-rank (an observed sample) or linear (interpolated)', 'nearest-rank')
    .option('--percentiles <list>', 'which percentiles, e.g. 50,90,99')
    .option('--fanout <n>', 'calls one request makes in parallel')
    .option('--percentile <p>', 'the percentile each call is measured at', '99')
    .option('--latency <ms>', "that call's latency at that percentile")
    .option('--p99 <ms>', 'shorthand for --percentile 99 --latency <ms>')
    .option('--target <percent>', 'the share of requests that should see no slow call', '99')
    .option('--budget <ms>', 'an end-to-end latency budget for --chain')
    .option('--chain <calls>', 'calls made one after another, e.g. gateway:10,auth:25,db:60')
    .option('--json', 'print one JSON document')
    .action(
      action(async (o: Options) => {
        if (o.budget !== undefined && o.chain === undefined) throw new InvalidInputError('--budget needs --chain, e.g. --budget 200 --chain auth:25,db:60,render:40');
        if (o.chain !== undefined && o.budget === undefined) throw new InvalidInputError('--chain needs --budget, the end-to-end target in ms');
        if (o.p99 !== undefined && o.latency !== undefined) throw new InvalidInputError('give --p99 or --latency, not both');
        const fanOutGiven = o.fanout !== undefined;
        if (!fanOutGiven && (o.p99 !== undefined || o.latency !== undefined)) throw new InvalidInputError('--p99 and --latency describe one call of a fan-out: add --fanout <n>');
        const input = {
          samplesText: o.samples === undefined ? undefined : readFile(o.samples as string, 'a text file of latencies in ms'),
          method: o.method,
          percentiles: list('--percentiles', o.percentiles as string | undefined),
          fanOut: fanOutGiven
            ? defined({
                calls: num('--fanout', o.fanout as string),
                percentile: o.p99 !== undefined ? 99 : num('--percentile', o.percentile as string),
                latencyMs: num(o.p99 !== undefined ? '--p99' : '--latency', (o.p99 ?? o.latency) as string | undefined),
                target: num('--target', o.target as string),
              })
            : undefined,
          budget: o.budget === undefined ? undefined : { totalMs: num('--budget', o.budget as string), calls: chain(o.chain as string) },
        };
        if (input.samplesText === undefined && !input.fanOut && !input.budget) {
          throw new InvalidInputError('give --samples <file>, --fanout <n> (with --p99 <ms>), or --budget <ms> with --chain');
        }
        await runCalculator('latency', input, o.json, async (r) => (await renderers()).renderLatency(r));
      }),
    );

  calc
    .command('capacity')
    .description('traffic, bandwidth, storage and servers from daily active users')
    .requiredOption('--dau <n>', 'daily active users')
    .requiredOption('--actions <n>', 'requests each user makes a day')
    .option('--peak <factor>', 'peak traffic over the daily average', '2')
    .option('--request-size <size>', 'bytes sent per request, e.g. 10KB, for bandwidth')
    .option('--write-ratio <fraction>', 'the share of requests that store data, e.g. 0.1 or 10%')
    .option('--write-size <size>', 'bytes stored per write, e.g. 1KB, for storage')
    .option('--replicas <n>', 'copies of stored data')
    .option('--retention <years>', 'years data is kept')
    .option('--server-rps <n>', 'requests per second one server handles, for the server count')
    .option('--headroom <fraction>', 'the share of each server kept free at peak', '0.3')
    .option('--json', 'print one JSON document')
    .action(
      action(async (o: Options) => {
        const input = {
          dau: num('--dau', o.dau as string),
          actionsPerUser: num('--actions', o.actions as string),
          peakFactor: num('--peak', o.peak as string),
          requestSize: o.requestSize,
          writeRatio: fraction('--write-ratio', o.writeRatio as string | undefined),
          writeSize: o.writeSize,
          replicas: num('--replicas', o.replicas as string | undefined),
          retentionYears: num('--retention', o.retention as string | undefined),
          serverRps: num('--server-rps', o.serverRps as string | undefined),
          headroom: fraction('--headroom', o.headroom as string),
        };
        await runCalculator('capacity', input, o.json, async (r) => (await renderers()).renderCapacity(r));
      }),
    );

  calc
    .command('littles-law')
    .description("Little's law, L = λW: give two of concurrency, rate and time to get the third")
    .option('--concurrency <L>', 'requests in flight')
    .option('--rate <λ>', 'requests arriving per second')
    .option('--time <W>', 'time each request spends, e.g. 200ms or 0.2')
    .option('--json', 'print one JSON document')
    .action(
      action(async (o: Options) => {
        const input = { concurrency: num('--concurrency', o.concurrency as string | undefined), arrivalRate: num('--rate', o.rate as string | undefined), timeInSystem: o.time };
        await runCalculator('littles-law', input, o.json, async (r) => (await renderers()).renderLittlesLaw(r));
      }),
    );

  calc
    .command('ab')
    .description('a two-proportion z-test of an A/B test, with a plain-words verdict')
    .requiredOption('--control <visitors:conversions>', 'the control arm, e.g. 1000:100')
    .requiredOption('--variant <visitors:conversions>', 'the variant arm, e.g. 1000:130')
    .option('--alpha <alpha>', 'significance level', '0.05')
    .option('--power <power>', 'power for the visitors-needed estimate', '0.8')
    .option('--json', 'print one JSON document')
    .action(
      action(async (o: Options) => {
        const input = { control: arm('--control', o.control as string), variant: arm('--variant', o.variant as string), alpha: fraction('--alpha', o.alpha as string), power: fraction('--power', o.power as string) };
        await runCalculator('ab', input, o.json, async (r) => (await renderers()).renderAbTest(r));
      }),
    );

  calc
    .command('sample-size')
    .description('visitors per arm to detect a minimum effect in an A/B test')
    .requiredOption('--baseline <rate>', 'the control conversion rate, e.g. 0.1 or 10%')
    .requiredOption('--mde <effect>', 'the minimum detectable effect, relative by default: 0.05 = +5% of the baseline')
    .option('--absolute', 'read --mde as absolute: 0.05 = +5 percentage points')
    .option('--alpha <alpha>', 'significance level (two-sided)', '0.05')
    .option('--power <power>', 'the chance of detecting the effect if it is there', '0.8')
    .option('--daily-visitors <n>', 'visitors a day across both arms, to say how many days the test runs')
    .option('--json', 'print one JSON document')
    .action(
      action(async (o: Options) => {
        const input = {
          baseline: fraction('--baseline', o.baseline as string),
          mde: fraction('--mde', o.mde as string),
          mdeType: o.absolute ? 'absolute' : 'relative',
          alpha: fraction('--alpha', o.alpha as string),
          power: fraction('--power', o.power as string),
          dailyVisitors: num('--daily-visitors', o.dailyVisitors as string | undefined),
        };
        await runCalculator('sample-size', input, o.json, async (r) => (await renderers()).renderSampleSize(r));
      }),
    );

  calc
    .command('schedule')
    .description('the critical path, slack and a Gantt chart of a YAML or CSV plan; PERT odds with estimates')
    .argument('<file>', 'a YAML or CSV file of tasks (id, name, duration or estimate, depends)')
    .option('--format <format>', 'yaml or csv (default: from the file name, else guessed)')
    .option('--start <date>', 'the first day, YYYY-MM-DD, to print dates')
    .option('--calendar <calendar>', 'working (Monday to Friday) or calendar (every day)')
    .option('--deadline <days|date>', 'days from the start or a date: the chance of finishing by then')
    .option('--json', 'print one JSON document')
    .action(
      action(async (file: string, o: Options) => {
        const text = readFile(file, 'a YAML or CSV schedule');
        const extension = path.extname(file).toLowerCase();
        const format = o.format ?? (extension === '.csv' ? 'csv' : extension === '.yaml' || extension === '.yml' ? 'yaml' : undefined);
        const deadline = typeof o.deadline === 'string' && /^\d+(\.\d+)?$/.test(o.deadline) ? Number(o.deadline) : o.deadline;
        const input = { text, format, start: o.start, calendar: o.calendar, deadline };
        await runCalculator('schedule', input, o.json, async (r) => (await import('../render-schedule.js')).renderSchedule(r));
      }),
    );
}
