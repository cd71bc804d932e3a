/** `@sre-agent/app/sleep`: night and weekend sleep for the Sleep and Wake functions (no pipeline). */

export { connectClusters } from '../compose/connect-clusters.ts';
export type { SleepWakeDeps, SleepWakeResult } from '../use-cases/sleep-wake.ts';
export { reconcileSleep } from '../use-cases/sleep-wake.ts';
