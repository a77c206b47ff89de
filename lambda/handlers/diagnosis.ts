import { getIntentName, getRequest, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response, SessionEndedRequest } from 'ask-sdk-model';
import { isIntent, isRequest, resolveSlot, resolvedId } from '../conversation/matchers';
import { Turn } from '../conversation/turn';
import { chooseAmong, deviceKey, kindOf, resolveDevice, type RequestingDevice } from '../domain/diagnosis/device';
import { Diagnosis, type Answer, type Position } from '../domain/diagnosis/engine';
import { familiesWith, treeFor } from '../domain/diagnosis/knowledge';
import { DIAGNOSIS_AREA, DiagnosisStateSchema, type DiagnosisDevice, type DiagnosisState } from '../domain/diagnosis/progress';
import { statusFacts } from '../domain/diagnosis/status';
import { diagnosisHandoff, unresolvedHandoff } from '../domain/diagnosis/summary';
import type { Account, RegisteredDevice } from '../domain/model';
import { Ssml, spokenList, text } from '../speech/ssml';
import { withTimeout } from '../util/timeout';
import { DIAGNOSIS_INTENTS as D, DIAGNOSIS_SLOTS, NAVIGATION_INTENTS as N, SYMPTOM_IDS } from '../vocabulary/diagnosis';
import { BUILT_IN_INTENTS as B, DEVICE_KINDS, FAMILY_OF_KIND, SUPPORT_INTENTS, type DeviceKind } from '../vocabulary/support';
import { handOff } from './handoff';
import { welcome } from './support';

/** What each yes/no (or bare answer) of the diagnosis replies to. */
const PENDING = {
  step: 'diagnosis.step',
  paused: 'diagnosis.paused',
  confirmDevice: 'diagnosis.confirmDevice',
  askDevice: 'diagnosis.askDevice',
  whichDevice: 'diagnosis.whichDevice',
  askSymptom: 'diagnosis.askSymptom',
  offerTeam: 'diagnosis.offerTeam',
  resume: 'diagnosis.resume',
} as const;

const pendingIs = (input: HandlerInput, ...ids: string[]) => ids.includes(Turn.of(input).state.pending?.id ?? '');

/** A diagnosis is under way and the last question was the diagnosis's own (not another area's). */
const inDiagnosis = (input: HandlerInput) => {
  const { state } = Turn.of(input);
  return (state.pending?.id ?? '').startsWith('diagnosis.') && active(state.diagnosis) !== undefined;
};

// ---------------------------------------------------------------------------------------------------------
// Speaking about the device

function deviceWords(turn: Turn, device: DiagnosisDevice | RegisteredDevice): Ssml {
  const t = turn.speech;
  const kind = 'kind' in device ? device.kind : kindOf(device);
  if (!device.name) return new Ssml(t('diagnosis.yourKind', { kind: t(`support.kinds.${kind}`) }));
  // "Alex's Kindle" already says whose it is.
  return /'s\b/.test(device.name) ? text(device.name) : new Ssml(t('diagnosis.yourDevice', { name: device.name }));
}

const teamWords = (turn: Turn, device: DiagnosisDevice) => turn.speech(`support.teams.${device.family}`);

// ---------------------------------------------------------------------------------------------------------
// Progress: kept in the session and saved, so a customer who leaves can carry on next time

async function saveProgress(turn: Turn): Promise<void> {
  const diagnosis = turn.state.diagnosis;
  if (!diagnosis?.position) return;
  try {
    await withTimeout(
      turn.deps.progress.save(turn.userId, { area: DIAGNOSIS_AREA, data: diagnosis, savedAt: turn.deps.clock.now().toISOString() }),
      turn.deps.backendTimeoutMs,
      'progress save',
    );
  } catch (error) {
    turn.deps.log.warn('diagnosis progress not saved', { error: (error as Error).name });
  }
}

async function clearProgress(turn: Turn): Promise<void> {
  try {
    await withTimeout(turn.deps.progress.clear(turn.userId), turn.deps.backendTimeoutMs, 'progress clear');
  } catch (error) {
    turn.deps.log.warn('diagnosis progress not cleared', { error: (error as Error).name });
  }
}

