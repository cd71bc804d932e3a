import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { decodeKubeProtobuf } from './protobuf.ts';

// Bodies captured from kubectl 1.32 (`kubectl create secret generic s1 -n ns1 --from-literal=...`
// and `kubectl create deployment d1 -n ns1 --image=nginx:1.27 --replicas=2 --port=80`).
const SECRET =
  '6b3873000a0c0a027631120653656372657412420a150a02733112001a036e733122002a00320038004200120e0a0870617373776f72641202707712110a08757365726e616d65120561646d696e1a064f70617175651a002200';
const DEPLOYMENT =
  '6b3873000a150a07617070732f7631120a4465706c6f796d656e7412bc010a200a02643112001a036e733122002a003200380042005a090a03617070120264311289010802120b0a090a03617070120264311a700a1b0a0012001a0022002a003200380042005a090a0361707012026431125112330a056e67696e78120a6e67696e783a312e32372a00320a0a001000185022002a0042006a007200800100880100900100a201001a00320042004a0052005800600068008201008a01009a0100c2010022020a00280038001a0c0800100018002000280038001a002200';

const bytes = (hex: string) => Buffer.from(hex, 'hex');

describe('decodeKubeProtobuf', () => {
  it('decodes a Secret from kubectl create secret generic', () => {
    expect(decodeKubeProtobuf(bytes(SECRET))).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's1', namespace: 'ns1' },
      data: {
        password: Buffer.from('pw').toString('base64'),
        username: Buffer.from('admin').toString('base64'),
      },
      type: 'Opaque',
    });
  });

  it('decodes a Deployment from kubectl create deployment, keeping explicit replicas', () => {
    expect(decodeKubeProtobuf(bytes(DEPLOYMENT))).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd1', namespace: 'ns1', labels: { app: 'd1' } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'd1' } },
        template: {
          metadata: { labels: { app: 'd1' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
        },
      },
    });
  });

  it('rejects bodies without the envelope, truncated bodies and kinds it cannot decode', () => {
    expect(() => decodeKubeProtobuf(Buffer.from('{"kind":"Secret"}'))).toThrow(ApiError);
    expect(() => decodeKubeProtobuf(bytes(SECRET).subarray(0, 30))).toThrow(/malformed protobuf/);
    const unknown = Buffer.concat([
      Buffer.from('k8s\u0000'),
      Buffer.from('0a0e0a02763112084e6f64655479706512001a002200', 'hex'),
    ]);
    try {
      decodeKubeProtobuf(unknown);
      expect.unreachable();
    } catch (error) {
      expect((error as ApiError).code).toBe(415);
    }
  });
});
