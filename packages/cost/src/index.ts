export type { UsageMetrics } from './ports.ts';
