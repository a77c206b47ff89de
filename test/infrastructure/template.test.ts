import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, env, fn, isConnectAction, policiesOf, resources, template } from './template.support';

describe('the infrastructure template', () => {
  it('is an AWS SAM template with the skill function, the queue API, its HTTP API and the table', () => {
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, r.Type]))).toMatchObject({
      SkillFunction: 'AWS::Serverless::Function',
      QueueApiFunction: 'AWS::Serverless::Function',
      QueueApi: 'AWS::Serverless::HttpApi',
      Table: 'AWS::DynamoDB::Table',
    });
  });

  it('runs the skill on Node 22 or later, with the 7-second timeout and the packaged zip', () => {
    const skill = fn('SkillFunction');
    expect(Number(/^nodejs(\d+)\.x$/.exec(skill.Runtime)?.[1])).toBeGreaterThanOrEqual(22);
    expect(skill).toMatchObject({ Handler: 'index.handler', Timeout: 7, CodeUri: '../dist/package/skill-lambda.zip' });
    expect(skill.MemorySize).toBeGreaterThanOrEqual(256);
    expect(skill.MemorySize).toBeLessThanOrEqual(1024);
    expect(fn('QueueApiFunction')).toMatchObject({ Handler: 'index.handler', CodeUri: '../dist/package/queue-api-lambda.zip' });
  });

  it('lets only its own skill invoke the skill function, and checks the skill id inside it too', () => {
    expect(resources.SkillFunction.Properties.Events).toEqual({ Alexa: { Type: 'AlexaSkill', Properties: { SkillId: { Ref: 'SkillId' } } } });
    expect(template.Parameters.SkillId.AllowedPattern).toBeDefined();
    expect(env('SkillFunction')).toMatchObject({ SKILL_ID: { Ref: 'SkillId' }, TABLE_NAME: { Ref: 'Table' }, POWERTOOLS_SERVICE_NAME: expect.any(String) });
  });

  it('serves the queue API over the HTTP API, with its tokens from a parameter that is never echoed', () => {
    expect(resources.QueueApiFunction.Properties.Events.Api).toEqual({ Type: 'HttpApi', Properties: { ApiId: { Ref: 'QueueApi' }, Path: '/{proxy+}', Method: 'ANY' } });
    expect(env('QueueApiFunction')).toMatchObject({ QUEUE_API_TOKENS: { Ref: 'QueueApiTokens' }, TABLE_NAME: { Ref: 'Table' } });
    expect(template.Parameters.QueueApiTokens.NoEcho).toBe(true);
  });

  it('builds the table docs/storage.md designs: keys, both indexes, TTL, on-demand, point-in-time recovery', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'storage.md'), 'utf8');
    const table = resources.Table.Properties;
    expect(doc).toMatch(/partition key `pk` \(S\), sort key `sk` \(S\), TTL attribute\s+`expiresAt`/);
    expect(table.KeySchema).toEqual([{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }]);
    for (const index of ['gsi1', 'gsi2']) {
      expect(doc).toContain(`\`${index}\` (\`${index}pk\`, \`${index}sk\`)`);
      expect(table.GlobalSecondaryIndexes).toContainEqual({
        IndexName: index,
        KeySchema: [{ AttributeName: `${index}pk`, KeyType: 'HASH' }, { AttributeName: `${index}sk`, KeyType: 'RANGE' }],
        Projection: { ProjectionType: 'ALL' },
      });
    }
    expect(table.GlobalSecondaryIndexes).toHaveLength(2);
    expect(table.AttributeDefinitions).toHaveLength(6);
    expect(table).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  describe('IAM', () => {
    const roles = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::IAM::Role');
    const statements = roles.flatMap(([, role]) => policiesOf(role).flatMap((p) => p.PolicyDocument.Statement));
    const list = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

    it('gives each function its own role and no managed policies (SAM would add broad ones)', () => {
      expect(fn('SkillFunction').Role).toEqual({ 'Fn::GetAtt': ['SkillRole', 'Arn'] });
      expect(fn('QueueApiFunction').Role).toEqual({ 'Fn::GetAtt': ['QueueApiRole', 'Arn'] });
      for (const [, role] of roles) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      for (const name of ['SkillFunction', 'QueueApiFunction']) expect(fn(name).Policies).toBeUndefined();
    });

    it('allows no wildcard action and no wildcard resource', () => {
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.Effect).toBe('Allow');
        for (const action of list(statement.Action)) expect(action).not.toContain('*');
        for (const resource of list(statement.Resource)) expect(JSON.stringify(resource)).not.toMatch(/"\*"|:\*"/);
      }
    });

    it('allows only item reads, writes and queries on the table and its indexes, and writing to the functions\' own logs', () => {
      for (const statement of statements) {
        const actions = list(statement.Action) as string[];
        const resourcesOf = list(statement.Resource).map((r) => JSON.stringify(r));
        if (actions.every((a) => a.startsWith('dynamodb:'))) {
          expect(actions.every((a) => ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:Query'].includes(a))).toBe(true);
          for (const r of resourcesOf) expect(r).toMatch(/^\{"Fn::GetAtt":\["Table","Arn"\]\}$|^\{"Fn::Sub":"\$\{Table\.Arn\}\/index\/gsi[12]"\}$/);
        } else if (!actions.every(isConnectAction)) {
          expect(actions.sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
          for (const r of resourcesOf) expect(r).toMatch(/^\{"Fn::GetAtt":\["\w+LogGroup","Arn"\]\}$/);
        }
      }
    });
  });
});
