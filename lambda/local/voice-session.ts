import { randomUUID } from 'node:crypto';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { DEMO_DEVICE_IDS } from '../adapters/demo/demo-data';
import { dynamicEntitiesAfter, type DynamicEntities } from './speech/dynamic-entities';
import { SpeechResolver } from './speech/resolver';

/** The demo devices a conversation can come from; `none` is a request without a device. */
export const DEVICE_CHOICES = {
  'echo-dot': { deviceId: DEMO_DEVICE_IDS.echoDot },
  'echo-show': { deviceId: DEMO_DEVICE_IDS.echoShow, screen: 'HUB' },
  'fire-tv': { deviceId: DEMO_DEVICE_IDS.fireTv, screen: 'TV' },
  none: {},
} as const satisfies Record<string, { deviceId?: string; screen?: 'HUB' | 'TV' }>;
export type DeviceChoice = keyof typeof DEVICE_CHOICES;

export interface VoiceOptions {
  /** The skill: a Lambda-style handler, or the path of a built bundle's handler ("dist/lambda/index.handler"). */
  handler: string | ((event: unknown, context: unknown) => Promise<unknown>);
  modelFile: string;
  applicationId: string;
  invocationName: string;
  device: DeviceChoice;
  accessToken?: string;
  /** The Alexa user id every request carries (a new random one by default). */
  userId?: string;
  grantedScopes?: string[];
  locale?: string;
  /** Told when the customer grants a permission the skill asked for by voice. */
  onConsent?: (scope: string) => void;
  /** The device's time zone, for dates such as "tomorrow" (default America/Los_Angeles). */
  timeZone?: string;
}

/** A permission request the skill sent (Connections.StartConnection), waiting for the customer's answer. */
export interface ConsentRequest {
  token: string;
  scopes: string[];
}

/** The permission request in a response, if it has one. */
export function consentRequest(envelope: ResponseEnvelope | undefined): ConsentRequest | undefined {
  const directive = envelope?.response?.directives?.find((d) => d.type === 'Connections.StartConnection') as
    | { token?: string; input?: { permissionScopes?: { permissionScope: string }[] } }
    | undefined;
  if (!directive) return undefined;
  return { token: directive.token ?? '', scopes: (directive.input?.permissionScopes ?? []).map((s) => s.permissionScope) };
}

/** What a turn produced: a response, or (after "exit") nothing. */
export type VoiceTurn = { utterance: string; envelope?: ResponseEnvelope };

/**
 * A spoken conversation resolved through the skill's own interaction model, as the simulator of the
 * developer console does: "open device help desk" launches, "ask device help desk ..." is a one-shot, any
 * other words are resolved against the model by the SpeechResolver (speech/resolver.ts), and words it cannot
 * match become AMAZON.FallbackIntent. virtual-alexa builds the envelopes and keeps the session.
 */
export class VoiceSession {
  private readonly alexa: VirtualAlexa;
  private readonly launchPattern: RegExp;
  private readonly oneShotPattern: RegExp;
  private readonly granted: Set<string>;
  /** Set while Alexa is asking the customer for a permission: the next words answer it. */
  private consent?: ConsentRequest;

  private readonly resolver: SpeechResolver;
  /** The customer's own names for things, sent by the skill; they last as long as the session. */
  private dynamicEntities: DynamicEntities = {};

  constructor(private readonly options: VoiceOptions) {
    this.resolver = SpeechResolver.fromFile(options.modelFile, options.applicationId);
    this.granted = new Set(options.grantedScopes ?? []);
    this.alexa = VirtualAlexa.Builder()
      .handler(options.handler as string)
      .interactionModelFile(options.modelFile)
      .applicationID(options.applicationId)
      .locale(options.locale ?? 'en-US')
      .create();
    const device = DEVICE_CHOICES[options.device];
    if ('deviceId' in device) this.alexa.context().device().setID(device.deviceId);
    if (options.accessToken) this.alexa.context().setAccessToken(options.accessToken);
    if (options.userId) this.alexa.context().user().setID(options.userId);
    const name = options.invocationName.replace(/ /g, '\\s+');
    this.launchPattern = new RegExp(`^(?:alexa\\s*,?\\s*)?(?:open|launch|start|talk to)\\s+${name}$`, 'i');
    this.oneShotPattern = new RegExp(`^(?:alexa\\s*,?\\s*)?(?:ask|tell)\\s+${name}\\s+(?:(?:to|for|about)\\s+)?(.+)$`, 'i');
    this.alexa.filter((request: Record<string, any>) => this.shapeRequest(request));
  }

