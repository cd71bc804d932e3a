/** Values a log line template may use: `{time}`, `{date}`, `{pod}`, `{podIP}`, `{limitMi}`, `{heapMi}`, ... */
export type RenderContext = {
  pod: string;
  namespace: string;
  container: string;
  node: string;
  podIP: string;
  limitMi: number | undefined;
  /** A fresh hex id per use, for request ids. */
  hex(length: number): string;
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Fills a log line template. `{time}` is ISO 8601 with milliseconds, `{date}` is
 * `2026-01-01 12:00:00.123` (logback style), `{epoch}` seconds, `{heapMi}` 75% of the memory
 * limit (the JVM's MaxRAMPercentage), `{id}` a random 8-hex-digit id.
 */
export function renderLine(template: string, time: number, ctx: RenderContext): string {
  if (!template.includes('{')) return template;
  const d = new Date(time);
  return template.replace(
    /\{(time|date|epoch|pod|namespace|container|node|podIP|limitMi|heapMi|id)\}/g,
    (_, key: string) => {
      switch (key) {
        case 'time':
          return d.toISOString();
        case 'date':
          return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
        case 'epoch':
          return String(Math.floor(time / 1000));
        case 'pod':
          return ctx.pod;
        case 'namespace':
          return ctx.namespace;
        case 'container':
          return ctx.container;
        case 'node':
          return ctx.node;
        case 'podIP':
          return ctx.podIP;
        case 'limitMi':
          return ctx.limitMi === undefined ? 'unlimited' : String(Math.round(ctx.limitMi));
        case 'heapMi':
          return ctx.limitMi === undefined ? '1966' : String(Math.floor(ctx.limitMi * 0.75));
        case 'id':
          return ctx.hex(8);
        default:
          return key;
      }
    },
  );
}
