import { createTableIfMissing } from '../../lambda/adapters/dynamodb/create-table';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, type Documents } from '../../lambda/adapters/dynamodb/documents';
import { startLocalDynamo, type LocalDynamo } from '../../lambda/local/transactional-dynalite';

/** An in-memory dynalite (with transactions) for one test file; `freshTable()` gives each test its own table. */
export function dynaliteForTests() {
  let dynamo: LocalDynamo;
  let documents: ReturnType<typeof documentClient>;
  let tables = 0;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
    documents = documentClient(5000, { endpoint: dynamo.endpoint, region: 'local', credentials: dynamo.credentials });
  });
  afterAll(async () => {
    documents.destroy();
    await dynamo.close();
  });
  return {
    documents: () => documents,
    async freshTable(): Promise<string> {
      const tableName = `device-help-desk-${++tables}`;
      await createTableIfMissing(documents, tableName);
      return tableName;
    },
  };
}

/**
 * How the first create transaction is lost on the wire: its reply lost after it was applied (the connection
 * dropped, or no answer before the timeout), or the request itself lost before it reached DynamoDB.
 */
export type WireLoss = 'REPLY_DROPPED' | 'REPLY_NEVER_CAME' | 'REQUEST_DROPPED';
export const WIRE_LOSSES: readonly WireLoss[] = ['REPLY_DROPPED', 'REPLY_NEVER_CAME', 'REQUEST_DROPPED'];

/** `documents` with the first TransactWriteItems lost the given way; everything else goes through. */
export function losingFirstWrite(documents: Documents, loss: WireLoss): Documents {
  let lost = false;
  const dropped = () => Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET' });
  return {
    async send(command: object) {
      if (lost || !(command instanceof TransactWriteCommand)) return documents.send(command);
      lost = true;
      if (loss === 'REQUEST_DROPPED') throw dropped();
      await documents.send(command);
      if (loss === 'REPLY_DROPPED') throw dropped();
      return new Promise(() => undefined);
    },
  };
}