  /** One utterance in; the skill's response out. */
  async say(utterance: string): Promise<VoiceTurn> {
    const words = utterance.trim().replace(/[.!?]+$/, '');
    if (/^(exit|quit)$/i.test(words)) {
      await this.alexa.endSession();
      this.dynamicEntities = {};
      return { utterance };
    }
    if (this.consent) return this.answerConsent(utterance, this.consent);
    if (this.launchPattern.test(words)) return this.turn(utterance, this.alexa.launch());
    const oneShot = this.oneShotPattern.exec(words);
    const { intent, slots } = this.resolver.resolve(oneShot ? oneShot[1] : words, {
      // The clock as the skill reads it (a test may have set it).
      now: new Date(),
      timeZone: this.options.timeZone ?? 'America/Los_Angeles',
      dynamicEntities: this.dynamicEntities,
    });
    return this.turn(utterance, this.alexa.request().intent(intent).set('request.intent.slots', slots).send());
  }

  /** Sends an intent directly, e.g. a Yes after a dialog confirmation. */
  async intend(name: string, slots?: Record<string, string>): Promise<VoiceTurn> {
    return this.turn(name, this.alexa.intend(name, slots));
  }

  /**
   * The customer's answer to Alexa's permission question, as Alexa would send it: the session resumes
   * with a SessionResumedRequest saying ACCEPTED (yes), DENIED (no) or NOT_ANSWERED (anything else).
   */
  private answerConsent(utterance: string, consent: ConsentRequest): Promise<VoiceTurn> {
    this.consent = undefined;
    const words = utterance.trim().toLowerCase();
    const status = /^(yes|yeah|yep|sure|ok|okay|allow|i allow)\b/.test(words) ? 'ACCEPTED' : /^(no|nope|deny|don't)\b/.test(words) ? 'DENIED' : 'NOT_ANSWERED';
    if (status === 'ACCEPTED') {
      for (const scope of consent.scopes) {
        this.granted.add(scope);
        this.options.onConsent?.(scope);
      }
    }
    const resumed = {
      type: 'SessionResumedRequest',
      requestId: `amzn1.echo-api.request.${randomUUID()}`,
      timestamp: new Date().toISOString(),
      locale: this.options.locale ?? 'en-US',
      cause: { type: 'ConnectionCompleted', token: consent.token, status: { code: '200', message: 'OK' }, result: { status, isCardThrown: false } },
    };
    // Built as an intent so the session and its attributes are filled in, then turned into the resume.
    return this.turn(utterance, this.alexa.request().intent('AMAZON.YesIntent').set('request', resumed).send());
  }

  private async turn(utterance: string, pending: Promise<{ response?: unknown } & object>): Promise<VoiceTurn> {
    const result = (await pending) as unknown as ResponseEnvelope & { response: ResponseEnvelope['response'] };
    // A permission request suspends the session rather than ending it; it resumes with the answer.
    this.consent = consentRequest(result);
    this.dynamicEntities = dynamicEntitiesAfter(this.dynamicEntities, result?.response?.directives);
    if (!this.consent && result?.response?.shouldEndSession !== false) {
      this.alexa.context().endSession();
      this.dynamicEntities = {};
    }
    return { utterance, envelope: result };
  }

  /** The parts of a real request virtual-alexa leaves out: the screen, granted permissions. */
  private shapeRequest(request: Record<string, any>): void {
    const device = DEVICE_CHOICES[this.options.device];
    const system = request.context.System;
    // virtual-alexa always adds a device; a request without one has none at all, not one without an id.
    if (!('deviceId' in device)) delete system.device;
    if ('screen' in device) {
      request.context.Viewport = { mode: device.screen, shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 };
      system.device.supportedInterfaces = {
        ...system.device.supportedInterfaces,
        'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } },
        ...(device.screen === 'TV' ? { VideoApp: {} } : {}),
      };
    }
    const scopes = [...this.granted];
    system.user.permissions = {
      ...(system.user.permissions ?? {}),
      scopes: Object.fromEntries(scopes.map((s) => [s, { status: 'GRANTED' }])),
    };
    if (request.session?.user) request.session.user.permissions = system.user.permissions;
  }
}
