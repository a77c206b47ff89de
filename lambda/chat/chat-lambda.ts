import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Log } from '../observability/log';
import { systemClock } from '../adapters/system-clock';
import type { ContactStore } from '../ports/contact-store';
import { answerChatRequest, type ChatRouteDeps } from './chat-routes';

/** The chat page's dependencies when Amazon Connect is configured (CONNECT_INSTANCE_ID); undefined otherwise. */
export function chatDepsFromEnvironment(env: NodeJS.ProcessEnv, contacts: ContactStore, log: Log): ChatRouteDeps | undefined {
  if (!env.CONNECT_INSTANCE_ID?.trim()) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { connectParts } = require('../adapters/connect/connect-companion') as typeof import('../adapters/connect/connect-companion');
  const timeoutMs = Number(env.BACKEND_TIMEOUT_MS) > 0 ? Number(env.BACKEND_TIMEOUT_MS) : 2500;
  const parts = connectParts(env, timeoutMs);
  if (!parts) return undefined;
  return { ...parts, contacts, clock: systemClock, log, region: env.AWS_REGION ?? 'us-east-1' };
}

/** Answers an API Gateway event for the chat page, or undefined when it is not one. */
export async function answerChatEvent(event: APIGatewayProxyEventV2, deps: ChatRouteDeps): Promise<APIGatewayProxyStructuredResultV2 | undefined> {
  const body = event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  const answer = await answerChatRequest({ method: event.requestContext.http.method, path: event.rawPath, body }, deps);
  return answer && { statusCode: answer.status, headers: answer.headers, body: answer.body };
}
