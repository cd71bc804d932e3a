export { planHardening } from './plan.ts';
