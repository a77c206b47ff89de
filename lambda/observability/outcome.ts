import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../conversation/turn';
import type { DeviceFamily } from '../domain/model';
import type { Team } from '../domain/support/channel';
import type { Metrics } from './metrics';

/** What a turn achieved for the business, beyond asking or answering: noted by the area that achieved it. */
export type Outcome = { kind: 'HANDOFF'; team: Team } | { kind: 'FIXED'; family: DeviceFamily };

const OUTCOME_ATTRIBUTE = 'outcome';

/** Marks what this turn achieved; the turn's log line and the metrics report it. */
export function noteOutcome(turn: Turn, outcome: Outcome): void {
  const attributes = turn.input.attributesManager;
  attributes.setRequestAttributes({ ...attributes.getRequestAttributes(), [OUTCOME_ATTRIBUTE]: outcome });
}

/** The outcome noted this turn, if any. */
export function notedOutcome(input: HandlerInput): Outcome | undefined {
  return input.attributesManager.getRequestAttributes()[OUTCOME_ATTRIBUTE] as Outcome | undefined;
}

/** One word for the turn's log line: the noted outcome, else whether the reply asked, closed, or said nothing. */
export function outcomeLabel(outcome: Outcome | undefined, response: Response | undefined): string {
  if (outcome) return outcome.kind;
  if (!response?.outputSpeech) return 'SILENT';
  return response.shouldEndSession === false ? 'ASKED' : 'CLOSED';
}

/** Counts the noted outcome: a hand-off per team, a fix per device family. */
export function countOutcome(metrics: Metrics, outcome: Outcome | undefined): void {
  if (outcome?.kind === 'HANDOFF') metrics.count('Handoff', { team: outcome.team });
  if (outcome?.kind === 'FIXED') metrics.count('Fix', { family: outcome.family });
}
