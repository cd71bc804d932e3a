type AnyFunction = (...args: never[]) => unknown;

/**
 * A schema (or any object) built on first use instead of when its module is imported. zod builds
 * every schema's objects and closures when it is declared, and the modules of core and state
 * declare dozens: a Lambda receiver that uses a few of them paid for all of them in its cold start.
 * The value returned stands for the schema in every way its users see (`parse`, `shape`,
 * `.optional()`, composition into other schemas, `instanceof`), so declarations only gain the
 * wrapper: `export const FooSchema = lazySchema(() => z.strictObject({ ... }))`.
 *
 * Validation is unchanged: the same schema runs, built once, the first time anything reads it.
 * A module that reads a lazy schema at its top level (`OtherSchema.shape.x`) builds it at import:
 * wrap that declaration too.
 *
 * @example
 * export const LeaseSchema = lazySchema(() => z.strictObject({ owner: z.string().min(1) }));
 * LeaseSchema.parse(item); // built here, on first use
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => {
    built ??= build();
    return built;
  };
  // Methods are bound to the built schema (so that what they return wraps the schema itself, not
  // this stand-in) and kept, so that reading a method twice gives the same function.
  const bound = new Map<PropertyKey, { method: AnyFunction; bound: AnyFunction }>();
  return new Proxy({} as T, {
    get(_, key) {
      const target = real();
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const cached = bound.get(key);
      if (cached?.method === value) return cached.bound;
      const fn = (value as AnyFunction).bind(target);
      bound.set(key, { method: value as AnyFunction, bound: fn });
      return fn;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    // Reported configurable: a proxy may not report a non-configurable property its own (empty)
    // target lacks, and nothing here redefines properties.
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor ? { ...descriptor, configurable: true } : undefined;
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
