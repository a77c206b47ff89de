import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { alexaEndpoint } from '../../lambda/http/alexa-endpoint';
import { testSkill } from '../support/harness';
import { envelope, launchRequest } from '../support/requests';

async function listen(verifyRequests: boolean): Promise<{ server: Server; url: string }> {
  const app = alexaEndpoint(testSkill().skill, { verifyRequests });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the HTTP endpoint', () => {
  let open: { server: Server; url: string }[] = [];
  afterEach(async () => {
    await Promise.all(open.map(({ server }) => new Promise((r) => server.close(r))));
    open = [];
  });
  const start = async (verify: boolean) => {
    const s = await listen(verify);
    open.push(s);
    return s.url;
  };

  it('answers health checks', async () => {
    const res = await fetch(`${await start(true)}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('refuses an unsigned request with 400 when verification is on', async () => {
    const res = await fetch(await start(true), { method: 'POST', body: JSON.stringify(envelope(launchRequest())) });
    expect(res.status).toBe(400);
  });

  it('answers a launch when verification is switched off for local use', async () => {
    const res = await fetch(await start(false), { method: 'POST', body: JSON.stringify(envelope(launchRequest())) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(body.response.outputSpeech.ssml).toContain('Device Help Desk');
  });
});
