import { FUNCTIONS, type FunctionName } from './manifest.ts';

/**
 * EventBridge Scheduler schedules. Night, weekend and morning schedules run in the deployment's time
 * zone (DST included); the others in UTC.
 */
export function createSchedules(functions: Record<FunctionName, sst.aws.Function>, timezone: string) {
  const schedules: sst.aws.CronV2[] = [];
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const spec = FUNCTIONS[name];
    for (const trigger of spec.triggers) {
      if (trigger.kind !== 'schedule') continue;
      schedules.push(
        new sst.aws.CronV2(`${spec.id}${trigger.name}`, {
          function: functions[name].arn,
          schedule: trigger.expression,
          timezone: trigger.localTime ? timezone : 'UTC',
          ...('payload' in trigger ? { event: trigger.payload } : {}),
        }),
      );
    }
  }
  return schedules;
}
