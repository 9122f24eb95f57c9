/** The toolkit's calculators as components, so exercise pages can open one beside an editor. */
export { AbTestCalculator } from './ab-test.js';
export { AvailabilityCalculator } from './availability.js';
export { CapacityCalculator } from './capacity.js';
export { ErrorBudgetCalculator } from './error-budget.js';
export { LatencyCalculator } from './latency.js';
export { SampleSizeCalculator } from './sample-size.js';
export { ScheduleCalculator } from './schedule.js';
export { FanOutChart } from './fan-out-chart.js';
export { GanttChart } from './gantt-chart.js';
export { TOOLS, toolOf, type Tool } from './tools.js';
