import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';

export const ROOT = join(__dirname, '..', '..');

/** CloudFormation's short-form functions, read as their long forms. */
const CLOUDFORMATION_TAGS: Tags = [
  { tag: '!If', collection: 'seq', resolve: (value: any) => ({ 'Fn::If': value.toJSON() }) },
  { tag: '!Not', collection: 'seq', resolve: (value: any) => ({ 'Fn::Not': value.toJSON() }) },
  { tag: '!Equals', collection: 'seq', resolve: (value: any) => ({ 'Fn::Equals': value.toJSON() }) },
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!GetAtt', resolve: (value: string) => ({ 'Fn::GetAtt': value.split('.') }) },
  { tag: '!Sub', resolve: (value: string) => ({ 'Fn::Sub': value }) },
];

export interface Resource {
  Type: string;
  Properties: Record<string, any>;
}

export const template = parse(readFileSync(join(ROOT, 'infrastructure', 'template.yaml'), 'utf8'), { customTags: CLOUDFORMATION_TAGS }) as {
  Transform: string;
  Parameters: Record<string, Record<string, unknown>>;
  Globals: { Function: Record<string, any> };
  Resources: Record<string, Resource>;
};
export const { Resources: resources } = template;
export const fn = (name: string) => ({ ...template.Globals.Function, ...resources[name].Properties });
export const env = (name: string) => ({ ...template.Globals.Function.Environment.Variables, ...resources[name].Properties.Environment.Variables });

/** A role's policies, a conditional one (`!If [HasConnect, policy, !Ref AWS::NoValue]`) read as its Connect branch. */
export const policiesOf = (role: Resource): { PolicyName: string; PolicyDocument: { Statement: any[] } }[] =>
  role.Properties.Policies.map((p: any) => (p['Fn::If'] ? p['Fn::If'][1] : p));

/** The actions the Connect companion needs (checked resource by resource in connect-template.test.ts). */
export const isConnectAction = (action: string): boolean => /^(connect|scheduler):/.test(action) || ['iam:PassRole', 'lambda:InvokeFunction'].includes(action);
