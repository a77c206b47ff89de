import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** SSML elements Alexa accepts. */
const SSML_TAGS = new Set([
  'speak', 'say-as', 'break', 'emphasis', 'prosody', 'p', 's', 'sub', 'phoneme', 'lang', 'voice', 'audio', 'w',
  'amazon:emotion', 'amazon:effect', 'amazon:domain',
]);

/** Problems with an SSML string: unknown or unbalanced tags, bare ampersands or angle brackets. */
export function ssmlProblems(ssml: string): string[] {
  const problems: string[] = [];
  if (!/^<speak>[\s\S]*<\/speak>$/.test(ssml)) problems.push('SSML is not wrapped in <speak>');
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z:-]+)((?:\s+[a-zA-Z:-]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  let match: RegExpExecArray | null;
  const checkText = (text: string) => {
    if (/[<>]/.test(text)) problems.push(`bare angle bracket in SSML text: ${JSON.stringify(text.slice(0, 60))}`);
    const amp = text.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    if (amp) problems.push(`bare ampersand in SSML text: ${JSON.stringify(text.slice(0, 60))}`);
  };
  while ((match = tag.exec(ssml))) {
    checkText(ssml.slice(last, match.index));
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = match;
    if (!SSML_TAGS.has(name)) problems.push(`unknown SSML tag <${name}>`);
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced SSML tag </${name}>`);
    } else stack.push(name);
  }
  checkText(ssml.slice(last));
  if (stack.length > 0) problems.push(`unclosed SSML tags: ${stack.join(', ')}`);
  return problems;
}

/** Words that must never reach a customer's ears. */
export function leakedPlaceholders(text: string): string[] {
  const problems: string[] = [];
  for (const bad of ['undefined', 'null', 'NaN', '[object Object]', '{{', '}}']) {
    if (new RegExp(`(^|[^a-z])${bad.replace(/[[\]{}]/g, '\\$&')}([^a-z]|$)`, 'i').test(text)) problems.push(`speaks "${bad}"`);
  }
  const withoutSayAs = text.replace(/<say-as[^>]*>[\s\S]*?<\/say-as>/g, '');
  if (/\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/.test(withoutSayAs)) problems.push('speaks a raw ISO date');
  return problems;
}

/** A character XML 1.0 forbids, or half a surrogate pair: Alexa rejects SSML that holds one. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Alexa's size limits (Request and Response JSON Reference, "Response format"): speech and reprompt at most
 * 8,000 characters each, all a card's text at most 8,000, the whole response at most 120 KB.
 */
export function sizeProblems(envelope: ResponseEnvelope): string[] {
  const problems: string[] = [];
  const { response } = envelope;
  for (const [name, ssml] of [['speech', speechOf(response.outputSpeech)], ['reprompt', speechOf(response.reprompt?.outputSpeech)]] as const) {
    if (ssml && ssml.length > 8_000) problems.push(`${name} is ${ssml.length} characters (Alexa allows 8,000)`);
    if (ssml && NOT_XML.test(ssml)) problems.push(`${name} holds a character XML forbids`);
  }
  const card = response.card as { title?: string; content?: string; text?: string } | undefined;
  const cardChars = [card?.title, card?.content, card?.text].reduce((sum, part) => sum + (part?.length ?? 0), 0);
  if (cardChars > 8_000) problems.push(`card text is ${cardChars} characters (Alexa allows 8,000)`);
  const bytes = Buffer.byteLength(JSON.stringify(envelope));
  if (bytes > 120 * 1024) problems.push(`response is ${bytes} bytes (Alexa allows 120 KB)`);
  return problems;
}

const speechOf = (o: ResponseEnvelope['response']['outputSpeech']) =>
  o === undefined ? undefined : o.type === 'SSML' ? o.ssml : `<speak>${o.text}</speak>`;

const plain = (ssml: string) => ssml.replace(/<[^>]+>/g, ' ');

/**
 * The certification rules every response must keep: a question keeps the session open with a reprompt,
 * a statement closes it; SSML is valid; nothing like "undefined" or a raw ISO date is spoken; every part is
 * within Alexa's size limits.
 */
export function certificationProblems(request: RequestEnvelope, envelope: ResponseEnvelope): string[] {
  const { response } = envelope;
  const problems: string[] = sizeProblems(envelope);
  const speech = speechOf(response.outputSpeech);
  const reprompt = speechOf(response.reprompt?.outputSpeech);
  const directives = (response.directives ?? []).map((d) => d.type);
  const requestType = request.request.type;

  if (requestType === 'SessionEndedRequest') {
    if (speech || reprompt) problems.push('speech in reply to SessionEndedRequest');
    return problems;
  }
  for (const ssml of [speech, reprompt]) {
    if (ssml) problems.push(...ssmlProblems(ssml), ...leakedPlaceholders(ssml));
  }
  const card = response.card as { title?: string; content?: string; text?: string } | undefined;
  for (const cardText of [card?.title, card?.content, card?.text]) {
    if (cardText) problems.push(...leakedPlaceholders(cardText).map((p) => `card ${p}`));
  }

  const delegates = directives.includes('Dialog.Delegate');
  const connects = directives.some((d) => d.startsWith('Connections.'));
  if (delegates) {
    if (speech) problems.push('Dialog.Delegate sent with speech');
    if (response.shouldEndSession === true) problems.push('Dialog.Delegate with the session ended');
    return problems;
  }
  if (connects) {
    if (response.shouldEndSession === false || reprompt) problems.push('a Connections directive must not hold the session open');
    return problems;
  }
  if (!speech) {
    problems.push('no speech in reply to a request that expects an answer');
    return problems;
  }
  const open = response.shouldEndSession === false;
  const asks = plain(speech).includes('?');
  if (open && !reprompt) problems.push('session left open without a reprompt');
  if (open && !asks) problems.push(`session left open but nothing is asked: ${plain(speech).trim().slice(0, 80)}`);
  if (!open && asks) problems.push(`asks a question but closes the session: ${plain(speech).trim().slice(0, 80)}`);
  if (!open && reprompt) problems.push('reprompt on a response that closes the session');
  if (reprompt && !plain(reprompt).includes('?')) problems.push('reprompt asks nothing');
  if (directives.some((d) => d.startsWith('Dialog.')) && !open) problems.push('Dialog directive with the session closed');
  return problems;
}
