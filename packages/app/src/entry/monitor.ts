/** `@sre-agent/app/monitor`: the monitor pass and its composition root (cluster readers, no pipeline). */

export { withConfiguredForecasts } from '../compose/cluster-forecasts.ts';
export type { ConnectedClusters } from '../compose/connect-clusters.ts';
export { connectClusters } from '../compose/connect-clusters.ts';
export { createMonitorContext } from '../compose/ingest-context.ts';
export type { MonitorContext } from '../context.ts';
export type { MonitorReport } from '../use-cases/run-monitor.ts';
export { runMonitor } from '../use-cases/run-monitor.ts';