/** The diagnosis saved in an earlier session, when there is one that still fits the knowledge base. */
function savedProgress(turn: Turn): Promise<DiagnosisState | undefined> {
  return turn.memo('diagnosis.saved', async () => {
    try {
      const saved = await withTimeout(turn.deps.progress.load(turn.userId), turn.deps.backendTimeoutMs, 'progress load');
      if (saved?.area !== DIAGNOSIS_AREA) return undefined;
      const parsed = DiagnosisStateSchema.safeParse(saved.data);
      if (!parsed.success) return undefined;
      return active(parsed.data) ? parsed.data : undefined;
    } catch (error) {
      turn.deps.log.warn('diagnosis progress unavailable', { error: (error as Error).name });
      return undefined;
    }
  });
}

/** The diagnosis and the step the customer is on, when a diagnosis is under way and still makes sense. */
function active(state: DiagnosisState | undefined): { diagnosis: Diagnosis; position: Position; device: DiagnosisDevice } | undefined {
  if (!state?.treeId || !state.position || !state.device) return undefined;
  const diagnosis = Diagnosis.of(state.treeId, state.device.conditions);
  if (!diagnosis || !diagnosis.has(state.position.stepId)) return undefined;
  return { diagnosis, position: state.position, device: state.device };
}

// ---------------------------------------------------------------------------------------------------------
// Finding the device and the symptom

function requestingDevice(turn: Turn): RequestingDevice {
  const { context } = turn.input.requestEnvelope;
  return {
    deviceId: turn.deviceId,
    viewportMode: context.Viewport?.mode,
    videoApp: context.System.device?.supportedInterfaces?.VideoApp !== undefined,
  };
}

async function linkedAccount(turn: Turn): Promise<Account | undefined> {
  const link = await turn.accountLink();
  return link.status === 'LINKED' ? link.account : undefined;
}

/** A registered device with what its status says; the status is a courtesy, so a slow backend only loses it. */
async function withStatus(turn: Turn, device: RegisteredDevice): Promise<DiagnosisDevice> {
  const base: DiagnosisDevice = { family: device.family, kind: kindOf(device), key: deviceKey(device), model: device.model, name: device.name, conditions: [] };
  const link = await turn.accountLink();
  if (link.status !== 'LINKED' || !base.key) return base;
  try {
    const status = await withTimeout(turn.deps.deviceStatus.getStatus(link.accessToken, base.key), turn.deps.backendTimeoutMs, 'device status');
    if (!status) return base;
    const facts = statusFacts(device.family, status, turn.deps.clock.now());
    return { ...base, status: facts.plain, conditions: facts.conditions, daysSinceSync: facts.daysSinceSync, batteryPercent: facts.batteryPercent };
  } catch (error) {
    turn.deps.log.warn('device status unavailable', { error: (error as Error).name });
    return base;
  }
}

const genericDevice = (kind: DeviceKind): DiagnosisDevice => ({ family: FAMILY_OF_KIND[kind], kind, conditions: [] });

/**
 * Starts (or refines) a diagnosis from what the customer just said: the device slot, the symptom slot, and
 * what earlier turns already established. `hint` is the kind triage settled on, used when nothing else names one.
 */
