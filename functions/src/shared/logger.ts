import { createJsonLogger, type LogAttributes, type Logger, type LogLevel } from '@sre-agent/core';

const LEVELS: Readonly<Record<string, LogLevel>> = {
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  // Lambda's advanced logging controls name levels as the platform does.
  trace: 'debug',
  fatal: 'error',
};

/** The level from `SRE_AGENT_LOG_LEVEL`, else Lambda's log-level control, else info. */
function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const wanted = (env.SRE_AGENT_LOG_LEVEL ?? env.AWS_LAMBDA_LOG_LEVEL ?? 'info').toLowerCase();
  return LEVELS[wanted] ?? 'info';
}

/** What Lambda tells a function about itself, on every line, so a line says where it came from. */
function functionFields(env: NodeJS.ProcessEnv): LogAttributes {
  return Object.fromEntries(
    Object.entries({
      service: 'sre-agent',
      function_name: env.AWS_LAMBDA_FUNCTION_NAME,
      function_version: env.AWS_LAMBDA_FUNCTION_VERSION,
    }).filter(([, value]) => value !== undefined),
  );
}

/**
 * The functions' logger: JSON lines on stdout (CloudWatch Logs), redacted as every logger of ours
 * is, with the function's name and the X-Ray trace of the current invocation. Core's JSON logger
 * rather than Powertools': loading Powertools' logger cost the receivers about 25 ms of CPU at cold
 * start, a sixth of their 150 ms init budget (Slack's 3-second acknowledgement), for the same lines.
 */
export function lambdaLogger(
  env: NodeJS.ProcessEnv = process.env,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Logger {
  return createJsonLogger({
    level: logLevel(env),
    write,
    base: functionFields(env),
    // Lambda sets the trace header per invocation.
    context: () => (env._X_AMZN_TRACE_ID ? { xray_trace_id: env._X_AMZN_TRACE_ID.split(';')[0] } : {}),
  });
}

/** The functions' logger, one per execution environment. */
export const logger = lambdaLogger();
