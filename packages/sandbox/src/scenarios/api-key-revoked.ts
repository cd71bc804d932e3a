import { deployment, healthyProfile, namespace, secret, service } from './builders.ts';
import type { ScenarioDefinitionInput } from './types.ts';

const SENDER = 'registry.local/notifications/notification-sender:2.6.1';
const TEMPLATES = 'registry.local/notifications/template-renderer:1.3.0';
/** The revoked key the Secret holds at the start (a test value, not a real key). */
export const REVOKED_KEY = 'SG.sandbox-revoked.Qm9ndXNLZXlGb3JUaGVTYW5kYm94T25seQ';

export const apiKeyRevoked: ScenarioDefinitionInput = {
  name: 'api-key-revoked',
  description:
    'notifications/notification-sender: the SendGrid API key in Secret notification-sender-api-key was revoked 11 minutes ago (it leaked in a public repo). Every send gets HTTP 401 and the service exits, so the pods crash-loop.',
  namespace: 'notifications',
  workload: 'notification-sender',
  expectedFix:
    'Escalate: a human must rotate the key (update Secret notification-sender-api-key with a new key; the pods pick it up on their next restart, or at once with a rollout restart). Restarts alone do not help.',
  historyMinutes: 30,
  facts: { apiKeyRevoked: false },
  timeline: [{ atMinutes: -11, fact: { name: 'apiKeyRevoked', value: true } }],
  objects: [
    namespace('notifications', { team: 'messaging' }),
    secret('notification-sender-api-key', 'notifications', { 'api-key': REVOKED_KEY }),
    deployment({
      name: 'notification-sender',
      namespace: 'notifications',
      image: SENDER,
      replicas: 2,
      env: [
        {
          name: 'SENDGRID_API_KEY',
          valueFrom: { secretKeyRef: { name: 'notification-sender-api-key', key: 'api-key' } },
        },
        { name: 'SENDER_ADDRESS', value: 'no-reply@acme.example' },
      ],
    }),
    service('notification-sender', 'notifications'),
    deployment({ name: 'template-renderer', namespace: 'notifications', image: TEMPLATES, replicas: 1 }),
  ],
  profiles: [
    {
      image: SENDER,
      memoryUsageMi: 90,
      startupLog: [
        '{"level":"info","time":"{time}","msg":"notification-sender 2.6.1 starting","provider":"sendgrid"}',
        '{"level":"info","time":"{time}","msg":"consuming queue","queue":"notifications-outbound"}',
      ],
      steadyLog: {
        everySeconds: 12,
        lines: [
          '{"level":"info","time":"{time}","msg":"email sent","provider":"sendgrid","message_id":"{id}","status":202}',
        ],
      },
      failures: [
        {
          when: {
            all: [{ fact: 'apiKeyRevoked' }, { envEquals: { name: 'SENDGRID_API_KEY', value: REVOKED_KEY } }],
          },
          effect: 'crash',
          afterSeconds: 4,
          exitCode: 1,
          log: [
            '{"level":"error","time":"{time}","msg":"provider request failed","provider":"sendgrid","method":"POST","url":"https://api.sendgrid.com/v3/mail/send","status":401,"body":"{\\"errors\\":[{\\"message\\":\\"The provided authorization grant is invalid, expired, or revoked\\",\\"field\\":null,\\"help\\":null}]}"}',
            '{"level":"fatal","time":"{time}","msg":"SendGrid rejected the API key (401 Unauthorized: key revoked); refusing to keep consuming","provider":"sendgrid"}',
          ],
        },
      ],
    },
    healthyProfile(TEMPLATES, 'template-renderer'),
  ],
};
