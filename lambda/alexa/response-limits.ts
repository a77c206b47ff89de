import type { ResponseEnvelope } from 'ask-sdk-model';

/**
 * Alexa's limits on a custom skill's response (Request and Response JSON Reference, "Response format"):
 * outputSpeech at most 8,000 characters; all the text of a card (title, content, text, image URLs) at most
 * 8,000; an image URL at most 2,000; the whole response at most 120 KB. Alexa drops a response over any of them.
 */
export const ALEXA_RESPONSE_LIMITS = { speechChars: 8_000, cardChars: 8_000, imageUrlChars: 2_000, responseBytes: 120 * 1024 } as const;

type OutputSpeech = ResponseEnvelope['response']['outputSpeech'];
const speechLength = (speech: OutputSpeech) => (speech === undefined ? 0 : speech.type === 'SSML' ? speech.ssml.length : speech.text.length);

/** Which of Alexa's limits a response breaks; none when it can be sent. */
export function brokenResponseLimits(envelope: ResponseEnvelope): string[] {
  const { speechChars, cardChars, imageUrlChars, responseBytes } = ALEXA_RESPONSE_LIMITS;
  const broken: string[] = [];
  const { response } = envelope;
  if (speechLength(response.outputSpeech) > speechChars) broken.push('outputSpeech');
  if (speechLength(response.reprompt?.outputSpeech) > speechChars) broken.push('reprompt');
  const card = response.card as { title?: string; content?: string; text?: string; image?: { smallImageUrl?: string; largeImageUrl?: string } } | undefined;
  const urls = [card?.image?.smallImageUrl ?? '', card?.image?.largeImageUrl ?? ''];
  if ([card?.title, card?.content, card?.text, ...urls].reduce((sum, part) => sum + (part?.length ?? 0), 0) > cardChars) broken.push('card');
  if (urls.some((url) => url.length > imageUrlChars)) broken.push('card image URL');
  if (Buffer.byteLength(JSON.stringify(envelope)) > responseBytes) broken.push('response size');
  return broken;
}
