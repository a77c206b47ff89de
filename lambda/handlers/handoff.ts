import type { Response } from 'ask-sdk-model';
import type { SessionState } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import type { Handoff } from '../domain/handoff';
import { teamFor } from '../domain/support/channel';
import type { DiagnosisState } from '../domain/diagnosis/progress';
import { symptomNamesEnUS } from '../domain/diagnosis/knowledge/symptom-names.en-US';
import { FAMILY_OF_KIND, type DeviceKind } from '../domain/model';
import { noteOutcome } from '../observability/outcome';

/**
 * Where every area hands a customer to a person: the team, and everything learned so far, are kept
 * in the session so the chat or callback that follows carries them and the customer repeats nothing.
 * The customer then hears the recommended channel, with the team's wait and next free callback time, after
 * `lead` when the area has something to say first ("I'm sorry we couldn't fix it together."). A device named only
 * by its kind is named to the team when the account has just one of that family.
 */
export async function handOff(turn: Turn, handoff: Handoff, lead?: string): Promise<Response> {
  noteOutcome(turn, { kind: 'HANDOFF', team: handoff.team });
  // Routing (team hours, free slots, the contact store) loads on the first hand-over, not with every area that may hand over.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { offerChannels } = require('./routing/offer') as typeof import('./routing/offer');
  return offerChannels(turn, await withTheOnlyDevice(turn, handoff), lead);
}

/**
 * The handoff the session already supports: the one an area made, or one from what the customer named: the
 * order last spoken about, or the device with its status, the problem and the steps tried so far.
 */
export function knownHandoff(state: SessionState): Handoff | undefined {
  if (state.handoff) return state.handoff;
  if (state.topic === 'ORDER') {
    const order = state.orders?.focus;
    return { team: 'ORDERS', reason: 'CUSTOMER_ASKED', ...(order ? { order } : {}), stepsTried: [] };
  }
  if (state.deviceKind) return deviceHandoff(state.deviceKind, state.diagnosis);
  return undefined;
}

/**
 * The diagnosis under way is done with here: a chat or a callback now carries its steps to the team, or the
 * customer started over. The place saved for "shall we carry on?" goes (an unanswered clear only leaves that
 * offer standing).
 */
export async function dropDiagnosis(turn: Turn): Promise<void> {
  if (!turn.state.diagnosis?.position) return;
  delete turn.state.diagnosis;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { clearProgress } = require('./diagnosis/progress') as typeof import('./diagnosis/progress');
  await clearProgress(turn);
}

/**
 * A device named only by its kind ("my Kindle") when the customer's account has exactly one of that family:
 * the handoff names it (its name and model), so the team knows which one without asking.
 */
async function withTheOnlyDevice(turn: Turn, handoff: Handoff): Promise<Handoff> {
  if (!handoff.device || handoff.device.name) return handoff;
  const link = await turn.accountLink();
  if (link.status !== 'LINKED') return handoff;
  const { family } = handoff.device;
  const same = link.account.devices.filter((d) => d.family === family);
  if (same.length !== 1) return handoff;
  return { ...handoff, device: { ...handoff.device, name: same[0].name, model: same[0].model } };
}

function deviceHandoff(kind: DeviceKind, diagnosis: DiagnosisState | undefined): Handoff {
  if (diagnosis?.position) {
    // The engine (and the knowledge base) load only when there are steps to hand over.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { active } = require('./diagnosis/progress') as typeof import('./diagnosis/progress');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { diagnosisHandoff } = require('../domain/diagnosis/summary') as typeof import('../domain/diagnosis/summary');
    const current = active(diagnosis);
    if (current) {
      const symptom = diagnosis.symptom ?? current.diagnosis.tree.covers[0];
      return diagnosisHandoff({ diagnosis: current.diagnosis, device: current.device, symptom, said: diagnosis.symptomSaid, history: current.position.history, reason: 'CUSTOMER_ASKED' });
    }
  }
  const { family, model, name, status } = diagnosis?.device ?? { family: FAMILY_OF_KIND[kind] };
  const symptom = diagnosis?.symptom;
  const said = diagnosis?.symptomSaid;
  return {
    team: teamFor(family),
    reason: 'CUSTOMER_ASKED',
    device: { family, ...(model ? { model } : {}), ...(name ? { name } : {}), ...(status ? { status } : {}) },
    ...(symptom ? { problem: { symptomId: symptom, description: symptomNamesEnUS[symptom], ...(said ? { said } : {}) } } : {}),
    stepsTried: [],
  };
}
