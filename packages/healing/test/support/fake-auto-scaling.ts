import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local EC2 Auto Scaling endpoint speaking the Query protocol as AWS documents it: form-encoded
 * `POST /` with `Action=…&Version=2011-01-01` and list members as `InstanceIds.member.1=…`; XML
 * answers `<{Action}Response><{Action}Result>…</{Action}Result><ResponseMetadata>…` in the
 * `http://autoscaling.amazonaws.com/doc/2011-01-01/` namespace; errors as `<ErrorResponse>`.
 * Enough of DescribeAutoScalingInstances, DescribeAutoScalingGroups and
 * TerminateInstanceInAutoScalingGroup for the node groups adapter.
 */
export type FakeGroup = {
  name: string;
  minSize: number;
  desiredCapacity: number;
  maxSize: number;
  instances: { instanceId: string; availabilityZone: string; lifecycleState: string }[];
  tags: Record<string, string>;
};

export type FakeError = { status: number; code: string; message: string; type?: 'Sender' | 'Receiver' };

const NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/';

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function members(form: URLSearchParams, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; form.has(`${prefix}.member.${i}`); i++)
    out.push(form.get(`${prefix}.member.${i}`) as string);
  return out;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export class FakeAutoScaling {
  readonly groups: FakeGroup[] = [];
  /** Every request's form, in order. */
  readonly requests: URLSearchParams[] = [];
  readonly #failures: { action: string; error: FakeError }[] = [];
  readonly #server: Server;
  #requestId = 0;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<FakeAutoScaling> {
    const server = createServer();
    const fake = new FakeAutoScaling(server);
    server.on('request', (request, response) => {
      void body(request).then((text) => {
        const { status, xml } = fake.#answer(new URLSearchParams(text));
        response.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': fake.#nextId() });
        response.end(xml);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** The forms of the requests for one action. */
  requestsFor(action: string): URLSearchParams[] {
    return this.requests.filter((r) => r.get('Action') === action);
  }

  /** Answers the next request for `action` with this error. */
  failNext(action: string, error: FakeError): void {
    this.#failures.push({ action, error });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.#server.close((e) => (e ? reject(e) : resolve())));
  }

  #nextId(): string {
    this.#requestId += 1;
    return `7c6e0b5a-0000-4000-8000-${String(this.#requestId).padStart(12, '0')}`;
  }

  #answer(form: URLSearchParams): { status: number; xml: string } {
    this.requests.push(form);
    const action = form.get('Action') ?? '';
    if (form.get('Version') !== '2011-01-01') {
      return this.#error({ status: 400, code: 'InvalidAction', message: 'Version is missing or wrong' });
    }
    const failure = this.#failures.findIndex((f) => f.action === action);
    if (failure >= 0) {
      const [due] = this.#failures.splice(failure, 1);
      if (due) return this.#error(due.error);
    }
    switch (action) {
      case 'DescribeAutoScalingInstances':
        return this.#ok(action, this.#describeInstances(members(form, 'InstanceIds')));
      case 'DescribeAutoScalingGroups':
        return this.#ok(action, this.#describeGroups(members(form, 'AutoScalingGroupNames')));
      case 'TerminateInstanceInAutoScalingGroup':
        return this.#terminate(form);
      default:
        return this.#error({
          status: 400,
          code: 'InvalidAction',
          message: `Could not find operation ${action}`,
        });
    }
  }

  #describeInstances(ids: string[]): string {
    const rows = this.groups.flatMap((g) =>
      g.instances
        .filter((i) => ids.length === 0 || ids.includes(i.instanceId))
        .map(
          (i) =>
            `<member><InstanceId>${i.instanceId}</InstanceId><InstanceType>c6i.2xlarge</InstanceType><AutoScalingGroupName>${escapeXml(g.name)}</AutoScalingGroupName><AvailabilityZone>${i.availabilityZone}</AvailabilityZone><LifecycleState>${i.lifecycleState}</LifecycleState><HealthStatus>HEALTHY</HealthStatus><ProtectedFromScaleIn>false</ProtectedFromScaleIn></member>`,
        ),
    );
    return `<AutoScalingInstances>${rows.join('')}</AutoScalingInstances>`;
  }

  #describeGroups(names: string[]): string {
    const rows = this.groups
      .filter((g) => names.length === 0 || names.includes(g.name))
      .map((g) => {
        const instances = g.instances
          .map(
            (i) =>
              `<member><InstanceId>${i.instanceId}</InstanceId><InstanceType>c6i.2xlarge</InstanceType><AvailabilityZone>${i.availabilityZone}</AvailabilityZone><LifecycleState>${i.lifecycleState}</LifecycleState><HealthStatus>Healthy</HealthStatus><ProtectedFromScaleIn>false</ProtectedFromScaleIn></member>`,
          )
          .join('');
        const tags = Object.entries(g.tags)
          .map(
            ([key, value]) =>
              `<member><ResourceId>${escapeXml(g.name)}</ResourceId><ResourceType>auto-scaling-group</ResourceType><Key>${escapeXml(key)}</Key><Value>${escapeXml(value)}</Value><PropagateAtLaunch>true</PropagateAtLaunch></member>`,
          )
          .join('');
        return `<member><AutoScalingGroupName>${escapeXml(g.name)}</AutoScalingGroupName><AutoScalingGroupARN>arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:2ac9b8d1-5c3e-4a8f-9b1d-0f6e3a7c2d41:autoScalingGroupName/${escapeXml(g.name)}</AutoScalingGroupARN><MinSize>${g.minSize}</MinSize><MaxSize>${g.maxSize}</MaxSize><DesiredCapacity>${g.desiredCapacity}</DesiredCapacity><DefaultCooldown>300</DefaultCooldown><AvailabilityZones><member>eu-west-1a</member><member>eu-west-1b</member></AvailabilityZones><HealthCheckType>EC2</HealthCheckType><CreatedTime>2026-10-01T08:00:00.000Z</CreatedTime><Instances>${instances}</Instances><Tags>${tags}</Tags></member>`;
      });
    return `<AutoScalingGroups>${rows.join('')}</AutoScalingGroups>`;
  }

  #terminate(form: URLSearchParams): { status: number; xml: string } {
    const id = form.get('InstanceId') ?? '';
    const decrement = form.get('ShouldDecrementDesiredCapacity');
    if (decrement !== 'true' && decrement !== 'false') {
      return this.#error({
        status: 400,
        code: 'ValidationError',
        message:
          "1 validation error detected: Value null at 'shouldDecrementDesiredCapacity' failed to satisfy constraint: Member must not be null",
      });
    }
    const group = this.groups.find((g) => g.instances.some((i) => i.instanceId === id));
    const instance = group?.instances.find((i) => i.instanceId === id);
    if (!group || !instance) {
      return this.#error({
        status: 400,
        code: 'ValidationError',
        message: `Instance Id not found - No managed instance found for instance ID: ${id}`,
      });
    }
    instance.lifecycleState = 'Terminating';
    if (decrement === 'true') group.desiredCapacity -= 1;
    const cause = `At 2026-12-02T10:00:00Z instance ${id} was taken out of service in response to a user request${decrement === 'true' ? ', shrinking the capacity' : ''}.`;
    return this.#ok(
      'TerminateInstanceInAutoScalingGroup',
      `<Activity><ActivityId>5e1c2d3a-0000-4000-8000-000000000001</ActivityId><AutoScalingGroupName>${escapeXml(group.name)}</AutoScalingGroupName><Description>Terminating EC2 instance: ${id}</Description><Cause>${escapeXml(cause)}</Cause><StartTime>2026-12-02T10:00:00.000Z</StartTime><StatusCode>InProgress</StatusCode><Progress>0</Progress><Details>{"Subnet ID":"subnet-0b24f7c2a9e1b3d5","Availability Zone":"${instance.availabilityZone}"}</Details></Activity>`,
    );
  }

  #ok(action: string, result: string): { status: number; xml: string } {
    return {
      status: 200,
      xml: `<?xml version="1.0"?>\n<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${this.#nextId()}</RequestId></ResponseMetadata></${action}Response>`,
    };
  }

  #error(error: FakeError): { status: number; xml: string } {
    return {
      status: error.status,
      xml: `<?xml version="1.0"?>\n<ErrorResponse xmlns="${NS}"><Error><Type>${error.type ?? 'Sender'}</Type><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${this.#nextId()}</RequestId></ErrorResponse>`,
    };
  }
}
