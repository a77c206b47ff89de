/** The diagnosis area: a device problem walked through one step at a time, then fixed or handed to its team. */
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../conversation/turn';
import type { DeviceKind } from '../../vocabulary/support';
import type { AreaHandlers } from '../area';
import { chooseDevice, confirmDevice, describeProblem, fixFirstAnswer, launchWithProgress, offerTeamAnswer, resumeAnswer } from './questions';
import { begin } from './start';
import { agentDuringSteps, carryOn, endedMidway, goBack, helpDuringSteps, notReady, stepAnswer, stepFallback, stopMidway, wait } from './steps';

/** Triage's hand-over: the support entry found it is about a device. */
export function diagnoseDevice(turn: Turn, kind: DeviceKind): Promise<Response> {
  return begin(turn, kind);
}

/** Every diagnosis handler; register before the support entry's and the built-ins. */
export const areaHandlers: AreaHandlers = () => [
  launchWithProgress,
  resumeAnswer,
  chooseDevice,
  describeProblem,
  confirmDevice,
  offerTeamAnswer,
  fixFirstAnswer,
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
