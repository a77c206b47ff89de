import { StartTaskContactCommand, StopContactCommand, UpdateContactScheduleCommand, type StartTaskContactResponse } from '@aws-sdk/client-connect';
import { CreateScheduleCommand, DeleteScheduleCommand } from '@aws-sdk/client-scheduler';
import type { Clock } from '../../ports/clock';
import type { CallbackRequest } from '../../domain/contacts/contact';
import type { Log } from '../../observability/log';
import { clientToken, sendSurely, type CallBudget, type CommandSender } from './calls';
import { handoffAttributes, taskDescription, taskName } from './handoff-attributes';
import type { CallbackLink, ConnectRecords } from './records';
import { connectTeam, type ConnectSettings } from './settings';

const DAY_MS = 86_400_000;
/** Connect schedules a task at most six days ahead; a margin keeps a booking near the edge inside it. */
export const CONNECT_SCHEDULE_MS = 6 * DAY_MS - 30 * 60_000;
/** A callback further out is handed to Connect by a schedule firing this long before its time. */
export const HAND_OVER_BEFORE_MS = 5 * DAY_MS;
/** The teams' console page of one contact: the task's reference link. */
export const consoleLink = (settings: ConnectSettings, callback: CallbackRequest): string =>
  `${settings.consoleUrl.replace(/\/$/, '')}/console/#/teams/${callback.team}/contacts/${callback.id}`;

/** What the hand-over function receives from a schedule. */
export interface HandOverEvent {
  callbackId: string;
  team: CallbackRequest['team'];
  /** The callback's time when the schedule was made: a callback moved since has a schedule of its own. */
  scheduledFor: string;
}

export interface ConnectCallbackDeps {
  connect: CommandSender;
  scheduler: CommandSender;
  records: ConnectRecords;
  settings: ConnectSettings;
  clock: Clock;
  log: Log;
}

/**
 * A callback's life in Connect: a task in the team's task flow, scheduled for the callback's time, or, when
 * that is further out than Connect schedules, an EventBridge Scheduler one-time schedule that starts the task
 * later. Every call carries a client token from what caused it, so a retry never makes a second one.
 */
