export { sleepStateAt } from './schedule.ts';
