/**
 * A recording stand-in for the globals SST gives `sst.config.ts` (`$config`, `$app`, `$util`,
 * `$interpolate`, `sst`, `aws`): every component constructed is recorded with its arguments, outputs
 * are plain values behind an `apply`, so a test can run the stack's `run()` without Pulumi or AWS and
 * check what it declares. It fakes only what the stack files use.
 */

export class FakeOutput<T> {
  readonly #value: T | undefined;
  readonly #error: Error | undefined;
  constructor(value: T | undefined, error?: Error) {
    this.#value = value;
    this.#error = error;
  }
  apply<U>(fn: (value: T) => U | FakeOutput<U>): FakeOutput<U> {
    if (this.#error) return new FakeOutput<U>(undefined, this.#error);
    try {
      const result = fn(this.#value as T);
      return result instanceof FakeOutput ? result : new FakeOutput(result);
    } catch (error) {
      return new FakeOutput<U>(undefined, error as Error);
    }
  }
  get(): T {
    if (this.#error) throw this.#error;
    return this.#value as T;
  }
}

/** Resolves fake outputs anywhere inside a value (arrays, plain objects); functions are kept. */
export function resolve(value: unknown): unknown {
  if (value instanceof FakeOutput) return resolve(value.get());
  if (Array.isArray(value)) return value.map(resolve);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  }
  return value;
}

export type Recorded = { type: string; name: string; args: Record<string, unknown>; opts?: unknown };

export type FakeSstOptions = {
  stage: string;
  account: string;
  region: string;
  /** Values as `sst secret set` would have stored them. */
  secrets: Record<string, string>;
};

const GLOBALS = ['$config', '$app', '$util', '$interpolate', 'sst', 'aws'] as const;

export function installFakeSst(options: FakeSstOptions) {
  const resources: Recorded[] = [];
  const saved = new Map(GLOBALS.map((name) => [name, (globalThis as Record<string, unknown>)[name]]));
  const out = <T>(value: T) => new FakeOutput(value);
  const record = (type: string, name: string, args: Record<string, unknown> = {}, opts?: unknown) => {
    if (resources.some((r) => r.type === type && r.name === name)) {
      throw new Error(`duplicate ${type} named ${name}: Pulumi would refuse it`);
    }
    resources.push({ type, name, args, ...(opts === undefined ? {} : { opts }) });
  };
  const arn = (service: string, resource: string, region = options.region) =>
    `arn:aws:${service}:${region}:${options.account}:${resource}`;

  class Component {
    constructor(type: string, name: string, args: Record<string, unknown> = {}, opts?: unknown) {
      record(type, name, args, opts);
    }
  }
  class Dynamo extends Component {
    readonly arn: FakeOutput<string>;
    readonly name: FakeOutput<string>;
    constructor(name: string, args: Record<string, unknown>) {
      super('sst.aws.Dynamo', name, args);
      this.arn = out(arn('dynamodb', `table/${name}`));
      this.name = out(`sre-agent-${options.stage}-${name}`);
    }
  }
  class Queue extends Component {
    readonly arn: FakeOutput<string>;
    readonly url: FakeOutput<string>;
    readonly #name: string;
    constructor(name: string, args: Record<string, unknown> = {}) {
      super('sst.aws.Queue', name, args);
      this.#name = name;
      this.arn = out(arn('sqs', name));
      this.url = out(`https://sqs.${options.region}.amazonaws.com/${options.account}/${name}`);
    }
    subscribe(subscriber: unknown, args: Record<string, unknown> = {}) {
      record('sst.aws.Queue.subscribe', this.#name, { subscriber, ...args });
      return {};
    }
  }
  class LambdaFunction extends Component {
    readonly arn: FakeOutput<string>;
    readonly name: FakeOutput<string>;
    readonly nodes: { role: { arn: FakeOutput<string> } };
    constructor(name: string, args: Record<string, unknown>) {
      super('sst.aws.Function', name, args);
      // SST encrypts a linked secret's value into the bundle: a secret never set fails the deploy.
      for (const linked of (args.link as unknown[] | undefined) ?? []) {
        if (linked instanceof Secret) linked.value.get();
      }
      this.arn = out(arn('lambda', `function:sre-agent-${options.stage}-${name}`));
      this.name = out(`sre-agent-${options.stage}-${name}`);
      this.nodes = {
        role: { arn: out(`arn:aws:iam::${options.account}:role/sre-agent-${options.stage}-${name}Role`) },
      };
    }
  }
  class ApiGatewayV2 extends Component {
    readonly url = out('https://abc123.execute-api.example.com');
    readonly #name: string;
    constructor(name: string, args: Record<string, unknown> = {}) {
      super('sst.aws.ApiGatewayV2', name, args);
      this.#name = name;
    }
    route(route: string, handler: unknown, args: Record<string, unknown> = {}) {
      record('sst.aws.ApiGatewayV2.route', `${this.#name} ${route}`, { route, handler, ...args });
      return {};
    }
  }
  class CronV2 extends Component {
    constructor(name: string, args: Record<string, unknown>) {
      super('sst.aws.CronV2', name, args);
    }
  }
  class Secret extends Component {
    readonly value: FakeOutput<string>;
    /** The component name (what `Resource.<name>` is called in the function). */
    readonly secretName: string;
    constructor(name: string, placeholder?: string) {
      super('sst.Secret', name, placeholder === undefined ? {} : { placeholder });
      this.secretName = name;
      const value = options.secrets[name] ?? placeholder;
      this.value =
        value === undefined
          ? new FakeOutput<string>(
              undefined,
              new Error(`Set a value for ${name} with \`sst secret set ${name} <value>\``),
            )
          : out(value);
    }
  }
  class EventRule extends Component {
    readonly arn: FakeOutput<string>;
    readonly name: FakeOutput<string>;
    constructor(name: string, args: Record<string, unknown>) {
      super('aws.cloudwatch.EventRule', name, args);
      this.arn = out(arn('events', `rule/${name}`));
      this.name = out(name);
    }
  }
  const plain = (type: string) =>
    class extends Component {
      constructor(name: string, args: Record<string, unknown>, opts?: unknown) {
        super(type, name, args, opts);
      }
    };
  class Provider extends Component {
    readonly region: string;
    constructor(name: string, args: { region: string }) {
      super('aws.Provider', name, args);
      this.region = args.region;
    }
  }

  const globals: Record<(typeof GLOBALS)[number], unknown> = {
    $config: (definition: unknown) => definition,
    $app: { name: 'sre-agent', stage: options.stage },
    $util: {
      all: (values: unknown[]) => out(values.map((v) => (v instanceof FakeOutput ? v.get() : v))),
    },
    $interpolate: (strings: TemplateStringsArray, ...values: unknown[]) => {
      try {
        return out(
          strings.reduce(
            (text, part, i) => text + part + (i < values.length ? String(resolve(values[i])) : ''),
            '',
          ),
        );
      } catch (error) {
        return new FakeOutput<string>(undefined, error as Error);
      }
    },
    sst: { Secret, aws: { Dynamo, Queue, Function: LambdaFunction, ApiGatewayV2, CronV2 } },
    aws: {
      Provider,
      getCallerIdentityOutput: () => ({ accountId: out(options.account) }),
      getPartitionOutput: () => ({ partition: out('aws') }),
      cloudwatch: { EventRule, EventTarget: plain('aws.cloudwatch.EventTarget') },
      lambda: { Permission: plain('aws.lambda.Permission') },
      eks: { AccessEntry: plain('aws.eks.AccessEntry') },
    },
  };
  Object.assign(globalThis, globals);

  return {
    resources,
    /** Resources of one type, with outputs resolved. */
    ofType(type: string): Recorded[] {
      return resources
        .filter((r) => r.type === type)
        .map((r) => ({ ...r, args: resolve(r.args) as Record<string, unknown> }));
    },
    uninstall() {
      for (const [name, value] of saved) {
        if (value === undefined) delete (globalThis as Record<string, unknown>)[name];
        else (globalThis as Record<string, unknown>)[name] = value;
      }
    },
  };
}
