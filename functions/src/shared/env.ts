import { ConfigError } from '@sre-agent/core';
import * as z from 'zod';

/** Parses the part of the environment a function needs; what is missing says what to set. */
export function parseEnv<T extends z.ZodType>(schema: T): z.infer<T> {
  const env = schema.safeParse(process.env);
  if (!env.success) throw new ConfigError(`Lambda environment is invalid:\n${z.prettifyError(env.error)}`);
  return env.data;
}
