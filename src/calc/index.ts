/**
 * The TPM toolkit's calculators: pure functions, no I/O. Each calculator has a zod input schema (with
 * the limits in CALC_LIMITS) and a function taking the parsed input; src/app/toolkit/calc.ts joins the two.
 */
export { CALC_LIMITS, type CalcLimit } from './limits.js';
export { SECONDS_PER_DAY, SECONDS_PER_YEAR, parseByteSize, parseDuration, roundTo } from './units.js';
export { formatBytes, formatDuration, formatNumber, formatPercent } from './format.js';
export { normalCdf, normalQuantile } from './normal.js';
export {
  PERIOD_SECONDS, PERIODS, STANDARD_LEVELS, availabilityFromDowntime, availabilityFromNines, availabilityInputSchema,
  availabilityTable, calculateAvailability, composeParallel, composeSeries, downtimeFor, ninesOf,
  type AvailabilityOptions, type AvailabilityResult, type AvailabilityRow, type Downtime, type Period,
} from './availability.js';
export { BURN_ALERTS, burnRate, calculateErrorBudget, errorBudgetInputSchema, type ErrorBudgetOptions, type ErrorBudgetResult } from './error-budget.js';
export { PERCENTILE_METHODS, parseSamples, percentileOf, summarizeSamples, type PercentileMethod, type SampleSummary } from './percentiles.js';
export { fanOutCurve, fanOutSlowProbability, perCallPercentileFor, type FanOutPoint } from './fan-out.js';
export { latencyBudget, type BudgetCall, type LatencyBudgetResult } from './latency-budget.js';
export { DEFAULT_PERCENTILES, calculateLatency, latencyInputSchema, type FanOutResult, type LatencyOptions, type LatencyResult } from './latency.js';
export { DEFAULT_HEADROOM, DEFAULT_PEAK_FACTOR, calculateCapacity, capacityInputSchema, type CapacityOptions, type CapacityResult } from './capacity.js';
export { littlesLawInputSchema, solveLittlesLaw, type LittlesLawOptions, type LittlesLawResult } from './littles-law.js';
export { abTestInputSchema, twoProportionTest, type AbTestOptions, type AbTestResult, type Verdict } from './ab-test.js';
export { MDE_TYPES, SAMPLE_SIZE_METHOD, calculateSampleSize, sampleSizeInputSchema, sampleSizePerArm, type SampleSizeOptions, type SampleSizeResult } from './sample-size.js';
export { pertDeviation, pertExpected, taskInputSchema, type Estimate, type TaskInput, type TaskSpec } from './schedule-task.js';
export { SCHEDULE_FORMATS, detectFormat, parseScheduleText, type ScheduleFormat } from './schedule-text.js';
export { criticalPath, type CriticalPathResult, type ScheduledTask } from './critical-path.js';
export { PERT_CAVEAT, chanceToFinishWithin, pertAnalysis, type PertResult } from './pert.js';
export { CALENDARS, dateOfDay, daysThrough, type Calendar } from './schedule-calendar.js';
export { calculateSchedule, scheduleInputSchema, type ScheduleOptions, type ScheduleResult, type ScheduleTaskResult } from './schedule.js';