async function begin(turn: Turn, hint?: DeviceKind): Promise<Response> {
  const { state } = turn;
  const t = turn.speech;
  const deviceSlot = resolveSlot(turn.input, DIAGNOSIS_SLOTS.device);
  const symptomSlot = resolveSlot(turn.input, DIAGNOSIS_SLOTS.symptom);
  const slotKind = resolvedId(deviceSlot, DEVICE_KINDS);
  const symptom = resolvedId(symptomSlot, SYMPTOM_IDS);
  const choosing = state.pending?.id === PENDING.whichDevice;

  if (deviceSlot.kind !== 'EMPTY' && !slotKind && !(choosing && deviceSlot.kind === 'NO_MATCH')) {
    state.pending = { id: 'support.topic' };
    return turn.ask(t('support.unsupportedDevice', { device: deviceSlot.spoken }), t('support.askTopicReprompt')).getResponse();
  }

  const previous = state.diagnosis ?? { misses: 0 };
  // A new problem or a newly named device starts the steps again; what is still true is kept.
  const draft: DiagnosisState = {
    device: slotKind && !choosing ? undefined : previous.device,
    symptom: symptom ?? previous.symptom,
    candidates: previous.candidates,
    misses: symptom || slotKind ? 0 : previous.misses,
  };
  if (!symptom && !slotKind && active(previous)) return speakStep(turn, previous, t('diagnosis.resumeHere'));
  if (symptomSlot.kind === 'NO_MATCH' && !symptom) draft.symptom = undefined;
  state.diagnosis = draft;
  state.topic = 'DEVICE';

  if (!draft.device) {
    const account = await linkedAccount(turn);
    if (choosing && draft.candidates && account) {
      const offered = account.devices.filter((d) => draft.candidates!.includes(deviceKey(d) ?? ''));
      const chosen = chooseAmong(offered, slotKind, deviceSlot.kind === 'EMPTY' ? undefined : deviceSlot.spoken);
      if (chosen.length !== 1) return askWhichOne(turn, chosen.length > 1 ? chosen : offered);
      draft.device = await withStatus(turn, chosen[0]);
    } else {
      const resolution = resolveDevice({
        account,
        requesting: requestingDevice(turn),
        named: slotKind ?? hint,
        spoken: deviceSlot.kind === 'EMPTY' ? undefined : deviceSlot.spoken,
        symptomFamilies: draft.symptom ? familiesWith(draft.symptom) : undefined,
      });
      switch (resolution.kind) {
        case 'REGISTERED':
          draft.device = await withStatus(turn, resolution.device);
          break;
        case 'GENERIC':
          draft.device = genericDevice(resolution.deviceKind);
          break;
        case 'CHOOSE':
          return askWhichOne(turn, resolution.candidates);
        case 'CONFIRM_INFERRED':
          state.pending = { id: PENDING.confirmDevice, data: { kind: resolution.deviceKind } };
          return turn.ask(t(`diagnosis.confirmInferred.${resolution.deviceKind}`), t('diagnosis.confirmInferredReprompt')).getResponse();
        case 'ASK':
          state.pending = { id: PENDING.askDevice };
          return turn.ask(t('diagnosis.askDevice'), t('diagnosis.askDeviceReprompt')).getResponse();
      }
    }
  }
  delete draft.candidates;
  state.deviceKind = draft.device.kind;
  return startSteps(turn, symptomSlot.kind === 'NO_MATCH' && !symptom);
}

function askWhichOne(turn: Turn, candidates: RegisteredDevice[]): Response {
  const t = turn.speech;
  const diagnosis = turn.state.diagnosis!;
  diagnosis.candidates = candidates.map((d) => deviceKey(d)).filter((k): k is string => k !== undefined);
  turn.state.pending = { id: PENDING.whichDevice };
  const choices = spokenList(candidates.map((d) => deviceWords(turn, d)), t('core.or'));
  return turn.ask(t('diagnosis.whichOne', { choices }), t('diagnosis.whichOneReprompt', { choices })).getResponse();
}

/** With the device known: ask for the symptom, or find its tree and speak the first step. */
function startSteps(turn: Turn, symptomNotUnderstood: boolean): Promise<Response> | Response {
  const t = turn.speech;
  const diagnosis = turn.state.diagnosis!;
  const device = diagnosis.device!;
  const tree = diagnosis.symptom ? treeFor(device.family, diagnosis.symptom) : undefined;
  if (!tree) {
    if (!diagnosis.symptom && !symptomNotUnderstood) {
      turn.state.pending = { id: PENDING.askSymptom };
      return turn
        .ask(t(`diagnosis.askSymptom.${device.family}`, { device: deviceWords(turn, device) }), t(`diagnosis.askSymptomReprompt.${device.family}`))
        .getResponse();
    }
    diagnosis.misses += 1;
    diagnosis.symptom = undefined;
    if (diagnosis.misses >= 2) {
      turn.state.pending = { id: PENDING.offerTeam };
      const team = teamWords(turn, device);
      return turn.ask(t('diagnosis.offerTeamForSymptom', { team }), t('diagnosis.offerTeamReprompt', { team })).getResponse();
    }
    turn.state.pending = { id: PENDING.askSymptom };
    return turn.ask(t(`diagnosis.unknownSymptom.${device.family}`), t('diagnosis.unknownSymptomReprompt')).getResponse();
  }
  const steps = new Diagnosis(device.family, tree, device.conditions);
  diagnosis.treeId = tree.id;
  diagnosis.position = steps.start();
  diagnosis.misses = 0;
  turn.deps.log.info('diagnosis started', { tree: tree.id, withStatus: device.status !== undefined, statusSteps: steps.plan.length });
  return speakStep(turn, diagnosis, t('diagnosis.firstStep'));
}

// ---------------------------------------------------------------------------------------------------------
// Steps

