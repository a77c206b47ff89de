import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { answerChatEvent, chatDepsFromEnvironment } from '../chat/chat-lambda';
import { dynamoStores } from '../adapters/dynamodb/dynamo-stores';
import { memoryContactStore } from '../adapters/memory/memory-contact-store';
import { powertoolsLog } from '../observability/log';
import { systemClock } from '../ports/clock';
import { handle, matchRoute, unmatched, type ApiResponse, type QueueApiDeps } from './queue-api';
import { queueSettingsFrom } from './settings';

/** Answers one API Gateway HTTP API (payload 2.0) event with the shared routes. */
export async function answerHttpEvent(event: APIGatewayProxyEventV2, deps: QueueApiDeps): Promise<APIGatewayProxyStructuredResultV2> {
  const match = matchRoute(event.requestContext.http.method, event.rawPath);
  const body = event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const answer: ApiResponse =
    'route' in match ? await handle(match.route, { authorization: event.headers?.authorization, params: match.params, body: body || undefined }, deps) : unmatched(match);
  return { statusCode: answer.status, headers: answer.headers, body: JSON.stringify(answer.body) };
}

/** Production wiring: the table from TABLE_NAME (memory without it, for a look at the API only), tokens from QUEUE_API_TOKENS. */
export function queueDepsFromEnvironment(env: NodeJS.ProcessEnv): QueueApiDeps {
  const { tableName, timeoutMs, ...settings } = queueSettingsFrom(env);
  return {
    ...settings,
    contacts: tableName ? dynamoStores({ tableName, timeoutMs }).contacts : memoryContactStore(),
    clock: systemClock,
    log: powertoolsLog(),
  };
}

// Built once per cold start; a settings mistake fails the cold start with a message naming the setting.
const deps = queueDepsFromEnvironment(process.env);
const chat = chatDepsFromEnvironment(process.env, deps.contacts, deps.log);

/** The queue API's Lambda entry (API Gateway HTTP API, payload format 2.0); with Connect, also the customers' chat page. */
export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> =>
  (chat && (await answerChatEvent(event, chat))) ?? answerHttpEvent(event, deps);
