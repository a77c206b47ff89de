/** Starting a diagnosis: which device, what its status says, which symptom, and the first step. */
import type { Response } from 'ask-sdk-model';
import { resolveSlot, resolvedId, type SlotResolution } from '../../conversation/matchers';
import type { Turn } from '../../conversation/turn';
import { carryOver, type Said } from '../../domain/diagnosis/carry-over';
import { chooseAmong, deviceKey, deviceNameEntities, diagnosisDevice, resolveDevice, type RequestingDevice } from '../../domain/diagnosis/device';
import { Diagnosis } from '../../domain/diagnosis/engine';
import { familiesWith, treeFor } from '../../domain/diagnosis/knowledge';
import type { DiagnosisDevice } from '../../domain/diagnosis/progress';
import { statusFacts } from '../../domain/diagnosis/status';
import { FAMILY_OF_KIND, type Account, type DeviceFamily, type RegisteredDevice } from '../../domain/model';
import { deviceWords } from '../../speech/device';
import { spokenList } from '../../speech/ssml';
import { withTimeout } from '../../util/timeout';
import { DIAGNOSIS_SLOTS, SYMPTOM_IDS } from '../../vocabulary/diagnosis';
import { DEVICE_KINDS, SLOT_TYPES, type DeviceKind } from '../../vocabulary/support';
import { missed } from '../missed-question';
import { unsupportedDevice } from '../support';
import { active } from './progress';
import { escalate, speakStep, teamWords } from './speech';

/** What the request says about the device the customer is talking to. */
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
  const link = await turn.accountLink();
  const base = diagnosisDevice(device, link.status === 'LINKED' ? link.account : undefined);
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

export const genericDevice = (kind: DeviceKind): DiagnosisDevice => ({ family: FAMILY_OF_KIND[kind], kind, conditions: [] });

/** What the customer just said about the device and the problem, in the carry-over rules' terms. */
function said(deviceSlot: SlotResolution, symptomSlot: SlotResolution): Said {
  const kind = resolvedId(deviceSlot, DEVICE_KINDS);
  const symptom = resolvedId(symptomSlot, SYMPTOM_IDS);
  return {
    device: kind ? { kind: 'KIND', deviceKind: kind } : deviceSlot.kind === 'EMPTY' ? { kind: 'NONE' } : { kind: 'OTHER', spoken: deviceSlot.spoken },
    symptom: symptom && symptomSlot.kind === 'MATCH' ? { kind: 'KNOWN', symptom, spoken: symptomSlot.spoken } : symptomSlot.kind === 'NO_MATCH' ? { kind: 'NOT_UNDERSTOOD' } : { kind: 'NONE' },
  };
}

/**
 * Starts (or refines) a diagnosis from what the customer just said: the device slot, the symptom slot, and
 * what earlier turns already established. `hint` is the kind triage settled on, used when nothing else names one.
 */
