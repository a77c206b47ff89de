import { StartChatContactCommand } from '@aws-sdk/client-connect';
import { ConnectClient } from '@aws-sdk/client-connect';
import { clientToken } from '../../lambda/adapters/connect/calls';
import { answerChatRequest } from '../../lambda/chat/chat-routes';
import { CREATED, chat } from '../adapters/contacts.fixtures';
import { INSTANCE_ID, SETTINGS, awsError, connectedStore } from './connect.support';

const STARTED = { ContactId: 'chat-contact-1', ParticipantId: 'participant-1', ParticipantToken: 'participant-token-1' };

/** A chat requested through the skill, and the chat page's routes over the same store and records. */
async function requestedChat() {
  const connected = connectedStore(CREATED);
  const created = await connected.engine.createChat(chat({ id: 'chat-1' }), { requestId: 'req-chat' });
  const token = created.link.split('#')[1];
  const deps = { contacts: connected.store, records: connected.records, connect: new ConnectClient({ region: 'eu-west-2' }), settings: SETTINGS, clock: connected.clock, log: connected.log, region: 'eu-west-2' };
  const open = (body: unknown = { token }) => answerChatRequest({ method: 'POST', path: '/chat/start', body: JSON.stringify(body) }, deps);
  return { ...connected, token, deps, open };
}

describe('the customer chat page', () => {
  it('serves the page with a policy that lets it run only its own script and talk only to Connect', async () => {
    const { deps } = await requestedChat();
    const page = await answerChatRequest({ method: 'GET', path: '/chat/' }, deps);
    expect(page?.status).toBe(200);
    expect(page?.body).toContain('<script src="chat-page.js" defer></script>');
    expect(page?.body).toContain('role="log"');
    expect(page?.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(page?.headers['Referrer-Policy']).toBe('no-referrer');
    const script = await answerChatRequest({ method: 'GET', path: '/chat/chat-page.js' }, deps);
    expect(script).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
    expect(await answerChatRequest({ method: 'GET', path: '/queue/teams/ECHO/contacts' }, deps)).toBeUndefined();
  });

  it('starts the Connect chat when the link is opened, with the handoff and the problem as the first message', async () => {
    const { connectMock, open, token } = await requestedChat();
    connectMock.on(StartChatContactCommand).resolves(STARTED);
    const answer = await open();
    expect(answer?.status).toBe(200);
    expect(JSON.parse(answer?.body ?? '')).toEqual({ outcome: 'STARTED', chat: STARTED, region: 'eu-west-2' });
    expect(connectMock.commandCalls(StartChatContactCommand).map((c) => c.args[0].input)).toEqual([
      {
        InstanceId: INSTANCE_ID,
        ContactFlowId: SETTINGS.teams.FIRE_TV.chatFlowId,
        Attributes: {
          deskContactId: 'chat-1',
          team: 'FIRE_TV',
          reason: 'CUSTOMER_ASKED',
          deviceFamily: 'FIRE_TV',
          deviceModel: 'Fire TV Stick 4K Max',
          deviceName: 'Living Room Fire TV',
          summary: 'Living Room Fire TV, a Fire TV Stick 4K Max: no problem named yet. The customer asked for a person. Device status: not available. No steps tried yet.',
        },
        ParticipantDetails: { DisplayName: 'Customer' },
        InitialMessage: { ContentType: 'text/plain', Content: 'Living Room Fire TV' },
        SupportedMessagingContentTypes: ['text/plain'],
        ClientToken: clientToken('chat', token),
      },
    ]);
  });

  it('opens once: the link used, expired or unknown starts nothing', async () => {
    const { connectMock, open, clock, engine } = await requestedChat();
    connectMock.on(StartChatContactCommand).resolves(STARTED);
    await open();
    expect((await open())?.status).toBe(410);
    expect(JSON.parse((await open({ token: 'x'.repeat(32) }))?.body ?? '')).toEqual({ outcome: 'UNKNOWN' });
    expect((await open({ token: '../../etc' }))?.status).toBe(400);

    const later = await engine.createChat(chat({ id: 'chat-2' }), { requestId: 'req-later' });
    clock.set(new Date(Date.parse(CREATED) + 2 * 60 * 60_000));
    expect(JSON.parse((await open({ token: later.link.split('#')[1] }))?.body ?? '')).toEqual({ outcome: 'EXPIRED' });
    expect(connectMock.commandCalls(StartChatContactCommand)).toHaveLength(1);
  });

  it('keeps the link usable when Connect does not start the chat, and the retry carries the same client token', async () => {
    const { connectMock, open, token } = await requestedChat();
    connectMock.on(StartChatContactCommand).rejects(awsError('AccessDeniedException', 403));
    expect((await open())?.status).toBe(503);
    connectMock.on(StartChatContactCommand).resolves(STARTED);
    expect((await open())?.status).toBe(200);
    expect(connectMock.commandCalls(StartChatContactCommand).map((c) => c.args[0].input.ClientToken)).toEqual([clientToken('chat', token), clientToken('chat', token)]);
  });

  it('says the chat is closed when the team closed the request before the customer came', async () => {
    const { connectMock, open, store } = await requestedChat();
    await store.claim('FIRE_TV', 'chat-1', 'agent-1');
    await store.recordOutcome('FIRE_TV', 'chat-1', { kind: 'RESOLVED' }, { maxAttempts: 3, retryAfterMinutes: 30 }, CREATED);
    expect(JSON.parse((await open())?.body ?? '')).toEqual({ outcome: 'CLOSED' });
    expect(connectMock.calls()).toHaveLength(0);
  });
});
