import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTableIfMissing } from '../adapters/dynamodb/create-table';
import { documentClient } from '../adapters/dynamodb/documents';
import { dynamoStores, type Stores } from '../adapters/dynamodb/dynamo-stores';
import { DEFAULT_TABLE_NAME } from '../adapters/dynamodb/table';
import { startLocalDynamo } from './transactional-dynalite';

/** Where `npm start` and `npm run serve` keep callbacks and saved progress unless LOCAL_DATA says otherwise. */
export const DEFAULT_LOCAL_FOLDER = join(__dirname, '..', '..', '.local-data', 'dynamodb');

export interface LocalStore extends Stores {
  /** The folder the data lives in, or "memory". */
  where: string;
  close(): Promise<void>;
}

/**
 * The stores on an embedded DynamoDB (dynalite) in `folder`, so callbacks and saved progress survive a
 * restart; `folder` "memory" keeps them in memory instead. The table is created when missing.
 */
export async function openLocalStore(folder: string = DEFAULT_LOCAL_FOLDER, timeoutMs = 5000): Promise<LocalStore> {
  const inMemory = folder === 'memory';
  const release = inMemory ? () => undefined : claimFolder(resolve(folder));
  const dynamo = await startLocalDynamo({ path: inMemory ? undefined : resolve(folder) });
  const documents = documentClient(timeoutMs, {
    endpoint: dynamo.endpoint,
    region: 'local',
    credentials: dynamo.credentials,
  });
  try {
    await createTableIfMissing(documents, DEFAULT_TABLE_NAME);
  } catch (error) {
    await dynamo.close();
    release();
    throw error;
  }
  return {
    ...dynamoStores({ tableName: DEFAULT_TABLE_NAME, timeoutMs, documents }),
    where: inMemory ? 'memory' : resolve(folder),
    close: async () => {
      documents.destroy();
      await dynamo.close();
      release();
    },
  };
}

/**
 * One process at a time per folder (LevelDB would fail deep inside dynalite otherwise): the owner's pid in
 * `owner.pid`, taken over when that process is gone. Returns the release.
 */
function claimFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const ownerFile = join(folder, 'owner.pid');
  const owner = Number(readIfExists(ownerFile));
  if (owner && owner !== process.pid && isRunning(owner)) {
    throw new Error(`the local store in ${folder} is in use by process ${owner} (another npm start or npm run serve); stop it, or set LOCAL_DATA to another folder or to "memory"`);
  }
  writeFileSync(ownerFile, String(process.pid));
  return () => rmSync(ownerFile, { force: true });
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
