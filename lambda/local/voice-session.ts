import type { ResponseEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { DEMO_DEVICE_IDS } from '../adapters/demo/demo-data';

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
  grantedScopes?: string[];
  locale?: string;
}

/** What a turn produced: a response, or (after "exit") nothing. */
export type VoiceTurn = { utterance: string; envelope?: ResponseEnvelope };

/**
 * A spoken conversation resolved through the skill's own interaction model, as the simulator of the
 * developer console does: "open device help desk" launches, "ask device help desk ..." is a one-shot, any
 * other words are matched against the model, and words it cannot match become AMAZON.FallbackIntent.
 */
export class VoiceSession {
  private readonly alexa: VirtualAlexa;
  private readonly launchPattern: RegExp;
  private readonly oneShotPattern: RegExp;

  constructor(private readonly options: VoiceOptions) {
    this.alexa = VirtualAlexa.Builder()
      .handler(options.handler as string)
      .interactionModelFile(options.modelFile)
      .applicationID(options.applicationId)
      .locale(options.locale ?? 'en-US')
      .create();
    // virtual-alexa treats any words containing "ask", "tell" or "talk to" as a launch ("talk to a person"
    // would open the skill); launches and one-shots are recognised here, by the invocation name, instead.
    (this.alexa as unknown as { parseLaunchRequest: () => undefined }).parseLaunchRequest = () => undefined;
    const device = DEVICE_CHOICES[options.device];
    if ('deviceId' in device) this.alexa.context().device().setID(device.deviceId);
    if (options.accessToken) this.alexa.context().setAccessToken(options.accessToken);
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
      return { utterance };
    }
    if (this.launchPattern.test(words)) return this.turn(utterance, this.alexa.launch());
    const oneShot = this.oneShotPattern.exec(words);
    const spoken = (oneShot ? oneShot[1] : words).toLowerCase().replace(/[,;:]/g, ' ').replace(/\s+/g, ' ');
    try {
      return await this.turn(utterance, this.alexa.utter(spoken));
    } catch (error) {
      if (!/Unable to match utterance/.test(String((error as Error).message))) throw error;
      return this.turn(utterance, this.alexa.intend('AMAZON.FallbackIntent'));
    }
  }

  /** Sends an intent directly, e.g. a Yes after a dialog confirmation. */
  async intend(name: string, slots?: Record<string, string>): Promise<VoiceTurn> {
    return this.turn(name, this.alexa.intend(name, slots));
  }

  private async turn(utterance: string, pending: Promise<{ response?: unknown } & object>): Promise<VoiceTurn> {
    const result = (await pending) as unknown as ResponseEnvelope & { response: ResponseEnvelope['response'] };
    if (result?.response?.shouldEndSession !== false) this.alexa.context().endSession();
    return { utterance, envelope: result };
  }

  /** The parts of a real request virtual-alexa leaves out: the screen, granted permissions. */
  private shapeRequest(request: Record<string, any>): void {
    const device = DEVICE_CHOICES[this.options.device];
    const system = request.context.System;
    if ('screen' in device) {
      request.context.Viewport = { mode: device.screen, shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 };
      system.device.supportedInterfaces = {
        ...system.device.supportedInterfaces,
        'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } },
        ...(device.screen === 'TV' ? { VideoApp: {} } : {}),
      };
    }
    const scopes = this.options.grantedScopes ?? [];
    system.user.permissions = {
      ...(system.user.permissions ?? {}),
      scopes: Object.fromEntries(scopes.map((s) => [s, { status: 'GRANTED' }])),
    };
    if (request.session?.user) request.session.user.permissions = system.user.permissions;
  }
}
