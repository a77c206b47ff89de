import nock from 'nock';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alexaApiMock, runTranscript } from '../support/transcript';

beforeEach(() => {
  nock.disableNetConnect();
  alexaApiMock();
});
afterEach(() => nock.cleanAll());
// nock patches Node's http for the whole jest worker: give it back, or later test files cannot reach localhost.
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

/** Spoken conversations resolved through the committed interaction model, answered by the built bundle. */
describe('the support entry, spoken', () => {
  it('answers "I want to talk to customer support" with the triage question, in session', async () => {
    await runTranscript(`
      U: open device help desk
      A: Device Help Desk
      A?
      U: I want to talk to customer support
      A: about an order ... Echo ... Fire TV ... Kindle?
      A?
      U: my fire stick
      A: What's happening with your Fire TV?
    `);
  });

  it('answers the same request one-shot', async () => {
    await runTranscript(`
      U: ask device help desk I want to talk to customer support
      A: about an order ... device
      A?
    `);
  });

  it('understands the many ways of asking for support', async () => {
    for (const phrase of ['customer service', 'I need help', 'contact support', 'tech support', 'I have a problem']) {
      await runTranscript(`
        U: ask device help desk ${phrase}
        A: about an order
      `);
    }
  });

  it('goes straight to the device when the customer names it', async () => {
    await runTranscript(`
      U: ask device help desk I have a problem with my kindle
      A: What's happening with your Kindle?
    `);
  });

  it('points account and payment questions to where they are handled, never asking for a password', async () => {
    await runTranscript(`
      U: ask device help desk I have a question about my password
      A: never ask for your password ... Your Account
      A?
      U: no
      A!
    `);
    await runTranscript(`
      U: ask device help desk I need help with my credit card
      A: never ask for a card number ... Your Payments
    `);
  });

  it('says which devices it supports when asked about a toaster', async () => {
    await runTranscript(`
      U: ask device help desk my toaster is broken
      A: can't help with toaster ... Echo, Fire TV and Kindle
      A?
    `);
  });

  it('understands "agent" at any turn', async () => {
    await runTranscript(`
      U: open device help desk
      U: talk to a person
      A: chat ... call you back ... device, or an order?
      U: representative
      A: device, or an order?
    `);
  });

  it('has help, repeat, fallback and stop everywhere', async () => {
    await runTranscript(`
      U: open device help desk
      U: help
      A: Echo, Fire TV or Kindle ... ?
      A?
      U: repeat that
      A: Echo, Fire TV or Kindle
      U: purple monkey dishwasher
      A: Sorry
      A?
      U: stop
      A: Goodbye | Take care
      A!
    `);
  });

  it('makes every example phrase of the manifest work', async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'skill-package', 'skill.json'), 'utf8'));
    const phrases: string[] = manifest.manifest.publishingInformation.locales['en-US'].examplePhrases;
    for (const phrase of phrases) {
      const [reply] = await runTranscript(`U: ${phrase}`);
      expect(reply.response.outputSpeech).toBeDefined();
      expect(JSON.stringify(reply.response)).not.toMatch(/Sorry, (something went wrong|I didn't)/);
    }
  });
});
