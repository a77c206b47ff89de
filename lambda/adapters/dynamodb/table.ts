import type { CreateTableCommandInput, UpdateTimeToLiveCommandInput } from '@aws-sdk/client-dynamodb';

/** The table's name when TABLE_NAME is not set (local runs and tests). */
export const DEFAULT_TABLE_NAME = 'device-help-desk';

/** The team queue index: a team's open requests in time order. */
export const QUEUE_INDEX = 'gsi1';
/** The customer index: a customer's open callbacks, soonest first. */
export const CUSTOMER_INDEX = 'gsi2';
/** Epoch seconds after which DynamoDB deletes the item. */
export const TTL_ATTRIBUTE = 'expiresAt';

/**
 * The single table of docs/storage.md, as a CreateTable input: the one source for tests, the local store
 * and the infrastructure template.
 */
export function tableDefinition(tableName: string = DEFAULT_TABLE_NAME): CreateTableCommandInput {
  const index = (name: string) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: `${name}pk`, KeyType: 'HASH' as const },
      { AttributeName: `${name}sk`, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [index(QUEUE_INDEX), index(CUSTOMER_INDEX)],
  };
}

/** Turns on expiry of finished contacts, idempotency records, slot counters and saved progress. */
export function timeToLive(tableName: string = DEFAULT_TABLE_NAME): UpdateTimeToLiveCommandInput {
  return { TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } };
}
