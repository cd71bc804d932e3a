import * as z from 'zod';
import { defineIntegration } from './spec.ts';

/** Prometheus or Amazon Managed Prometheus (SigV4, IAM): usage history for the cost sentinel. */
export const prometheus = defineIntegration({
  name: 'prometheus',
  kind: 'metrics',
  doc: 'Usage history (Prometheus HTTP API; Amazon Managed Prometheus through IAM).',
  config: z.strictObject({ url: z.url('a URL such as http://prometheus:9090') }),
  secrets: {},
  createdIn: null,
});
