import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startLocalDynamo, type LocalDynamo } from '../../lambda/local/transactional-dynalite';

/** What another process on the machine could try: any credentials, signed properly by the SDK. */
const listTables = (dynamo: LocalDynamo, credentials: { accessKeyId: string; secretAccessKey: string }) => {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'local', maxAttempts: 1, credentials });
  return client.send(new ListTablesCommand({})).finally(() => client.destroy());
};

describe('the embedded local DynamoDB', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startLocalDynamo();
  });
  afterAll(() => dynamo.close());

  it('answers the process that started it, with the credentials it made', async () => {
    await expect(listTables(dynamo, dynamo.credentials)).resolves.toMatchObject({ TableNames: [] });
  });

  it.each([
    ['made-up credentials', { accessKeyId: 'local', secretAccessKey: 'local' }],
    ['another key id', { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'x' }],
  ])('refuses a request with %s', async (_, credentials) => {
    await expect(listTables(dynamo, credentials)).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
  });
});
