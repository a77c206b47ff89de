import { powertoolsLog } from '../../observability/log';
import { systemClock } from '../system-clock';
import { dynamoStores } from '../dynamodb/dynamo-stores';
import { connectParts } from './connect-companion';
import { connectCallbacks } from './connect-callbacks';
import { TaskEndedEventSchema, finishEndedTask, type TaskEndedResult } from './contact-events';
import { HandOverEventSchema, handOverCallback, type HandOverResult } from './hand-over';

/** Built once per cold start; missing settings fail the cold start with a message naming them. */
function handOverDeps(env: NodeJS.ProcessEnv) {
  const timeoutMs = Number(env.BACKEND_TIMEOUT_MS) > 0 ? Number(env.BACKEND_TIMEOUT_MS) : 2500;
  const tableName = env.TABLE_NAME?.trim();
  const parts = connectParts(env, timeoutMs);
  if (!parts || !tableName) throw new Error('the hand-over function needs CONNECT_INSTANCE_ID (with the Connect settings) and TABLE_NAME');
  const log = powertoolsLog();
  const callbacks = connectCallbacks({ ...parts, clock: systemClock, log });
  return { ...parts, contacts: dynamoStores({ tableName, timeoutMs }).contacts, callbacks, timeoutMs: parts.settings.timeoutMs, clock: systemClock, log };
}

const deps = handOverDeps(process.env);

/**
 * Two event sources: EventBridge Scheduler's hand-over (starts the Connect task of a callback that has come
 * within Connect's six days), and Connect's contact events (a callback's task ended: the desk's record closes).
 */
export const handler = (event: unknown): Promise<HandOverResult | TaskEndedResult> => {
  const ended = TaskEndedEventSchema.safeParse(event);
  return ended.success ? finishEndedTask(ended.data, deps) : handOverCallback(HandOverEventSchema.parse(event), deps);
};
