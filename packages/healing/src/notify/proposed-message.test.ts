import { makeIncident, workloadRef } from '@sre-agent/state/testing';
import { describe, expect, it } from 'vitest';
import { proposedMessage } from './compose.ts';

const incident = makeIncident({
  id: 'inc-1',
  target: workloadRef({ namespace: 'shop', name: 'order-service' }),
  status: 'awaiting-approval',
  mode: 'suggest',
});

describe('proposedMessage', () => {
  it('has approve and reject buttons that carry ids only', () => {
    const message = proposedMessage(incident, 'raise the memory limit', 'act-1');
    expect(message.buttons).toEqual([
      { id: 'approve', label: 'Approve', value: 'inc-1:act-1', style: 'primary' },
      { id: 'reject', label: 'Reject', value: 'inc-1:act-1', style: 'danger' },
    ]);
  });

  it('adds "Roll back my change" for the rollback proposed beside the fix, naming the revision in the text only', () => {
    const message = proposedMessage(incident, 'raise the memory limit', 'act-1', {
      id: 'act-2',
      reason:
        'roll order-service back from revision 3 to revision 2 (registry.local/shop/order-service:1.4.1)',
    });
    expect(message.buttons?.at(-1)).toEqual({
      id: 'rollback',
      label: 'Roll back my change',
      value: 'inc-1:act-2',
    });
    expect(message.text).toContain(
      'Or roll back the recent rollout: roll order-service back from revision 3 to revision 2',
    );
  });
});
