import type { ContactStore } from '../../ports/contact-store';
import type { ProgressStore } from '../../ports/progress-store';
import { documentClient, type Documents } from './documents';
import { dynamoContactStore } from './dynamo-contact-store';
import { dynamoProgressStore } from './dynamo-progress-store';

export interface Stores {
  contacts: ContactStore;
  progress: ProgressStore;
}

/** Both stores on one table; the default client uses the AWS SDK's credentials and region (the Lambda's). */
export function dynamoStores(options: { tableName: string; timeoutMs: number; documents?: Documents }): Stores {
  const documents = options.documents ?? documentClient(options.timeoutMs);
  const config = { documents, tableName: options.tableName, timeoutMs: options.timeoutMs };
  return { contacts: dynamoContactStore(config), progress: dynamoProgressStore(config) };
}
