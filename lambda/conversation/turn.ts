import { getAccountLinkingAccessToken, getDeviceId, getLocale, type HandlerInput, type ResponseBuilder } from 'ask-sdk-core';
import type { Account } from '../domain/model';
import type { SavedProgress } from '../ports/progress-store';
import type { SkillDeps } from '../skill-deps';
import { speechFor, type Speech } from '../speech/i18n';
import { fromSpokenParts, toSpokenParts } from '../speech/spoken-parts';
import { withTimeout } from '../util/timeout';
import type { QuestionId } from './questions';
import type { SessionState } from './state';

/** Where the customer's account link stands this turn. */
export type AccountLink =
  | { status: 'NOT_LINKED' }
  /** The token is one the backend does not know: the customer must relink. */
  | { status: 'BROKEN' }
  /** The account backend is down or too slow right now. */
  | { status: 'UNAVAILABLE' }
  | { status: 'LINKED'; accessToken: string; account: Account };

const TURN_ATTRIBUTE = 'turn';

/** One request being answered: its speech, its session state, its dependencies. */
export class Turn {
  readonly speech: Speech;
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly startedAt = performance.now();
  /** Whether this turn missed the question waiting; any other turn starts the count of misses again. */
  private missedQuestion = false;
  /** Said before the next thing this turn says. */
  private lead?: string;

  constructor(
    readonly input: HandlerInput,
    readonly deps: SkillDeps,
    /** Mutable: handlers record what they learn; it is written back to the session after the turn. */
    readonly state: SessionState,
  ) {
    this.speech = speechFor(safeLocale(input), deps.random);
  }

  /** The Alexa device the request came from, when the request names one. */
  get deviceId(): string | undefined {
    return getDeviceId(this.input.requestEnvelope) ?? undefined;
  }

  get hasSession(): boolean {
    return this.input.requestEnvelope.session !== undefined;
  }

  /** Says `speech` first in whatever this turn says next (an area's lead-in before another area answers). */
  leadWith(speech: string): void {
    this.lead = speech;
  }

  private withLead(speech: string): string {
    const said = this.lead ? `${this.lead} ${speech}` : speech;
    this.lead = undefined;
    return said;
  }

  /** Asks a question: the session stays open and the reprompt is kept for "repeat that". */
  ask(question: string, reprompt: string): ResponseBuilder {
    const speech = this.withLead(question);
    this.state.last = { speech: toSpokenParts(speech), reprompt: toSpokenParts(reprompt) };
    return this.input.responseBuilder.speak(speech).reprompt(reprompt).withShouldEndSession(false);
  }

  /** The last question asked in this session, as SSML rebuilt from the session's data. */
  get lastAsked(): { speech: string; reprompt: string } | undefined {
    const { last } = this.state;
    return last && { speech: fromSpokenParts(last.speech), reprompt: fromSpokenParts(last.reprompt) };
  }

  /** Says something, then waits for "is there anything else?" to be answered (yes asks what; no says goodbye). */
  askAnythingElse(speech: string): ResponseBuilder {
    this.state.pending = { id: 'support.anythingElse' };
    return this.ask(speech, this.speech('support.anythingElseReprompt'));
  }

  /** Says something that needs no answer, and closes the session. */
  tell(speech: string): ResponseBuilder {
    delete this.state.pending;
    return this.input.responseBuilder.speak(this.withLead(speech)).withShouldEndSession(true);
  }

  /** Records that the pending question was missed, `count` times in a row now. */
  noteMiss(question: QuestionId, count: number): void {
    this.missedQuestion = true;
    this.state.misses = { id: question, count };
  }

  /** Forgets the count of misses unless this turn missed again, just before the state is saved. */
  settleMisses(): void {
    if (!this.missedQuestion) delete this.state.misses;
  }

  /** Runs `work` once per turn and shares its result, so no backend is asked the same thing twice. */
  memo<T>(key: string, work: () => Promise<T>): Promise<T> {
    if (!this.memos.has(key)) this.memos.set(key, work());
    return this.memos.get(key) as Promise<T>;
  }

  /** How long this request has been answered so far, so the last steps know what is left of Alexa's 8 seconds. */
  elapsedMs(): number {
    return performance.now() - this.startedAt;
  }

  /** The skill-scoped id of the Alexa user, for what is saved between sessions. */
  get userId(): string {
    return this.input.requestEnvelope.context.System.user.userId;
  }

  /** What the customer's last session saved, read once per turn (areas check it is theirs and still valid). */
  savedProgress(): Promise<SavedProgress | undefined> {
    return this.memo('savedProgress', () => withTimeout(this.deps.progress.load(this.userId), this.deps.backendTimeoutMs, 'progress load'));
  }

  /** The linked account, looked up once per turn and only when a handler needs it. */
  accountLink(): Promise<AccountLink> {
    return this.memo('accountLink', () => this.lookUpAccount());
  }

  private async lookUpAccount(): Promise<AccountLink> {
    const accessToken = getAccountLinkingAccessToken(this.input.requestEnvelope);
    if (!accessToken) return { status: 'NOT_LINKED' };
    try {
      const account = await withTimeout(
        this.deps.accounts.findByAccessToken(accessToken),
        this.deps.backendTimeoutMs,
        'account lookup',
      );
      return account ? { status: 'LINKED', accessToken, account } : { status: 'BROKEN' };
    } catch (error) {
      this.deps.log.warn('account backend unavailable', { error: (error as Error).name });
      return { status: 'UNAVAILABLE' };
    }
  }

  static attach(input: HandlerInput, turn: Turn): void {
    input.attributesManager.setRequestAttributes({ ...input.attributesManager.getRequestAttributes(), [TURN_ATTRIBUTE]: turn });
  }

  static of(input: HandlerInput): Turn {
    const turn = input.attributesManager.getRequestAttributes()[TURN_ATTRIBUTE];
    if (!(turn instanceof Turn)) throw new Error('no turn for this request: is the turn interceptor registered?');
    return turn;
  }
}

function safeLocale(input: HandlerInput): string | undefined {
  try {
    return getLocale(input.requestEnvelope);
  } catch {
    return undefined;
  }
}
