import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Prometheus or Amazon Managed Prometheus (SigV4, IAM): usage history for the cost sentinel. */
export const prometheus = defineIntegration({
  name: 'prometheus',
  kind: 'metrics',
  doc: 'Usage history (Prometheus HTTP API; Amazon Managed Prometheus through IAM).',
  config: z.strictObject({
    /** Prometheus' base URL, or an Amazon Managed Service for Prometheus workspace's (…/workspaces/ws-…/). */
    url: z.url('a URL such as http://prometheus:9090'),
    /** Sign requests with SigV4 for Amazon Managed Service for Prometheus, in this region. */
    sigv4: z.strictObject({ region: z.string().min(1) }).optional(),
  }),
  secrets: {},
  createdIn: 'packages/app/src/compose/cost-metrics.ts',
});
