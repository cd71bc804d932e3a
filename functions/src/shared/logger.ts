import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { type LogAttributes, type Logger, redactingLogger } from '@sre-agent/core';

/** Our `Logger` port on Powertools' structured logger (JSON lines with Lambda context). */
export function powertoolsLogger(logger = new PowertoolsLogger({ serviceName: 'sre-agent' })): Logger {
  return {
    debug: (message: string, attributes: LogAttributes = {}) => logger.debug(message, attributes),
    info: (message: string, attributes: LogAttributes = {}) => logger.info(message, attributes),
    warn: (message: string, attributes: LogAttributes = {}) => logger.warn(message, attributes),
    error: (message: string, attributes: LogAttributes = {}) => logger.error(message, attributes),
    child: (attributes: LogAttributes) => {
      const child = logger.createChild();
      child.appendKeys(attributes as Parameters<PowertoolsLogger['appendKeys']>[0]);
      return powertoolsLogger(child);
    },
  };
}

/** The functions' logger, one per execution environment; secrets are redacted before Powertools writes. */
export const logger = redactingLogger(powertoolsLogger());
