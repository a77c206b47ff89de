import './quiet-notices';
import type { AddressInfo } from 'node:net';
import { assembleDeps, depsFromEnvironment, settingsFrom } from '../config';
import { alexaEndpoint } from '../http/alexa-endpoint';
import { listen } from '../http/http-server';
import { notFound } from '../http/problem';
import { queueApiApp } from '../queue-api/express-app';
import { callbackRemindersFrom, queueSettingsFrom } from '../queue-api/settings';
import { buildSkill } from '../skill';
import { buildConsole } from '../../scripts/console';
import { openLocalStore } from './local-store';

/**
 * `npm run serve`: the skill as an HTTP endpoint on the demo backend (PORT, default 3000; HOST, default
 * 127.0.0.1, so only this machine can reach it), and the teams' queue API under /queue with its console at
 * /console/. Callbacks and progress live in the embedded DynamoDB in LOCAL_DATA (default
 * .local-data/dynamodb; "memory" for none), or in the real table when TABLE_NAME is set. Requests must be
 * signed by Alexa unless ALEXA_VERIFY=off, which is only for a local endpoint nobody else can reach.
 */
async function main(): Promise<void> {
  const verifyRequests = process.env.ALEXA_VERIFY !== 'off';
  const settings = settingsFrom(process.env);
  const queueSettings = queueSettingsFrom(process.env);
  const { tokens } = queueSettings;
  const local = settings.tableName ? undefined : await openLocalStore(process.env.LOCAL_DATA || undefined);
  const deps = local ? assembleDeps({ settings, contacts: local.contacts, progress: local.progress }) : depsFromEnvironment(process.env);
  const app = alexaEndpoint(buildSkill(deps), deps, { verifyRequests });
  const reminders = callbackRemindersFrom(queueSettings, deps.clock, settings.backendTimeoutMs);
  app.use(queueApiApp({ ...queueSettings, reminders, contacts: deps.contacts, clock: deps.clock, log: deps.log }, await buildConsole()));
  app.use(notFound);
  const host = process.env.HOST || '127.0.0.1';
  const server = await listen(app, Number(process.env.PORT ?? 3000), host);
  const { port } = server.address() as AddressInfo;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  console.log(`Device Help Desk listening on ${base}/ (request verification ${verifyRequests ? 'on' : 'OFF'}; Ctrl+C to stop)`);
  console.log(`  storage: ${local ? local.where : `DynamoDB table ${settings.tableName}`}`);
  const teams = Object.keys(tokens);
  console.log(`  teams' queue API: ${base}/queue/teams/<team>/contacts (${teams.length ? `tokens for ${teams.join(', ')}` : 'no QUEUE_API_TOKENS: every call is refused'})`);
  console.log(`  teams' console: ${base}/console/`);
  const stop = () => {
    server.close(() => void Promise.resolve(local?.close()).then(() => process.exit(0)));
    server.closeIdleConnections();
    // A request still being answered gets a moment to finish; then every connection goes.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
