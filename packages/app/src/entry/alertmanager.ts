/** `@sre-agent/app/alertmanager`: the Alertmanager webhook use case alone. */
export type { AlertmanagerRequest } from '../use-cases/receive-alertmanager.ts';
export { receiveAlertmanagerWebhook } from '../use-cases/receive-alertmanager.ts';
