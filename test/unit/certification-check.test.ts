import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { certificationProblems, ssmlProblems } from '../support/certification';
import { envelope, intentRequest, sessionEndedRequest } from '../support/requests';

const request = envelope(intentRequest('SupportIntent')) as RequestEnvelope;
const respond = (response: ResponseEnvelope['response']): ResponseEnvelope => ({ version: '1.0', response });
const ssml = (s: string) => ({ type: 'SSML' as const, ssml: `<speak>${s}</speak>` });

/** The check that runs on every response must itself catch each broken rule. */
describe('the certification check', () => {
  it('passes a question that keeps the session open with a reprompt', () => {
    expect(certificationProblems(request, respond({ outputSpeech: ssml('Which one?'), reprompt: { outputSpeech: ssml('Which?') }, shouldEndSession: false }))).toEqual([]);
  });

  it('passes a statement that closes the session', () => {
    expect(certificationProblems(request, respond({ outputSpeech: ssml('Goodbye.'), shouldEndSession: true }))).toEqual([]);
  });

  it.each<[string, ResponseEnvelope['response'], RegExp]>([
    ['open without a reprompt', { outputSpeech: ssml('Which one?'), shouldEndSession: false }, /without a reprompt/],
    ['open but asking nothing', { outputSpeech: ssml('Okay.'), reprompt: { outputSpeech: ssml('Well?') }, shouldEndSession: false }, /nothing is asked/],
    ['a question that closes', { outputSpeech: ssml('Anything else?'), shouldEndSession: true }, /closes the session/],
    ['"undefined" spoken', { outputSpeech: ssml('Your undefined is late.'), shouldEndSession: true }, /undefined/],
    ['a raw ISO date', { outputSpeech: ssml('It arrives 2026-11-23.'), shouldEndSession: true }, /raw ISO date/],
    ['a bare ampersand', { outputSpeech: ssml('Tom & Jerry.'), shouldEndSession: true }, /ampersand/],
    ['silence where an answer is due', { shouldEndSession: true }, /no speech/],
  ])('fails %s', (_, response, problem) => {
    expect(certificationProblems(request, respond(response)).join('\n')).toMatch(problem);
  });

  it('fails speech in reply to SessionEndedRequest', () => {
    const ended = envelope(sessionEndedRequest()) as RequestEnvelope;
    expect(certificationProblems(ended, respond({ outputSpeech: ssml('Bye.') }))).not.toEqual([]);
  });

  it('finds unbalanced and unknown SSML tags', () => {
    expect(ssmlProblems('<speak><say-as interpret-as="digits">12</speak>').join()).toMatch(/unbalanced|unclosed/);
    expect(ssmlProblems('<speak><blink>x</blink></speak>').join()).toMatch(/unknown SSML tag/);
    expect(ssmlProblems('<speak>a <break time="1s"/> b</speak>')).toEqual([]);
  });
});
