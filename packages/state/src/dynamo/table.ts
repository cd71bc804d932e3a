import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@sre-agent/core';
import * as z from 'zod';
import { isConditionFailed, MalformedItemError, translateDynamoError } from '../errors.ts';
import { epochSeconds } from '../rules.ts';

/** An item as stored: string keys plus any attributes. */
export type Item = Record<string, NativeAttributeValue> & { pk: string; sk: string };
export type Key = { pk: string; sk: string };
export type Condition = {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, NativeAttributeValue>;
};
export type QueryInput = {
  index?: 'gsi1' | 'gsi2' | 'gsi3';
  /** Partition key value (of the table or of the index). */
  partition: string;
  /** Sort key condition on the table's `sk` or the index's sort key. */
  sort?: { op: '>=' | '<=' | 'begins_with'; value: string };
  descending?: boolean;
  /** Page size sent to DynamoDB. */
  pageSize?: number;
};

/**
 * The adapters' view of the one table: single-item reads and conditional writes, paged queries,
 * expired items filtered out, every SDK error translated into a domain error.
 */
export class DynamoTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly clock: Clock;

  constructor(client: DynamoDBDocumentClient, tableName: string, clock: Clock) {
    this.client = client;
    this.tableName = tableName;
    this.clock = clock;
  }

  /** True unless the item carries a `ttl` (epoch seconds) that has passed: DynamoDB deletes lazily. */
  isLive(item: Record<string, unknown>): boolean {
    const ttl = item.ttl;
    return typeof ttl !== 'number' || ttl > epochSeconds(this.clock.now());
  }

  /** A strongly consistent read; expired items read as absent. */
  async get(key: Key, operation: string): Promise<Item | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
      );
      const item = out.Item as Item | undefined;
      return item && this.isLive(item) ? item : undefined;
    } catch (error) {
      throw translateDynamoError(error, operation, this.tableName);
    }
  }

  /** Writes an item; false if the condition did not hold. */
  async put(item: Item, condition: Condition | undefined, operation: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ...expression(condition),
        }),
      );
      return true;
    } catch (error) {
      if (condition && isConditionFailed(error)) return false;
      throw translateDynamoError(error, operation, this.tableName);
    }
  }

  /** Sets attributes of an existing item; false if the condition did not hold. */
  async set(
    key: Key,
    values: Record<string, NativeAttributeValue>,
    condition: Condition,
    operation: string,
  ): Promise<boolean> {
    const names: Record<string, string> = { ...condition.names };
    const vals: Record<string, NativeAttributeValue> = { ...condition.values };
    const assignments = Object.entries(values).map(([name, value], i) => {
      names[`#set${i}`] = name;
      vals[`:set${i}`] = value;
      return `#set${i} = :set${i}`;
    });
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: `SET ${assignments.join(', ')}`,
          ConditionExpression: condition.expression,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: vals,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw translateDynamoError(error, operation, this.tableName);
    }
  }

  /**
   * Runs one update expression (`ADD`, `SET … list_append …`); the item after it, or undefined if
   * the condition did not hold.
   */
  async update(
    key: Key,
    update: {
      expression: string;
      names?: Record<string, string>;
      values?: Record<string, NativeAttributeValue>;
    },
    condition: Condition | undefined,
    operation: string,
  ): Promise<Item | undefined> {
    const names = { ...condition?.names, ...update.names };
    const values = { ...condition?.values, ...update.values };
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: update.expression,
          ...(condition ? { ConditionExpression: condition.expression } : {}),
          ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
          ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes as Item | undefined;
    } catch (error) {
      if (condition && isConditionFailed(error)) return undefined;
      throw translateDynamoError(error, operation, this.tableName);
    }
  }

  /** Deletes an item; false if the condition did not hold (or, with a condition, the item was absent). */
  async delete(key: Key, condition: Condition | undefined, operation: string): Promise<boolean> {
    try {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: key, ...expression(condition) }),
      );
      return true;
    } catch (error) {
      if (condition && isConditionFailed(error)) return false;
      throw translateDynamoError(error, operation, this.tableName);
    }
  }

  /** Live items of a query, page after page, until `stop` says enough (or the results end). */
  async query(
    input: QueryInput,
    operation: string,
    stop: (items: readonly Item[]) => boolean = () => false,
  ): Promise<Item[]> {
    const pk = input.index ? `${input.index}pk` : 'pk';
    const sk = input.index ? `${input.index}sk` : 'sk';
    const names: Record<string, string> = { '#pk': pk };
    const values: Record<string, NativeAttributeValue> = { ':pk': input.partition };
    let condition = '#pk = :pk';
    if (input.sort) {
      names['#sk'] = sk;
      values[':sk'] = input.sort.value;
      condition +=
        input.sort.op === 'begins_with' ? ' AND begins_with(#sk, :sk)' : ` AND #sk ${input.sort.op} :sk`;
    }
    const items: Item[] = [];
    let startKey: Record<string, NativeAttributeValue> | undefined;
    try {
      do {
        const out = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            ...(input.index ? { IndexName: input.index } : { ConsistentRead: true }),
            KeyConditionExpression: condition,
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
            ScanIndexForward: !input.descending,
            ...(input.pageSize ? { Limit: input.pageSize } : {}),
            ...(startKey ? { ExclusiveStartKey: startKey } : {}),
          }),
        );
        for (const item of (out.Items ?? []) as Item[]) if (this.isLive(item)) items.push(item);
        startKey = out.LastEvaluatedKey;
      } while (startKey && !stop(items));
    } catch (error) {
      throw translateDynamoError(error, operation, this.tableName);
    }
    return items;
  }
}

function expression(condition: Condition | undefined) {
  if (!condition) return {};
  return {
    ConditionExpression: condition.expression,
    ...(condition.names ? { ExpressionAttributeNames: condition.names } : {}),
    ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
  };
}

/** Validates the domain object an item carries in `data`; a mismatch is a clear `MalformedItemError`. */
export function readData<T>(item: Item, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(item.data);
  if (!parsed.success) {
    throw new MalformedItemError(String(item.pk), String(item.sk), z.prettifyError(parsed.error), {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** Validates a whole item against an item schema (for items that carry plain attributes). */
export function readItem<T>(item: Item, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(item);
  if (!parsed.success) {
    throw new MalformedItemError(String(item.pk), String(item.sk), z.prettifyError(parsed.error), {
      cause: parsed.error,
    });
  }
  return parsed.data;
}
