/**
 * Phrases Alexa is known to map to its built-in intents without any sample from the skill. Amazon does not
 * publish its lists, so these are kept modest: a phrase is here only when it surely belongs.
 */
export const BUILT_IN_INTENT_PHRASES: Record<string, string[]> = {
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'yes please', 'of course', 'sounds good', 'correct', "that's right"],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not really'],
  'AMAZON.StopIntent': ['stop', 'exit', 'quit', 'goodbye', 'bye'],
  'AMAZON.CancelIntent': ['cancel', 'never mind'],
  'AMAZON.HelpIntent': ['help'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'what did you say'],
  'AMAZON.StartOverIntent': ['start over', 'start again', 'restart'],
  'AMAZON.PreviousIntent': ['go back', 'back', 'previous'],
  'AMAZON.NextIntent': ['next', 'skip'],
  'AMAZON.NavigateHomeIntent': ['go home'],
};
