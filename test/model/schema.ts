import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

// The official SMAPI definitions (Swagger 2.0, JSON-schema draft 4) shipped in ask-smapi-model.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec = require('ask-smapi-model/spec.json') as { definitions: Record<string, unknown> };

const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
ajv.addSchema({ definitions: spec.definitions }, 'smapi');

function validator(definition: string): ValidateFunction {
  const validate = ajv.getSchema(`smapi#/definitions/${definition}`);
  if (!validate) throw new Error(`no SMAPI definition ${definition}`);
  return validate as ValidateFunction;
}

export const validateInteractionModel = validator('v1.skill.interactionModel.InteractionModelData');
export const validateManifest = validator('v1.skill.Manifest.SkillManifestEnvelope');

export function schemaErrors(validate: ValidateFunction, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
