import { describe, expect, it } from 'vitest';
import { lambdaLogger } from './logger.ts';

function capture(env: NodeJS.ProcessEnv) {
  const lines: Record<string, unknown>[] = [];
  const logger = lambdaLogger(env, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  return { logger, lines };
}

describe('lambdaLogger', () => {
  it("writes JSON lines with the function's name and the invocation's trace id", () => {
    const env: NodeJS.ProcessEnv = {
      AWS_LAMBDA_FUNCTION_NAME: 'sre-agent-dev-Slack',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      _X_AMZN_TRACE_ID: 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1',
    };
    const { logger, lines } = capture(env);
    logger.info('slack request', { path: '/slack/commands' });
    env._X_AMZN_TRACE_ID = 'Root=1-67891233-abcdef012345678912345678';
    logger.child({ incident: 'inc-1' }).warn('second invocation');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        message: 'slack request',
        service: 'sre-agent',
        function_name: 'sre-agent-dev-Slack',
        function_version: '$LATEST',
        xray_trace_id: 'Root=1-5759e988-bd862e3fe1be46a994272793',
        path: '/slack/commands',
      }),
      expect.objectContaining({
        level: 'warn',
        incident: 'inc-1',
        xray_trace_id: 'Root=1-67891233-abcdef012345678912345678',
      }),
    ]);
  });

  it("takes Lambda's log level control and redacts secrets", () => {
    const { logger, lines } = capture({ AWS_LAMBDA_LOG_LEVEL: 'WARN' });
    logger.info('dropped');
    logger.error('token leaked', { header: 'Authorization: Bearer xoxb-123456789012-abcdefghijkl' });
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(lines[0])).not.toContain('xoxb-123456789012');
    expect(lines[0]).not.toHaveProperty('xray_trace_id');
  });

  it('falls back to info on a level it does not know', () => {
    const { logger, lines } = capture({ SRE_AGENT_LOG_LEVEL: 'verbose' });
    logger.debug('hidden');
    logger.info('shown');
    expect(lines.map((l) => l.message)).toEqual(['shown']);
  });
});