/** Speaks the current step (with a lead-in), saves the place, and waits for the customer's answer. */
async function speakStep(turn: Turn, state: DiagnosisState, lead?: string): Promise<Response> {
  const t = turn.speech;
  const current = active(state)!;
  const step = current.diagnosis.step(current.position.stepId);
  const device = deviceWords(turn, current.device);
  const intro = step.status
    ? t(`diagnosis.statusIntro.${step.status}`, { device, days: current.device.daysSinceSync ?? 0, percent: current.device.batteryPercent ?? 0 })
    : undefined;
  const instruction = text(step.say).markup;
  const check = step.kind === 'ACTION' ? (step.ask ? text(step.ask).markup : t('diagnosis.didItWork')) : '';
  const reprompt = step.kind === 'QUESTION' ? instruction : step.ask ? check : t('diagnosis.didItWorkReprompt');
  state.misses = 0;
  turn.state.diagnosis = state;
  turn.state.pending = { id: PENDING.step };
  await saveProgress(turn);
  return turn.ask([lead, intro, instruction, check].filter(Boolean).join(' '), reprompt).getResponse();
}

const ANSWER_OF: Record<string, Answer> = {
  [D.itWorked]: 'FIXED',
  [D.didNotHelp]: 'NOT_FIXED',
  [D.alreadyTried]: 'ALREADY_TRIED',
  [B.yes]: 'YES',
  [B.no]: 'NO',
  [N.next]: 'SKIPPED',
};

/** "It worked", "that didn't help", "I already tried that" and "skip" on a step (also straight after a pause); yes and no to a step. */
const stepAnswer: RequestHandler = {
  canHandle: (input) =>
    inDiagnosis(input) &&
    (isIntent(input, B.yes, B.no) ? pendingIs(input, PENDING.step) : isIntent(input, ...Object.keys(ANSWER_OF)) && pendingIs(input, PENDING.step, PENDING.paused)),
  async handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const answer = ANSWER_OF[getIntentName(input.requestEnvelope)];
    const move = current.diagnosis.answer(current.position, answer);
    switch (move.kind) {
      case 'UNMATCHED':
        return notUnderstood(turn);
      case 'FIXED':
        return fixed(turn, current.diagnosis);
      case 'ESCALATE':
        return escalate(turn, move.history, 'DIAGNOSIS_UNRESOLVED');
      case 'NEXT': {
        // "No" to "did that fix it?" is "that didn't help".
        const asked = current.diagnosis.step(current.position.stepId).kind;
        const lead = asked === 'ACTION' && answer === 'NO' ? 'NOT_FIXED' : (answer as Exclude<Answer, 'FIXED'>);
        state.position = move.position;
        return speakStep(turn, state, turn.speech(`diagnosis.next.${lead}`));
      }
    }
  },
};

/** An answer that fits no step: the question again in other words, then the team. */
async function notUnderstood(turn: Turn): Promise<Response> {
  const t = turn.speech;
  const state = turn.state.diagnosis!;
  const current = active(state)!;
  state.misses += 1;
  if (state.misses >= 2) {
    turn.state.pending = { id: PENDING.offerTeam };
    const team = teamWords(turn, current.device);
    return turn.ask(t('diagnosis.offerTeam', { team }), t('diagnosis.offerTeamReprompt', { team })).getResponse();
  }
  const step = current.diagnosis.step(current.position.stepId);
  const rephrased = step.rephrase
    ? `${t('diagnosis.rephrasePrefix')} ${text(step.rephrase).markup}`
    : t('diagnosis.rephraseAction');
  turn.state.pending = { id: PENDING.step };
  return turn.ask(rephrased, rephrased).getResponse();
}

/** Words that fit no intent, during a step. */
const stepFallback: RequestHandler = {
  canHandle: (input) => isIntent(input, B.fallback) && pendingIs(input, PENDING.step) && inDiagnosis(input),
  handle: (input) => notUnderstood(Turn.of(input)),
};

/** "Go back": the step before, its answer forgotten. */
const goBack: RequestHandler = {
  canHandle: (input) => isIntent(input, N.previous) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const before = current.diagnosis.back(current.position);
    if (!before) return speakStep(turn, state, turn.speech('diagnosis.firstAlready'));
    state.position = before;
    return speakStep(turn, state, turn.speech('diagnosis.goingBack'));
  },
};

