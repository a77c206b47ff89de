import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HANDOFF_REASONS } from '../../lambda/domain/handoff';
import { DEVICE_FAMILIES, ORDER_STATUSES } from '../../lambda/domain/model';
import { TEAMS } from '../../lambda/domain/support/channel';
import { CONTACT_STATUSES } from '../../lambda/domain/contacts/contact';
import { queueApiApp } from '../../lambda/queue-api/express-app';
import { ROUTES } from '../../lambda/queue-api/queue-api';
import { callback, chat } from '../adapters/contacts.fixtures';
import { TOKENS, queueDeps, serveQueueApi } from './queue.support';

type Node = Record<string, any>; // the parsed YAML, walked freely
const DOC_ID = 'queue-api.openapi.json';
const doc: Node = parse(readFileSync(join(__dirname, '..', '..', 'docs', 'queue-api.openapi.yaml'), 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addSchema({ ...doc, $id: DOC_ID });

/** Follows a local `$ref` to what it names. */
function deref(node: Node): Node {
  if (typeof node?.$ref !== 'string') return node;
  return deref(node.$ref.slice(2).split('/').reduce((at: Node, key: string) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc));
}
/** Validates against a schema of the document; the errors, or [] when valid. */
function errors(schema: Node, value: unknown): unknown[] {
  const validate = ajv.compile({ $ref: `${DOC_ID}${schema.$ref}` });
  return validate(value) ? [] : (validate.errors ?? []);
}
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const documented = () =>
  Object.entries(doc.paths as Node).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );

describe('the OpenAPI document of the queue API (docs/queue-api.openapi.yaml)', () => {
  it('documents exactly the routes the express app serves, under the same operation names', () => {
    const app = queueApiApp(queueDeps()) as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const served = app.router.stack
      .filter((layer) => layer.route)
      .flatMap(({ route }) => Object.keys(route!.methods).map((method) => `${method.toUpperCase()} ${toOpenApiPath(route!.path)}`));
    expect(served.sort()).toEqual(documented().sort());
    for (const route of ROUTES) expect(doc.paths[toOpenApiPath(route.path)][route.method.toLowerCase()].operationId).toBe(route.operation);
  });

  it('requires the bearer token on every operation', () => {
    expect(doc.components.securitySchemes.teamToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ teamToken: [] }]);
    for (const line of documented()) {
      const [method, path] = line.split(' ');
      expect(Object.keys(doc.paths[path][method.toLowerCase()].responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
    }
  });

  it('names the same teams, statuses, reasons, device families and order statuses as the code', () => {
    const schemas = doc.components.schemas;
    expect(schemas.Team.enum).toEqual([...TEAMS]);
    expect(schemas.ContactStatus.enum).toEqual([...CONTACT_STATUSES]);
    expect(schemas.Handoff.properties.reason.enum).toEqual([...HANDOFF_REASONS]);
    expect(schemas.Handoff.properties.device.properties.family.enum).toEqual([...DEVICE_FAMILIES]);
    expect(schemas.Handoff.properties.order.properties.status.enum).toEqual([...ORDER_STATUSES]);
  });

  it('has examples that fit their schemas, and schemas that refuse what the API refuses', () => {
    let checked = 0;
    for (const item of Object.values(doc.paths as Node)) {
      for (const operation of Object.values(item as Node).filter((o: Node) => o.responses)) {
        const bodies = [operation.requestBody, ...Object.values(operation.responses as Node)].map(deref).filter(Boolean);
        for (const body of bodies) {
          for (const media of Object.values((body.content ?? {}) as Node)) {
            const examples = [media.example, ...Object.values((media.examples ?? {}) as Node).map((e) => deref(e).value)].filter((e) => e !== undefined);
            for (const example of examples) {
              expect(errors(media.schema, example)).toEqual([]);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
    const outcome = { $ref: '#/components/schemas/OutcomeRequest' };
    expect(errors(outcome, { agent: 'a', outcome: 'RESCHEDULED' })).not.toEqual([]);
    expect(errors(outcome, { agent: 'a', outcome: 'RESOLVED', scheduledFor: '2026-11-24T18:00:00Z' })).not.toEqual([]);
    expect(errors({ $ref: '#/components/schemas/Contact' }, { ...callback(), phone: { countryCode: '1', number: '206-555' } })).not.toEqual([]);
  });

  it('describes what the running API answers, status and body', async () => {
    const deps = queueDeps();
    const api = await serveQueueApi(deps);
    try {
      const booked = callback();
      await deps.contacts.bookCallback(booked, { requestId: 'req-1', slotCapacity: 1 });
      await deps.contacts.createChat(chat({ team: 'ECHO', createdAt: '2026-11-23T18:01:00.000Z' }), { requestId: 'req-2' });
      const base = '/queue/teams/ECHO/contacts';
      const exchanges: [string, string, string, { token?: string; body?: unknown }][] = [
        ['GET', base, '/queue/teams/{team}/contacts', { token: TOKENS.ECHO }],
        ['GET', base, '/queue/teams/{team}/contacts', {}],
        ['GET', base, '/queue/teams/{team}/contacts', { token: TOKENS.KINDLE }],
        ['GET', `${base}/${booked.id}`, '/queue/teams/{team}/contacts/{id}', { token: TOKENS.ECHO }],
        ['GET', `${base}/cb-none`, '/queue/teams/{team}/contacts/{id}', { token: TOKENS.ECHO }],
        ['POST', `${base}/${booked.id}/claim`, '/queue/teams/{team}/contacts/{id}/claim', { token: TOKENS.ECHO, body: { agent: 'agent-ana' } }],
        ['POST', `${base}/${booked.id}/claim`, '/queue/teams/{team}/contacts/{id}/claim', { token: TOKENS.ECHO, body: { agent: 'agent-ben' } }],
        ['POST', `${base}/${booked.id}/claim`, '/queue/teams/{team}/contacts/{id}/claim', { token: TOKENS.ECHO, body: {} }],
        ['POST', `${base}/${booked.id}/outcome`, '/queue/teams/{team}/contacts/{id}/outcome', { token: TOKENS.ECHO, body: { agent: 'agent-ana', outcome: 'NO_ANSWER', note: 'rang out' } }],
        ['GET', base, '/queue/teams/{team}/contacts', { token: TOKENS.ECHO }],
      ];
      for (const [method, url, path, options] of exchanges) {
        const res = await api.call(method, url, options);
        const response = deref(doc.paths[path][method.toLowerCase()].responses[String(res.status)]);
        expect([method, url, res.status, response !== undefined]).toEqual([method, url, res.status, true]);
        const [mediaType, media] = Object.entries(response.content as Node)[0];
        expect(res.headers.get('content-type')).toContain(mediaType);
        expect(errors(media.schema, res.body)).toEqual([]);
      }
    } finally {
      await api.close();
    }
  });
});
