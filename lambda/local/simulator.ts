import './quiet-notices';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { SimulatedAlexaApi } from '../adapters/demo/demo-alexa-api';
import { createDemoBackend } from '../adapters/demo/demo-backend';
import { boundedFields, type Log } from '../observability/log';
import { recordingMetrics } from '../observability/metrics';
import { systemClock } from '../adapters/system-clock';
import { assembleDeps, settingsFrom } from '../config';
import { answer, buildSkill } from '../skill';
import { plainText } from '../speech/ssml';
import { openLocalStore } from './local-store';
import { DEVICE_CHOICES, VoiceSession, consentRequest, type DeviceChoice } from './voice-session';
import { INVOCATION_NAME } from '../../interactionModels/en-US';

const ACCOUNTS = { alex: 'demo-token-alex', sam: 'demo-token-sam', none: undefined } as const;
const PERMISSIONS: Record<string, string> = {
  mobile: 'alexa::profile:mobile_number:read',
  reminders: 'alexa::alerts:reminders:skill:readwrite',
};
const SIMULATOR_SKILL_ID = 'amzn1.ask.skill.device-help-desk-simulator';

const USAGE = `Talk to Device Help Desk in the terminal, as in the developer console's simulator.

  npm start -- [--device echo-dot|echo-show|fire-tv|none] [--account alex|sam|none] [--grant mobile,reminders] [--json]

Type what you would say ("open device help desk", "I want to talk to customer support"); "exit" or "quit"
(or Ctrl+D, or Ctrl+C) ends the program.
With standard input from a pipe or file, each line is one utterance and the conversation ends with the input.
Callbacks and saved progress are kept in .local-data/dynamodb (LOCAL_DATA=<folder>, or LOCAL_DATA=memory for none).`;

/** Warnings and errors to stderr in one short line; request logs stay out of the conversation. */
const quietLog: Log = {
  debug: () => undefined,
  info: () => undefined,
  warn: (message, fields) => console.error(`  (warning: ${message} ${fields ? JSON.stringify(boundedFields(fields)) : ''})`),
  error: (message, fields) => console.error(`  (error: ${message} ${fields ? JSON.stringify(boundedFields(fields)) : ''})`),
};

function options() {
  const { values } = parseArgs({
    options: {
      device: { type: 'string', default: 'echo-dot' },
      account: { type: 'string', default: 'alex' },
      grant: { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!(values.device in DEVICE_CHOICES)) throw new Error(`--device must be one of ${Object.keys(DEVICE_CHOICES).join(', ')}`);
  if (!(values.account in ACCOUNTS)) throw new Error(`--account must be one of ${Object.keys(ACCOUNTS).join(', ')}`);
  const grants = values.grant.split(',').map((g) => g.trim()).filter(Boolean);
  const unknown = grants.filter((g) => !(g in PERMISSIONS));
  if (unknown.length) throw new Error(`--grant takes ${Object.keys(PERMISSIONS).join(', ')}; not ${unknown.join(', ')}`);
  return {
    device: values.device as DeviceChoice,
    accessToken: ACCOUNTS[values.account as keyof typeof ACCOUNTS],
    // The same Alexa user on every run, so callbacks and saved progress are still theirs after a restart.
    userId: `amzn1.ask.account.device-help-desk-demo-${values.account}`,
    grantedScopes: grants.map((g) => PERMISSIONS[g]),
    json: values.json,
  };
}

/** A reply in the short, readable form of the console's simulator. */
export function describeReply(envelope: ResponseEnvelope, alexaApi: SimulatedAlexaApi): string[] {
  const lines = alexaApi.sideEffects.splice(0).map((e) =>
    e.kind === 'progressive' ? `  … ${plainText(e.ssml)}` : `  [${{ reminder: 'reminder set', 'reminder-moved': 'reminder moved', 'reminder-deleted': 'reminder deleted' }[e.kind]}]`,
  );
  const { response } = envelope;
  const speech = response.outputSpeech;
  if (speech) lines.push(`Alexa: ${plainText(speech.type === 'SSML' ? speech.ssml : speech.text)}`);
  const card = response.card as { type: string; title?: string; content?: string; text?: string; permissions?: string[] } | undefined;
  if (card) {
    const body = card.content ?? card.text ?? card.permissions?.join(', ') ?? '';
    lines.push(`  [card ${card.type}${card.title ? `: ${card.title}` : ''}${body ? ` | ${body.replace(/\n/g, ' / ')}` : ''}]`);
  }
  const consent = consentRequest(envelope);
  if (consent) lines.push(`  [asks for permission: ${consent.scopes.join(', ')}; say yes or no]`);
  for (const directive of (response.directives ?? []).filter((d) => d.type !== 'Connections.StartConnection')) {
    const detail = directive as { type: string; uri?: string; slotToElicit?: string };
    lines.push(`  [directive ${detail.type}${detail.uri ? ` ${detail.uri}` : ''}${detail.slotToElicit ? ` ${detail.slotToElicit}` : ''}]`);
  }
  lines.push(response.shouldEndSession === false || consent ? '' : '  (session closed)\n');
  return lines;
}

async function main(): Promise<void> {
  const opts = options();
  const backend = createDemoBackend(systemClock);
  const customer = opts.accessToken ? backend.customerByToken(opts.accessToken) : undefined;
  const alexaApi = new SimulatedAlexaApi({
    profile: customer?.profile,
    timeZone: customer?.account.timeZone ?? 'America/Los_Angeles',
    grantedScopes: new Set(opts.grantedScopes),
  });
  // Callbacks and saved progress survive restarts in LOCAL_DATA (default .local-data/dynamodb; "memory" for none).
  const store = await openLocalStore(process.env.LOCAL_DATA || undefined);
  const deps = assembleDeps({ settings: settingsFrom(process.env), backend, apiClient: alexaApi, log: quietLog, contacts: store.contacts, progress: store.progress, metrics: recordingMetrics() });
  const skill = buildSkill(deps);
  const session = new VoiceSession({
    handler: (event) => answer(skill, deps, event),
    modelFile: join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', 'en-US.json'),
    applicationId: SIMULATOR_SKILL_ID,
    invocationName: INVOCATION_NAME,
    device: opts.device,
    accessToken: opts.accessToken,
    userId: opts.userId,
    grantedScopes: opts.grantedScopes,
    onConsent: (scope) => alexaApi.user.grantedScopes.add(scope),
    timeZone: alexaApi.user.timeZone,
  });

  const interactive = process.stdin.isTTY === true;
  if (interactive) {
    console.log(`Device Help Desk simulator: device ${opts.device}, account ${opts.accessToken ?? 'not linked'}. Type "exit" or "quit" (or press Ctrl+D) to quit.\n`);
  }
  const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) lines.setPrompt('You: '), lines.prompt();
  for await (const line of lines) {
    if (!line.trim()) {
      if (interactive) lines.prompt();
      continue;
    }
    if (!interactive) console.log(`You: ${line.trim()}`);
    const turn = await session.say(line);
    if (opts.json && turn.envelope) console.log(JSON.stringify(turn.envelope, null, 2));
    if (!turn.envelope) {
      console.log('  (session ended; goodbye)');
      break;
    }
    console.log(describeReply(turn.envelope, alexaApi).join('\n'));
    if (interactive) lines.prompt();
  }
  lines.close();
  await store.close();
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
