import type { Logger } from '@sre-agent/core';
import { errorMessage } from '@sre-agent/core';

export type Schedule = {
  name: string;
  /** Real milliseconds between runs. */
  everyMs: number;
  run: () => Promise<unknown>;
};

/**
 * The local stand-in for EventBridge schedules: each schedule runs on its own interval, never
 * overlapping itself; a failing run is logged and the schedule goes on.
 */
export class LocalScheduler {
  readonly #schedules: readonly Schedule[];
  readonly #logger: Logger;
  readonly #timers: NodeJS.Timeout[] = [];
  readonly #running = new Set<string>();
  readonly #inFlight = new Set<Promise<void>>();

  constructor(schedules: readonly Schedule[], logger: Logger) {
    this.#schedules = schedules;
    this.#logger = logger;
  }

  start(): void {
    for (const schedule of this.#schedules) {
      this.#timers.push(setInterval(() => this.#fire(schedule), schedule.everyMs));
    }
  }

  /** Runs a schedule now (e.g. the first monitor pass at start-up). */
  runNow(name: string): Promise<void> {
    const schedule = this.#schedules.find((s) => s.name === name);
    return schedule ? this.#fire(schedule) : Promise.resolve();
  }

  async stop(): Promise<void> {
    for (const timer of this.#timers.splice(0)) clearInterval(timer);
    await Promise.all(this.#inFlight);
  }

  #fire(schedule: Schedule): Promise<void> {
    if (this.#running.has(schedule.name)) return Promise.resolve();
    this.#running.add(schedule.name);
    const run = schedule
      .run()
      .then(
        () => undefined,
        (error: unknown) =>
          this.#logger.error('scheduled run failed', { schedule: schedule.name, error: errorMessage(error) }),
      )
      .finally(() => {
        this.#running.delete(schedule.name);
        this.#inFlight.delete(run);
      });
    this.#inFlight.add(run);
    return run;
  }
}
