import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS } from '../../interactionModels/build';
import { INVOCATION_NAME } from '../../interactionModels/en-US';
import { schemaErrors, validateManifest } from './schema';

const manifestFile = join(__dirname, '..', '..', 'skill-package', 'skill.json');
const manifest = () => JSON.parse(readFileSync(manifestFile, 'utf8'));

/** Every Alexa permission scope the skill's code asks for. */
function scopesUsedInCode(): Set<string> {
  const scopes = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !dir.includes(`${join('lambda', 'local')}`) && !dir.includes(join('adapters', 'demo'))) {
        for (const m of readFileSync(path, 'utf8').matchAll(/'(alexa::[a-z_:]+)'/g)) scopes.add(m[1]);
      }
    }
  };
  walk(join(__dirname, '..', '..', 'lambda'));
  return scopes;
}

describe('skill manifest', () => {
  it('passes the official SMAPI schema', () => {
    expect(schemaErrors(validateManifest, manifest())).toEqual([]);
  });

  it('has publishing information for every locale that has a model', () => {
    expect(Object.keys(manifest().manifest.publishingInformation.locales).sort()).toEqual(Object.keys(MODELS).sort());
  });

  it('starts its example phrases with the wake word and the invocation name', () => {
    const phrases: string[] = manifest().manifest.publishingInformation.locales['en-US'].examplePhrases;
    expect(phrases.length).toBeGreaterThanOrEqual(1);
    expect(phrases.length).toBeLessThanOrEqual(3);
    for (const phrase of phrases) expect(phrase).toMatch(new RegExp(`^Alexa, (open|ask|tell|launch) ${INVOCATION_NAME}`));
  });

  it('never presents the skill as Amazon support', () => {
    const text = JSON.stringify(manifest().manifest.publishingInformation).toLowerCase();
    expect(text).not.toMatch(/amazon (customer )?support|official amazon|by amazon/);
  });

  it('asks for exactly the permissions the code uses', () => {
    const declared = new Set<string>((manifest().manifest.permissions ?? []).map((p: { name: string }) => p.name));
    expect([...declared].sort()).toEqual([...scopesUsedInCode()].sort());
  });

  it('has a privacy policy, as personal data and account linking require', () => {
    const privacy = manifest().manifest.privacyAndCompliance;
    expect(privacy.usesPersonalInfo).toBe(true);
    expect(privacy.isChildDirected).toBe(false);
    expect(privacy.locales['en-US'].privacyPolicyUrl).toMatch(/^https:\/\/[^/]+\/privacy/);
    expect(privacy.locales['en-US'].privacyPolicyUrl).not.toMatch(/amazon|alexa|aws/i);
  });

  it('points its endpoint at a Lambda function', () => {
    expect(manifest().manifest.apis.custom.endpoint.uri).toMatch(/^arn:aws:lambda:/);
  });
});
