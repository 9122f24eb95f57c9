import {
  abTestInputSchema, availabilityInputSchema, calculateAvailability, calculateCapacity, calculateErrorBudget, calculateLatency,
  calculateSampleSize, calculateSchedule, capacityInputSchema, errorBudgetInputSchema, latencyInputSchema, littlesLawInputSchema,
  sampleSizeInputSchema, scheduleInputSchema, solveLittlesLaw, twoProportionTest,
  type AbTestResult, type AvailabilityResult, type CapacityResult, type ErrorBudgetResult, type LatencyResult, type LittlesLawResult,
  type SampleSizeResult, type ScheduleResult,
} from '../../calc/index.js';
import { NotFoundError } from '../../core/errors.js';
import { parseInput } from '../validate.js';

/** The calculators by the name the CLI (`tpmprep calc <name>`) and the API (`POST /api/calc/<name>`) use. */
export const CALCULATOR_NAMES = ['availability', 'error-budget', 'latency', 'capacity', 'littles-law', 'ab', 'sample-size', 'schedule'] as const;
export type CalculatorName = (typeof CALCULATOR_NAMES)[number];

export interface CalculatorResults {
  availability: AvailabilityResult;
  'error-budget': ErrorBudgetResult;
  latency: LatencyResult;
  capacity: CapacityResult;
  'littles-law': LittlesLawResult;
  ab: AbTestResult;
  'sample-size': SampleSizeResult;
  schedule: ScheduleResult;
}

/** Stateless: each operation validates raw input (an API body, CLI options) and runs one calculator. */
export function calcOperations() {
  const operations: { [N in CalculatorName]: (raw: unknown) => CalculatorResults[N] } = {
    availability: (raw) => calculateAvailability(parseInput(availabilityInputSchema, raw, 'availability input', { plain: true })),
    'error-budget': (raw) => calculateErrorBudget(parseInput(errorBudgetInputSchema, raw, 'error budget input')),
    latency: (raw) => calculateLatency(parseInput(latencyInputSchema, raw, 'latency input')),
    capacity: (raw) => calculateCapacity(parseInput(capacityInputSchema, raw, 'capacity input')),
    'littles-law': (raw) => solveLittlesLaw(parseInput(littlesLawInputSchema, raw, "Little's law input")),
    ab: (raw) => twoProportionTest(parseInput(abTestInputSchema, raw, 'A/B test input')),
    'sample-size': (raw) => calculateSampleSize(parseInput(sampleSizeInputSchema, raw, 'sample size input')),
    schedule: (raw) => calculateSchedule(parseInput(scheduleInputSchema, raw, 'schedule input')),
  };

  function isCalculator(name: string): name is CalculatorName {
    return (CALCULATOR_NAMES as readonly string[]).includes(name);
  }

  /** Runs a calculator by name; an unknown name lists the ones there are. */
  function run<N extends string>(name: N, raw: unknown): N extends CalculatorName ? CalculatorResults[N] : never;
  function run(name: string, raw: unknown): CalculatorResults[CalculatorName] {
    if (!isCalculator(name)) throw new NotFoundError(`no calculator "${name}"; the calculators are: ${CALCULATOR_NAMES.join(', ')}`);
    return operations[name](raw);
  }

  return { names: CALCULATOR_NAMES, ...operations, run };
}

export type CalcOperations = ReturnType<typeof calcOperations>;