/** "Wait", "hold on": keep the place and the session, and wait for "continue". */
const wait: RequestHandler = {
  canHandle: (input) => isIntent(input, D.wait) && inDiagnosis(input),
  async handle(input) {
    const turn = Turn.of(input);
    turn.state.pending = { id: PENDING.paused };
    await saveProgress(turn);
    return turn.ask(turn.speech('diagnosis.wait'), turn.speech('diagnosis.waitReprompt')).getResponse();
  },
};

/** "Continue" after a pause (or "yes, I'm ready"); during a step, "I'm done" asks how it went. */
const carryOn: RequestHandler = {
  canHandle: (input) => inDiagnosis(input) && (isIntent(input, D.resume) || (isIntent(input, B.yes) && pendingIs(input, PENDING.paused))),
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state)!;
    const step = current.diagnosis.step(current.position.stepId);
    if (pendingIs(input, PENDING.step) && step.kind === 'ACTION') {
      const check = step.ask ? text(step.ask).markup : turn.speech('diagnosis.didItWork');
      return turn.ask(check, step.ask ? check : turn.speech('diagnosis.didItWorkReprompt')).getResponse();
    }
    return speakStep(turn, state, turn.speech('diagnosis.resumeHere'));
  },
};

/** "No" to "ready to carry on?": the place is saved for next time. */
const notReady: RequestHandler = {
  canHandle: (input) => isIntent(input, B.no) && pendingIs(input, PENDING.paused) && inDiagnosis(input),
  async handle(input) {
    const turn = Turn.of(input);
    await saveProgress(turn);
    return turn.tell(turn.speech('diagnosis.pausedGoodbye')).getResponse();
  },
};

/** Help during the steps: what the customer can say, then the step again. */
const helpDuringSteps: RequestHandler = {
  canHandle: (input) => isIntent(input, B.help) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const current = active(turn.state.diagnosis)!;
    return speakStep(turn, turn.state.diagnosis!, turn.speech('diagnosis.help', { about: current.diagnosis.tree.about }));
  },
};

// ---------------------------------------------------------------------------------------------------------
// Yes and no to the diagnosis's own questions

/** "Is it the Fire TV you're talking to?" */
const confirmDevice: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.confirmDevice),
  handle(input) {
    const turn = Turn.of(input);
    const t = turn.speech;
    const kind = DEVICE_KINDS.find((k) => k === turn.state.pending?.data?.kind);
    const state = (turn.state.diagnosis ??= { misses: 0 });
    if (isIntent(input, B.no) || !kind) {
      turn.state.pending = { id: PENDING.askDevice };
      return turn.ask(t('diagnosis.askDevice'), t('diagnosis.askDeviceReprompt')).getResponse();
    }
    state.device = genericDevice(kind);
    turn.state.deviceKind = kind;
    return startSteps(turn, false);
  },
};

/** "Shall we pass it to the team?" after answers that fit nothing. */
const offerTeamAnswer: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.offerTeam) && Turn.of(input).state.diagnosis?.device !== undefined,
  handle(input) {
    const turn = Turn.of(input);
    const state = turn.state.diagnosis!;
    const current = active(state);
    if (isIntent(input, B.yes)) {
      if (current) return escalate(turn, current.position.history, 'DIAGNOSIS_UNRESOLVED');
      return handOff(turn, unresolvedHandoff(state.device!));
    }
    if (current) return speakStep(turn, state, turn.speech('diagnosis.carryOn'));
    state.misses = 0;
    return startSteps(turn, false);
  },
};

/** "Last time we were fixing...; shall we carry on?" */
const resumeAnswer: RequestHandler = {
  canHandle: (input) => isIntent(input, B.yes, B.no) && pendingIs(input, PENDING.resume),
  async handle(input) {
    const turn = Turn.of(input);
    if (isIntent(input, B.yes) && active(turn.state.diagnosis)) return speakStep(turn, turn.state.diagnosis!, turn.speech('diagnosis.welcomeBack'));
    delete turn.state.diagnosis;
    await clearProgress(turn);
    return welcome(turn);
  },
};

/** A new session with a diagnosis left part-way: offer to carry on. */
const launchWithProgress: RequestHandler = {
  canHandle: async (input) => isRequest(input, 'LaunchRequest') && (await savedProgress(Turn.of(input))) !== undefined,
  async handle(input) {
    const turn = Turn.of(input);
    const t = turn.speech;
    const saved = (await savedProgress(turn))!;
    const current = active(saved)!;
    turn.state.diagnosis = saved;
    turn.state.topic = 'DEVICE';
    turn.state.deviceKind = current.device.kind;
    turn.state.pending = { id: PENDING.resume };
    return turn
      .ask(t('diagnosis.resumeOffer', { about: current.diagnosis.tree.about, device: deviceWords(turn, current.device) }), t('diagnosis.resumeOfferReprompt'))
      .getResponse();
  },
};

