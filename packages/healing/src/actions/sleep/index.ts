/**
 * `@sre-agent/healing/sleep`: what the Sleep and Wake functions, the CLI and the local runtime need
 * to put namespaces to sleep and wake them through the policy engine, without the pipeline.
 */

export { auditWorkload } from '../../pipeline/control-state.ts';
export { evaluatePolicy } from '../../policy/policy-engine.ts';
export { bindCatalogAction, runCatalogAction } from '../run-action.ts';
export type { SleepDeps } from '../spec.ts';
export { modeForScope } from '../spec.ts';
