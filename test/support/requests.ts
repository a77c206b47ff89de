import type { RequestEnvelope, Slot, interfaces } from 'ask-sdk-model';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001';

/** Who is talking, from which device, with what granted: the parts of a request the skill reads. */
export interface Caller {
  deviceId?: string;
  accessToken?: string;
  /** Screen of the device: none for a speaker, HUB for an Echo Show, TV for a Fire TV. */
  screen?: 'HUB' | 'TV';
  grantedScopes?: string[];
  locale?: string;
}

export type SlotValues = Record<string, string | { spoken: string; id?: string; ids?: string[] }>;

let counter = 0;
const nextId = (prefix: string) => `${prefix}.${(counter += 1).toString().padStart(6, '0')}`;

function system(caller: Caller): interfaces.system.SystemState {
  const supportedInterfaces: Record<string, unknown> = {};
  if (caller.screen === 'TV') supportedInterfaces.VideoApp = {};
  if (caller.screen) supportedInterfaces['Alexa.Presentation.APL'] = { runtime: { maxVersion: '2023.3' } };
  const scopes = Object.fromEntries((caller.grantedScopes ?? []).map((s) => [s, { status: 'GRANTED' as const }]));
  return {
    application: { applicationId: TEST_SKILL_ID },
    user: {
      userId: 'amzn1.ask.account.TESTUSER',
      ...(caller.accessToken ? { accessToken: caller.accessToken } : {}),
      ...(caller.grantedScopes ? { permissions: { scopes } } : {}),
    },
    ...(caller.deviceId ? { device: { deviceId: caller.deviceId, supportedInterfaces } } : {}),
    apiEndpoint: 'https://api.amazonalexa.com',
    apiAccessToken: 'test-api-access-token',
  } as interfaces.system.SystemState;
}

/** Builds slots with entity resolution the way Alexa fills them for a custom type. */
export function slots(values: SlotValues, skillId = TEST_SKILL_ID): Record<string, Slot> {
  const out: Record<string, Slot> = {};
  for (const [name, v] of Object.entries(values)) {
    const spec = typeof v === 'string' ? { spoken: v } : v;
    const ids = spec.ids ?? (spec.id ? [spec.id] : []);
    out[name] = {
      name,
      value: spec.spoken,
      confirmationStatus: 'NONE',
      ...(typeof v === 'string'
        ? {}
        : {
            resolutions: {
              resolutionsPerAuthority: [
                {
                  authority: `amzn1.er-authority.echo-sdk.${skillId}.${name}`,
                  status: { code: ids.length > 0 ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
                  values: ids.map((id) => ({ value: { id, name: spec.spoken } })),
                },
              ],
            },
          }),
    } as Slot;
  }
  return out;
}

export interface EnvelopeOptions {
  caller?: Caller;
  /** Session attributes the skill returned last turn; undefined means a new session. */
  attributes?: Record<string, unknown>;
  /** Leave the session out, as for requests that arrive outside one. */
  noSession?: boolean;
}

export function envelope(request: RequestEnvelope['request'], options: EnvelopeOptions = {}): RequestEnvelope {
  const caller = options.caller ?? {};
  const sys = system(caller);
  return {
    version: '1.0',
    ...(options.noSession
      ? {}
      : {
          session: {
            new: options.attributes === undefined,
            sessionId: 'amzn1.echo-api.session.TEST',
            application: sys.application,
            user: sys.user,
            attributes: options.attributes ?? {},
          },
        }),
    context: {
      System: sys,
      ...(caller.screen ? { Viewport: { mode: caller.screen, shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 } } : {}),
    },
    request,
  } as RequestEnvelope;
}

const base = (caller: Caller) => ({ requestId: nextId('amzn1.echo-api.request'), timestamp: new Date().toISOString(), locale: caller.locale ?? 'en-US' });

export function launchRequest(caller: Caller = {}): RequestEnvelope['request'] {
  return { type: 'LaunchRequest', ...base(caller) };
}

export function intentRequest(name: string, slotValues: SlotValues = {}, caller: Caller = {}): RequestEnvelope['request'] {
  return {
    type: 'IntentRequest',
    ...base(caller),
    dialogState: 'STARTED',
    intent: { name, confirmationStatus: 'NONE', slots: slots(slotValues) },
  };
}

export function sessionEndedRequest(reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED', caller: Caller = {}): RequestEnvelope['request'] {
  return { type: 'SessionEndedRequest', ...base(caller), reason } as RequestEnvelope['request'];
}

/** The session coming back from a permission request (Connections.StartConnection), with the customer's answer. */
export function sessionResumedRequest(
  token: string,
  status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED',
  caller: Caller = {},
  code = '200',
): RequestEnvelope['request'] {
  return {
    type: 'SessionResumedRequest',
    ...base(caller),
    cause: { type: 'ConnectionCompleted', token, status: { code, message: code === '200' ? 'OK' : 'error' }, result: { status, isCardThrown: false } },
  } as RequestEnvelope['request'];
}
