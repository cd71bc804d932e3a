import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LocalSqs = {
  /** A queue URL on this server: the SDK sends to the queue URL's host (`useQueueUrlAsEndpoint`). */
  queueUrl: string;
  /** Bodies of the messages received, in order. */
  messages: string[];
  close(): Promise<void>;
};

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * Enough of SQS's AWS JSON 1.0 protocol for the work queue: `AmazonSQS.SendMessageBatch`, answered
 * with the MD5 of each body as SQS does (the SDK checks it).
 */
export async function startLocalSqs(): Promise<LocalSqs> {
  const messages: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      response.setHeader('content-type', 'application/x-amz-json-1.0');
      if (target !== 'AmazonSQS.SendMessageBatch') {
        response.statusCode = 400;
        response.end(JSON.stringify({ __type: 'com.amazonaws.sqs#InvalidAction', message: `${target}` }));
        return;
      }
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        Entries: { Id: string; MessageBody: string }[];
      };
      messages.push(...input.Entries.map((entry) => entry.MessageBody));
      const successful = input.Entries.map((entry) => ({
        Id: entry.Id,
        MessageId: randomUUID(),
        MD5OfMessageBody: md5(entry.MessageBody),
      }));
      response.end(JSON.stringify({ Successful: successful, Failed: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    queueUrl: `http://127.0.0.1:${port}/000000000000/sre-agent-work`,
    messages,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
