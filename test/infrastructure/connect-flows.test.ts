import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './template.support';

interface FlowAction {
  Identifier: string;
  Type: string;
  Parameters: Record<string, string>;
  Transitions: { NextAction?: string; Errors?: { NextAction: string; ErrorType: string }[] };
}

describe.each(['callback-task-flow.json', 'chat-flow.json'])('the Connect flow %s', (file) => {
  const flow = JSON.parse(readFileSync(join(ROOT, 'infrastructure', 'connect-flows', file), 'utf8')) as { Version: string; StartAction: string; Actions: FlowAction[] };
  const byId = new Map(flow.Actions.map((a) => [a.Identifier, a]));

  it('sets the team queue and transfers to it, ending the flow on every path', () => {
    expect(flow.Version).toBe('2019-10-30');
    const start = byId.get(flow.StartAction);
    expect(start).toMatchObject({ Type: 'UpdateContactTargetQueue', Parameters: { QueueId: 'TEAM_QUEUE_ARN' } });
    expect(byId.get(start?.Transitions.NextAction ?? '')?.Type).toBe('TransferContactToQueue');
    for (const action of flow.Actions) {
      const next = [action.Transitions.NextAction, ...(action.Transitions.Errors ?? []).map((e) => e.NextAction)].filter(Boolean) as string[];
      for (const id of next) expect(byId.has(id)).toBe(true);
      if (next.length === 0) expect(action.Type).toBe('DisconnectParticipant');
    }
  });
});
