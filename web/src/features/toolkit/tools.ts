import type { ComponentType } from 'react';
import { AbTestCalculator } from './ab-test.js';
import { AvailabilityCalculator } from './availability.js';
import { CapacityCalculator } from './capacity.js';
import { ErrorBudgetCalculator } from './error-budget.js';
import { LatencyCalculator } from './latency.js';
import { SampleSizeCalculator } from './sample-size.js';
import { ScheduleCalculator } from './schedule.js';

export interface Tool {
  /** The address: /toolkit/<slug>. */
  slug: string;
  label: string;
  title: string;
  /**
   * The sentence an interviewer wants to hear, which this calculator backs up. Left out where the
   * sentence depends on the result (the A/B test): the calculator then shows the server's own.
   */
  pitch?: string;
  Component: ComponentType;
}

export const TOOLS: readonly Tool[] = [
  { slug: 'availability', label: 'Availability', title: 'Availability and downtime', pitch: '“99.99% allows about 52 minutes of downtime a year.”', Component: AvailabilityCalculator },
  { slug: 'error-budget', label: 'SLO budget', title: 'SLO error budget and burn rate', pitch: '“At this error rate we burn a month’s budget in six days.”', Component: ErrorBudgetCalculator },
  { slug: 'latency', label: 'Latency', title: 'Latency: percentiles, fan-out and budgets', pitch: '“A page that fans out to 10 services at p99 is slow for almost 1 in 10 users.”', Component: LatencyCalculator },
  { slug: 'capacity', label: 'Capacity', title: "Capacity and Little's law", pitch: '“10 million users at 20 requests a day is about 7,000 requests a second at peak.”', Component: CapacityCalculator },
  { slug: 'ab', label: 'A/B test', title: 'A/B test significance', Component: AbTestCalculator },
  { slug: 'sample-size', label: 'Sample size', title: 'A/B test sample size', pitch: '“To see a 5% lift on a 10% baseline we need about 58,000 visitors per arm.”', Component: SampleSizeCalculator },
  { slug: 'schedule', label: 'Schedule', title: 'Critical path and PERT', pitch: '“The critical path runs through the vendor.”', Component: ScheduleCalculator },
];

export function toolOf(slug: string | undefined): Tool | undefined {
  return TOOLS.find((tool) => tool.slug === slug);
}
