import { describe, expect, it } from 'vitest';
import { loadGrowth } from './load-growth.ts';

const read = (...alerts: string[]) => loadGrowth({ alerts, context: { workload: 'checkout' } });

describe('load growth read where none is said', () => {
  it('a clause that opens with "no" is not "none": "no healthy upstream: 503 errors 31%" is trouble', () => {
    // Envoy's own words for a dead upstream; the 503 share is far above the error threshold.
    expect(read('CheckoutTrafficSpike: checkout requests 2.4x usual; CPU 95% on all 6 pods')).toBeDefined();
    expect(
      read(
        'CheckoutTrafficSpike: checkout requests 2.4x usual; CPU 95% on all 6 pods; no healthy upstream: 503 errors 31% from payments-api',
      ),
    ).toBeUndefined();
  });

  it('"requests 4xx" is a class of status codes, not four times the requests', () => {
    // A bot scanning for /wp-login.php makes 4xx: nothing says the load grew.
    expect(
      read(
        'HighClientErrorRate: checkout requests 4xx 18% of total (bot scanning /wp-login.php); CPU 93% on all 4 pods',
      ),
    ).toBeUndefined();
  });

  it("'+80%' on a request's latency is a symptom, not more work", () => {
    expect(
      read('CheckoutSlow: checkout requests p99 latency +80% since the 14:05 deploy; CPU 94% on all 6 pods'),
    ).toBeUndefined();
  });
});
