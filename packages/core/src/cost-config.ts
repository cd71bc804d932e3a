import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/** Days of the week as the config names them, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Whether `Intl` knows an IANA time zone (`Europe/Paris`, `America/New_York`, `UTC`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * One sleep window in wall-clock time: it opens on each of `days` at `from` and closes at `to` the
 * same day, or the next day when `to` is not after `from` (`20:00`–`07:00` crosses midnight).
 * `24:00` is the end of the day.
 */
export const SleepWindowSchema = lazySchema(() =>
  z
    .strictObject({
      days: z.array(z.enum(WEEKDAYS)).min(1),
      from: z.string().regex(CLOCK_TIME, 'a time HH:MM such as 20:00'),
      to: z.string().regex(CLOCK_TIME, 'a time HH:MM such as 07:00, or 24:00'),
    })
    .refine((w) => w.from !== '24:00', {
      message: 'a window cannot open at 24:00; use 00:00 of the next day',
    }),
);
export type SleepWindow = z.infer<typeof SleepWindowSchema>;

/** When namespaces sleep: windows in one IANA time zone (daylight saving time follows the zone). */
export const SleepScheduleSchema = lazySchema(() =>
  z.strictObject({
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Paris or UTC'),
    windows: z.array(SleepWindowSchema).min(1),
  }),
);
export type SleepSchedule = z.infer<typeof SleepScheduleSchema>;

/**
 * The embedded schedules: `nights-and-weekends`, every night 20:00–07:00 and all weekend, in UTC
 * (asleep from Friday 20:00 to Monday 07:00 without a break).
 */
export function defaultSleepSchedules(): Record<string, SleepSchedule> {
  return {
    'nights-and-weekends': {
      timeZone: 'UTC',
      windows: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '20:00', to: '07:00' },
        { days: ['sat', 'sun'], from: '00:00', to: '24:00' },
      ],
    },
  };
}

/** A namespace that sleeps on a schedule, in one cluster (unset: every configured cluster). */
export const SleepTargetSchema = lazySchema(() =>
  z.strictObject({
    namespace: z.string().min(1),
    cluster: z.string().min(1).optional(),
    schedule: z.string().min(1).default('nights-and-weekends'),
  }),
);
export type SleepTarget = z.infer<typeof SleepTargetSchema>;

/**
 * Night and weekend sleep: which namespaces sleep, when, and what is left alone. Every sleep and
 * wake still goes through the policy engine (mode, allowlist, denylist, breaker, kill switch).
 */
export const SleepConfigSchema = lazySchema(() =>
  z
    .strictObject({
      schedules: z.record(z.string().min(1), SleepScheduleSchema).default(defaultSleepSchedules),
      namespaces: z.array(SleepTargetSchema).default([]),
      /** Workloads created less than this many hours ago are not put to sleep. */
      graceHours: z.number().min(0).max(720).default(24),
      /** Namespaces never put to sleep besides the policy's denylist and the system namespaces. */
      excludeNamespaces: z.array(z.string()).default([]),
      /**
       * Workloads that Argo CD or Flux manage: `skip` (default), since the controller would scale
       * them back up, or `sleep` where its sync leaves `replicas` alone (ignoreDifferences, no
       * replicas in Git).
       */
      gitOpsManaged: z.enum(['skip', 'sleep']).default('skip'),
    })
    .superRefine((config, ctx) => {
      config.namespaces.forEach((target, index) => {
        if (!(target.schedule in config.schedules)) {
          ctx.addIssue({
            code: 'custom',
            path: ['namespaces', index, 'schedule'],
            message: `no schedule named ${target.schedule}; define it under cost.sleep.schedules (known: ${Object.keys(config.schedules).join(', ') || 'none'})`,
          });
        }
      });
    }),
);
export type SleepConfig = z.infer<typeof SleepConfigSchema>;

/** The cost sentinel's settings (`cost:` in the config file). */
export const CostConfigSchema = lazySchema(() =>
  z.strictObject({
    sleep: SleepConfigSchema.default(() => SleepConfigSchema.parse({})),
  }),
);
export type CostConfig = z.infer<typeof CostConfigSchema>;