export async function begin(turn: Turn, hint?: DeviceKind): Promise<Response> {
  const { state } = turn;
  const t = turn.speech;
  const deviceSlot = resolveSlot(turn.input, DIAGNOSIS_SLOTS.device);
  const symptomSlot = resolveSlot(turn.input, DIAGNOSIS_SLOTS.symptom);
  const choosing = state.pending?.id === 'diagnosis.whichDevice' ? { families: await offeredFamilies(turn, state.diagnosis?.candidates ?? []) } : undefined;
  const known = { previous: state.diagnosis, underWay: active(state.diagnosis) !== undefined, choosing, triageKind: hint };
  const carried = carryOver(known, said(deviceSlot, symptomSlot));

  if (carried.next === 'UNSUPPORTED_DEVICE') return unsupportedDevice(turn, carried.spoken);
  if (carried.next === 'RESUME_STEP') return speakStep(turn, state.diagnosis!, t('diagnosis.resumeHere'));
  const draft = carried.diagnosis;
  state.diagnosis = draft;
  state.topic = 'DEVICE';
  if (carried.familyKind) state.deviceKind = carried.familyKind;

  if (carried.next === 'FIND_DEVICE') {
    const account = await linkedAccount(turn);
    const among = carried.chooseAmong;
    if (among && account) {
      const offered = account.devices.filter((d) => among.keys.includes(deviceKey(d) ?? ''));
      // The customer's own device names resolve to the device's key (dynamic entities), other words are matched here.
      const named = deviceSlot.kind === 'MATCH' ? offered.filter((d) => deviceSlot.ids.includes(deviceKey(d) ?? '')) : [];
      const chosen = named.length === 1 ? named : chooseAmong(offered, among.kind, deviceSlot.kind === 'EMPTY' ? undefined : deviceSlot.spoken);
      if (chosen.length === 0) return missed(turn, () => askWhichOne(turn, offered, account));
      if (chosen.length > 1) return askWhichOne(turn, chosen, account);
      draft.device = await withStatus(turn, chosen[0]);
      turn.input.responseBuilder.addDirective({ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'CLEAR' });
    } else {
      const resolution = resolveDevice({
        account,
        requesting: requestingDevice(turn),
        named: carried.named,
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
          return askWhichOne(turn, resolution.candidates, account);
        case 'CONFIRM_INFERRED':
          state.pending = { id: 'diagnosis.confirmDevice', data: { kind: resolution.deviceKind } };
          return turn.ask(t(`diagnosis.confirmInferred.${resolution.deviceKind}`), t('diagnosis.confirmInferredReprompt')).getResponse();
        case 'ASK':
          state.pending = { id: 'diagnosis.askDevice' };
          return turn.ask(t('diagnosis.askDevice'), t('diagnosis.askDeviceReprompt')).getResponse();
      }
    }
  }
  delete draft.candidates;
  state.deviceKind = draft.device!.kind;
  return startSteps(turn, carried.symptomNotUnderstood);
}

/** The families of the devices "which one?" offered (none without a linked account). */
async function offeredFamilies(turn: Turn, keys: string[]): Promise<DeviceFamily[]> {
  const account = await linkedAccount(turn);
  return (account?.devices ?? []).filter((d) => keys.includes(deviceKey(d) ?? '')).map((d) => d.family);
}

function askWhichOne(turn: Turn, candidates: RegisteredDevice[], account: Account | undefined): Response {
  const t = turn.speech;
  const diagnosis = turn.state.diagnosis!;
  diagnosis.candidates = candidates.map((d) => deviceKey(d)).filter((k): k is string => k !== undefined);
  turn.state.pending = { id: 'diagnosis.whichDevice' };
  const choices = spokenList(candidates.map((d) => deviceWords(t, diagnosisDevice(d, account))), t('core.or'));
  const entities = deviceNameEntities(candidates).map(({ id, value, synonyms }) => ({ id, name: { value, synonyms } }));
  return turn
    .ask(t('diagnosis.whichOne', { choices }), t('diagnosis.whichOneReprompt', { choices }))
    .addDirective({ type: 'Dialog.UpdateDynamicEntities', updateBehavior: 'REPLACE', types: [{ name: SLOT_TYPES.device, values: entities }] })
    .getResponse();
}

/** With the device known: ask for the symptom, or find its tree and speak the first step. */
export function startSteps(turn: Turn, symptomNotUnderstood: boolean): Promise<Response> | Response {
  const t = turn.speech;
  const diagnosis = turn.state.diagnosis!;
  const device = diagnosis.device!;
  const tree = diagnosis.symptom ? treeFor(device.family, diagnosis.symptom) : undefined;
  if (!tree) {
    if (!diagnosis.symptom && !symptomNotUnderstood) {
      turn.state.pending = { id: 'diagnosis.askSymptom' };
      return turn
        .ask(t(`diagnosis.askSymptom.${device.family}`, { device: deviceWords(t, device) }), t(`diagnosis.askSymptomReprompt.${device.family}`))
        .getResponse();
    }
    diagnosis.misses += 1;
    diagnosis.symptom = undefined;
    if (diagnosis.misses >= 2) {
      turn.state.pending = { id: 'diagnosis.offerTeam' };
      const team = teamWords(turn, device);
      return turn.ask(t('diagnosis.offerTeamForSymptom', { team }), t('diagnosis.offerTeamReprompt', { team })).getResponse();
    }
    turn.state.pending = { id: 'diagnosis.askSymptom' };
    return turn.ask(t(`diagnosis.unknownSymptom.${device.family}`), t('diagnosis.unknownSymptomReprompt')).getResponse();
  }
  const steps = new Diagnosis(device.family, tree, device.conditions, diagnosis.symptom);
  diagnosis.treeId = tree.id;
  diagnosis.position = steps.start();
  diagnosis.misses = 0;
  turn.deps.log.info('diagnosis started', { tree: tree.id, withStatus: device.status !== undefined, statusSteps: steps.plan.length });
  if (turn.state.wish) return offerQuickFix(turn, steps);
  return speakStep(turn, diagnosis, t('diagnosis.firstStep'));
}

/**
 * The customer asked for a chat or a callback: one quick fix is offered when the first step is one, and
 * the team takes over at once otherwise (or when they would rather not).
 */
function offerQuickFix(turn: Turn, steps: Diagnosis): Promise<Response> | Response {
  const t = turn.speech;
  const diagnosis = turn.state.diagnosis!;
  if (steps.step(diagnosis.position!.stepId).kind !== 'ACTION') return escalate(turn, [], 'CUSTOMER_ASKED');
  turn.state.pending = { id: 'diagnosis.fixFirst' };
  const params = { team: teamWords(turn, diagnosis.device!) };
  return turn.ask(t(`diagnosis.fixFirst.${turn.state.wish!.channel}`, params), t('diagnosis.fixFirstReprompt', params)).getResponse();
}
