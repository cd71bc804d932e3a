export { type HardeningPlan, type HardeningReported, planHardening } from './plan.ts';
