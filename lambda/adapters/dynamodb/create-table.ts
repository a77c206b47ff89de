import { CreateTableCommand, DescribeTableCommand, UpdateTimeToLiveCommand, type DescribeTableCommandOutput } from '@aws-sdk/client-dynamodb';
import type { Documents } from './documents';
import { tableDefinition, timeToLive } from './table';

/** Creates the table (with its TTL) unless it exists, and waits until it is active: for local runs and tests. */
export async function createTableIfMissing(client: Documents, tableName: string): Promise<void> {
  const status = async () => {
    try {
      const described = (await client.send(new DescribeTableCommand({ TableName: tableName }))) as DescribeTableCommandOutput;
      return described.Table?.TableStatus;
    } catch (error) {
      if ((error as Error).name === 'ResourceNotFoundException') return undefined;
      throw error;
    }
  };
  if (!(await status())) {
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
    await client.send(new UpdateTimeToLiveCommand(timeToLive(tableName)));
  }
  for (let wait = 0; (await status()) !== 'ACTIVE'; wait++) {
    if (wait > 50) throw new Error(`table ${tableName} did not become active`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
