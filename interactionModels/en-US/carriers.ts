/**
 * The words customers wrap around a request ("could you just get me support please"), shared by every area so
 * each intent's samples are the same carriers around its own core phrases.
 */

/** Openers said before anything else. */
export const OPENERS = ['', 'so', 'okay', 'okay so', 'ok', 'hi', 'hey', 'hello', 'yeah', 'well', 'yes'] as const;


/** Politeness before an imperative ("can you just call me back"). */
export const ASKING = ['', 'please', 'can you', 'could you', 'can you please', 'could you please', 'can you just', 'could you just', 'would you'] as const;

/** Ways of saying "I want to" before a verb ("i'd like to talk to someone"). */
export const WANTING = ['i want to', 'i need to', "i'd like to", 'i would like to', 'i wanna', 'can i', 'can i just', 'could i', 'let me', 'i just want to', 'i just need to', 'i have to', "i'd rather"] as const;

/** Ways of saying "I want" before a noun ("i need customer support"). */
export const WANTING_THING = ['', 'i want', 'i need', "i'd like", 'i would like', 'i just want', 'i just need', 'can i get', 'can i have', 'could i get', 'i want some', 'i need some'] as const;

/** Said after a request. */
export const CLOSERS = ['', 'please', 'thanks', 'thank you', 'please thanks'] as const;

/** "my", "the" and the other words before a thing the customer owns or names. */
export const MINE = ['my', 'the', 'our'] as const;