// ---------------------------------------------------------------------------------------------------------
// Endings

async function fixed(turn: Turn, diagnosis: Diagnosis): Promise<Response> {
  turn.deps.log.info('diagnosis fixed', { tree: diagnosis.tree.id });
  delete turn.state.diagnosis;
  await clearProgress(turn);
  return turn.tell(turn.speech('diagnosis.fixed', { comeBack: diagnosis.tree.ifItComesBack })).getResponse();
}

/** Hands the customer to the device team with the summary; the speech acknowledges what happened first. */
async function escalate(turn: Turn, history: Position['history'], reason: 'DIAGNOSIS_UNRESOLVED' | 'CUSTOMER_ASKED'): Promise<Response> {
  const state = turn.state.diagnosis!;
  const current = active(state)!;
  const handoff = diagnosisHandoff({ diagnosis: current.diagnosis, device: current.device, symptom: state.symptom ?? current.diagnosis.tree.covers[0], history, reason });
  turn.deps.log.info('diagnosis handed off', { tree: current.diagnosis.tree.id, reason, steps: history.length });
  delete turn.state.diagnosis;
  await clearProgress(turn);
  const response = await handOff(turn, handoff);
  if (reason === 'CUSTOMER_ASKED') return response;
  return withLead(turn, response, turn.speech('diagnosis.escalating', { team: teamWords(turn, current.device) }));
}

/** Puts a sentence before what another area said, keeping "repeat that" word for word. */
function withLead(turn: Turn, response: Response, lead: string): Response {
  const speech = response.outputSpeech;
  if (speech?.type !== 'SSML') return response;
  speech.ssml = speech.ssml.replace(/^<speak>/, `<speak>${lead} `);
  if (turn.state.last) turn.state.last.speech = `${lead} ${turn.state.last.speech}`;
  return response;
}

/** "Agent" mid-diagnosis: the team gets the steps so far. */
const agentDuringSteps: RequestHandler = {
  canHandle: (input) => isIntent(input, SUPPORT_INTENTS.talkToAgent) && inDiagnosis(input),
  handle(input) {
    const turn = Turn.of(input);
    const current = active(turn.state.diagnosis)!;
    return escalate(turn, current.position.history, 'CUSTOMER_ASKED');
  },
};

/** Stop or cancel mid-way: the place is saved for next time. */
const stopMidway: RequestHandler = {
  canHandle: (input) => isIntent(input, B.stop, B.cancel) && inDiagnosis(input),
  async handle(input) {
    const turn = Turn.of(input);
    await saveProgress(turn);
    return turn.tell(turn.speech('diagnosis.savedGoodbye')).getResponse();
  },
};

/** The session ended mid-way (silence, "exit"): save the place; nothing may be spoken. */
const endedMidway: RequestHandler = {
  canHandle: (input) => isRequest(input, 'SessionEndedRequest') && active(Turn.of(input).state.diagnosis) !== undefined,
  async handle(input) {
    const turn = Turn.of(input);
    const request = getRequest<SessionEndedRequest>(input.requestEnvelope);
    turn.deps.log.info('session ended', { reason: request.reason, errorType: request.error?.type, diagnosisSaved: true });
    await saveProgress(turn);
    return input.responseBuilder.getResponse();
  },
};

/** "My Fire TV has no picture", "the remote doesn't work", and the answers to "which device?" and "what's happening?". */
const describeProblem: RequestHandler = {
  canHandle: (input) => isIntent(input, D.describeProblem),
  handle: (input) => begin(Turn.of(input)),
};

/** Triage's hand-over: the support entry found it is about a device. */
export function diagnoseDevice(turn: Turn, kind: DeviceKind): Promise<Response> {
  return begin(turn, kind);
}

/** Every diagnosis handler; register before the support entry's and the built-ins. */
export const diagnosisHandlers: RequestHandler[] = [
  launchWithProgress,
  resumeAnswer,
  describeProblem,
  confirmDevice,
  offerTeamAnswer,
  notReady,
  carryOn,
  stepAnswer,
  stepFallback,
  goBack,
  wait,
  helpDuringSteps,
  agentDuringSteps,
  stopMidway,
  endedMidway,
];
