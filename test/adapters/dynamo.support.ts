import { createTableIfMissing } from '../../lambda/adapters/dynamodb/create-table';
import { documentClient } from '../../lambda/adapters/dynamodb/documents';
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
