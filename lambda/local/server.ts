import './quiet-notices';
import type { AddressInfo } from 'node:net';
import { assembleDeps, depsFromEnvironment, settingsFrom } from '../config';
import { alexaEndpoint } from '../http/alexa-endpoint';
import { chatApp } from '../chat/chat-express';
import { chatDepsFromEnvironment } from '../chat/chat-lambda';
import { queueApiApp } from '../queue-api/express-app';
import { queueSettingsFrom } from '../queue-api/settings';
import { buildSkill } from '../skill';
import { openLocalStore } from './local-store';

/**
 * `npm run serve`: the skill as an HTTP endpoint on the demo backend (PORT, default 3000), and the teams' queue
 * API under /queue. Callbacks and progress live in the embedded DynamoDB in LOCAL_DATA (default
 * .local-data/dynamodb; "memory" for none), or in the real table when TABLE_NAME is set. Requests must be
 * signed by Alexa unless ALEXA_VERIFY=off, which is only for a local endpoint nobody else can reach.
 */
async function main(): Promise<void> {
  const verifyRequests = process.env.ALEXA_VERIFY !== 'off';
  const settings = settingsFrom(process.env);
  const { tokens, policy } = queueSettingsFrom(process.env);
  const local = settings.tableName ? undefined : await openLocalStore(process.env.LOCAL_DATA || undefined);
  const deps = local ? assembleDeps({ settings, contacts: local.contacts, progress: local.progress }) : depsFromEnvironment(process.env);
  const app = alexaEndpoint(buildSkill(deps), deps, { verifyRequests });
  app.use(queueApiApp({ tokens, policy, contacts: deps.contacts, clock: deps.clock, log: deps.log }));
  const chat = chatDepsFromEnvironment(process.env, deps.contacts, deps.log);
  if (chat) app.use(chatApp(chat));
  const server = app.listen(Number(process.env.PORT ?? 3000), () => {
    const { port } = server.address() as AddressInfo;
    console.log(`Device Help Desk listening on http://localhost:${port}/ (request verification ${verifyRequests ? 'on' : 'OFF'})`);
    console.log(`  storage: ${local ? local.where : `DynamoDB table ${settings.tableName}`}`);
    const teams = Object.keys(tokens);
    console.log(`  teams' queue API: http://localhost:${port}/queue/teams/<team>/contacts (${teams.length ? `tokens for ${teams.join(', ')}` : 'no QUEUE_API_TOKENS: every call is refused'})`);
  });
  const stop = () => {
    server.close(() => void Promise.resolve(local?.close()).then(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
