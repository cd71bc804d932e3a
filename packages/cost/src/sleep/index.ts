export type { SleepState } from './schedule.ts';
export { sleepStateAt } from './schedule.ts';
