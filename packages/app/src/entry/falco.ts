/** `@sre-agent/app/falco`: the Falcosidekick webhook use case alone. */
export type { FalcoRequest } from '../use-cases/receive-falco.ts';
export { receiveFalcoWebhook } from '../use-cases/receive-falco.ts';
