import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answerChatEvent, chatDepsFromEnvironment } from '../chat/chat-lambda';
import { dynamoStores } from '../adapters/dynamodb/dynamo-stores';
import { memoryContactStore } from '../adapters/memory/memory-contact-store';
import { powertoolsLog } from '../observability/log';
import { systemClock } from '../adapters/system-clock';
import type { ApiResponse } from '../http/problem';
import { consoleFile, type ConsoleAssets } from './console-assets';
import { handle, matchRoute, unmatched, type QueueApiDeps } from './queue-api';
import { callbackRemindersFrom, queueSettingsFrom } from './settings';

/** The console's files, put into the bundle by scripts/bundle.ts; absent when the function runs unbundled. */
declare const CONSOLE_ASSETS: ConsoleAssets | undefined;

/** Answers one API Gateway HTTP API (payload 2.0) event with the console's files or the shared routes. */
export async function answerHttpEvent(event: APIGatewayProxyEventV2, deps: QueueApiDeps, consoleAssets: ConsoleAssets = {}): Promise<APIGatewayProxyStructuredResultV2> {
  if (event.requestContext.http.method === 'GET') {
    const file = consoleFile(consoleAssets, event.rawPath);
    if (file) return { statusCode: file.status, headers: file.headers, body: file.body };
  }
  const match = matchRoute(event.requestContext.http.method, event.rawPath);
  const body = event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const answer: ApiResponse =
    'route' in match ? await handle(match.route, { authorization: event.headers?.authorization, ifNoneMatch: event.headers?.['if-none-match'], params: match.params, body: body || undefined }, deps) : unmatched(match);
  return { statusCode: answer.status, headers: answer.headers, body: answer.body === undefined ? '' : JSON.stringify(answer.body) };
}

/** Production wiring: the table from TABLE_NAME (memory without it, for a look at the API only), tokens from QUEUE_API_TOKENS. */
export function queueDepsFromEnvironment(env: NodeJS.ProcessEnv): QueueApiDeps {
  const { tableName, timeoutMs, ...settings } = queueSettingsFrom(env);
  return {
    ...settings,
    contacts: tableName ? dynamoStores({ tableName, timeoutMs }).contacts : memoryContactStore(),
    reminders: callbackRemindersFrom(settings, systemClock, timeoutMs),
    clock: systemClock,
    log: powertoolsLog(),
  };
}

// Built once per cold start; a settings mistake fails the cold start with a message naming the setting.
const deps = queueDepsFromEnvironment(process.env);
const chat = chatDepsFromEnvironment(process.env, deps.contacts, deps.log);

const consoleAssets = typeof CONSOLE_ASSETS === 'undefined' ? {} : CONSOLE_ASSETS;

/** The queue API's Lambda entry (API Gateway HTTP API, payload format 2.0), serving the console; with Connect, also the customers' chat page. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  (chat && (await answerChatEvent(event, chat))) ?? answerHttpEvent(event, deps, consoleAssets);