export function connectCallbacks(deps: ConnectCallbackDeps) {
  const { connect, scheduler, records, settings, clock, log } = deps;
  const team = (callback: CallbackRequest) => connectTeam(settings, callback.team);
  const withinConnectWindow = (callback: CallbackRequest) => Date.parse(callback.scheduledFor) - clock.now().getTime() < CONNECT_SCHEDULE_MS;
  const scheduleName = (callback: CallbackRequest) => `callback-${callback.id}-${clientToken(callback.scheduledFor).slice(0, 8)}`;

  /** Connect has it (or the schedule does): remembered so a move or cancellation can find it. */
  const remember = async (link: CallbackLink) => {
    try {
      await records.saveCallbackLink(link);
    } catch (error) {
      // Connect confirmed it, so it stands; only a later move or cancellation will not find it.
      log.error('Connect link not saved', { callbackId: link.callbackId, error: (error as Error).name });
    }
    return link;
  };

  async function startTask(callback: CallbackRequest, token: string, budget: CallBudget): Promise<CallbackLink> {
    const at = new Date(callback.scheduledFor);
    const answer = await sendSurely<StartTaskContactResponse>(
      connect,
      () =>
        new StartTaskContactCommand({
          InstanceId: settings.instanceId,
          ContactFlowId: team(callback).taskFlowId,
          Name: taskName(callback),
          Description: taskDescription(callback),
          Attributes: handoffAttributes(callback),
          References: { 'Desk contact': { Type: 'URL', Value: consoleLink(settings, callback) } },
          // Connect refuses a time in the past: a callback already due starts now.
          ...(at > clock.now() ? { ScheduledTime: at } : {}),
          ClientToken: token,
        }),
      'start callback task',
      budget,
    );
    return remember({ callbackId: callback.id, scheduledFor: callback.scheduledFor, taskContactId: answer?.ContactId });
  }

  async function createSchedule(callback: CallbackRequest, token: string, budget: CallBudget): Promise<CallbackLink> {
    const name = scheduleName(callback);
    const event: HandOverEvent = { callbackId: callback.id, team: callback.team, scheduledFor: callback.scheduledFor };
    const fireAt = new Date(Date.parse(callback.scheduledFor) - HAND_OVER_BEFORE_MS).toISOString().slice(0, 19);
    await sendSurely(
      scheduler,
      () =>
        new CreateScheduleCommand({
          Name: name,
          GroupName: settings.handOver.groupName,
          ScheduleExpression: `at(${fireAt})`,
          ScheduleExpressionTimezone: 'UTC',
          FlexibleTimeWindow: { Mode: 'OFF' },
          Target: {
            Arn: settings.handOver.functionArn,
            RoleArn: settings.handOver.roleArn,
            Input: JSON.stringify(event),
            RetryPolicy: { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 },
          },
          ActionAfterCompletion: 'DELETE',
          ClientToken: token.slice(0, 64),
        }),
      'schedule callback hand-over',
      budget,
    );
    return remember({ callbackId: callback.id, scheduledFor: callback.scheduledFor, scheduleName: name });
  }

  /** Takes it out of Connect: the task stopped, or the schedule deleted (already gone counts as done). */
  async function withdraw(link: CallbackLink, budget: CallBudget): Promise<void> {
    if (link.taskContactId) {
      const ContactId = link.taskContactId;
      await sendSurely(connect, () => new StopContactCommand({ InstanceId: settings.instanceId, ContactId }), 'stop callback task', {
        ...budget,
        alreadyDone: ['ContactNotFoundException', 'ResourceNotFoundException'],
      });
    }
    if (link.scheduleName) {
      const Name = link.scheduleName;
      await sendSurely(scheduler, () => new DeleteScheduleCommand({ Name, GroupName: settings.handOver.groupName, ClientToken: clientToken('delete', Name).slice(0, 64) }), 'delete callback hand-over', {
        ...budget,
        alreadyDone: ['ResourceNotFoundException'],
      });
    }
  }

  /** A new callback to Connect: a scheduled task, or a schedule that hands it over when it comes within Connect's window. */
  function handOver(callback: CallbackRequest, token: string, budget: CallBudget): Promise<CallbackLink> {
    return withinConnectWindow(callback) ? startTask(callback, token, budget) : createSchedule(callback, token, budget);
  }

  return {
    startTask,
    withdraw,
    handOver,

    /**
     * The callback moved to `callback.scheduledFor`. A task within Connect's window is rescheduled in place;
     * otherwise the new task or schedule is made first and the old one withdrawn after, so a failure half-way
     * never leaves the callback with nothing in Connect.
     */
    async move(callback: CallbackRequest, link: CallbackLink | undefined, budget: CallBudget): Promise<void> {
      if (link?.taskContactId && withinConnectWindow(callback)) {
        const ContactId = link.taskContactId;
        await sendSurely(
          connect,
          () => new UpdateContactScheduleCommand({ InstanceId: settings.instanceId, ContactId, ScheduledTime: new Date(callback.scheduledFor) }),
          'reschedule callback task',
          budget,
        );
        await remember({ ...link, scheduledFor: callback.scheduledFor });
        return;
      }
      await handOver(callback, clientToken('move', callback.id, callback.scheduledFor), budget);
      if (!link) return;
      try {
        await withdraw(link, budget);
      } catch (error) {
        // A stale schedule finds the callback moved and does nothing; a stale task is the agent's to close.
        log.error('old Connect contact not withdrawn', { callbackId: callback.id, error: (error as Error).message });
      }
    },
  };
}
export type ConnectCallbacks = ReturnType<typeof connectCallbacks>;
