/** Built-ins and the phrases every area shares. */
export const core = {
  help: [
    "I'm Device Help Desk. I can work through a problem with your Echo, Fire TV or Kindle, tell you where an order is, and put you in touch with the right team by chat or a callback. You can say things like: my Fire TV has no picture, where's my order, or talk to an agent. What would you like help with?",
    "Here's what I can do: fix problems with an Echo, Fire TV or Kindle step by step, check your orders, and connect you with our device teams or orders team by chat or callback. Try saying: my Echo isn't responding, or where's my order. What can I help you with?",
  ],
  helpReprompt: 'You can say: my Echo isn\'t working, where\'s my order, or talk to an agent. What would you like to do?',
  goodbye: ['Goodbye.', 'Okay. Take care.', 'Alright, goodbye.'],
  fallback: [
    "Sorry, I didn't catch that. I can help with an Echo, Fire TV or Kindle, or with an order. Which is it?",
    "I'm not sure I follow. Is your question about one of your devices, or about an order?",
  ],
  fallbackPrefix: ["Sorry, I didn't get that.", "Sorry, I missed that."],
  /** After a question is missed twice in a row: never a third time. */
  missed: {
    toPerson: "I'm sorry, I'm having trouble following. Let's get you to a person.",
    whichTeam: "I'm sorry, I'm still not following. A person can help: is it about an Echo, a Fire TV, a Kindle, or an order? Or say stop to leave.",
    whichTeamReprompt: 'Which team should I put you through to: Echo, Fire TV, Kindle, or orders?',
    movedOn: "Let's leave that there; I haven't changed anything.",
    end: "I'm sorry, I'm having trouble understanding. You can come back any time: just say, open Device Help Desk. Goodbye.",
  },
  fallbackReprompt: 'You can say: my Kindle, my order, or talk to an agent. What do you need help with?',
  unexpectedYesNo: "I'm not sure what that answers. Is your question about a device, like an Echo, Fire TV or Kindle, or about an order?",
  nothingToRepeat: "There's nothing for me to repeat yet. What can I help you with: a device, or an order?",
  error: [
    "Sorry, something went wrong on my side. Let's try again: do you need help with a device, or with an order? You can also say talk to an agent.",
    "I'm sorry, I ran into a problem there. You can ask about a device or an order, or say talk to an agent. What would you like to do?",
  ],
  errorReprompt: 'Do you need help with a device, or with an order?',
  when: {
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    onWeekday: 'on {{weekday}}',
    thisWeekday: 'this {{weekday}}',
    lastWeekday: 'last {{weekday}}',
    nextWeekday: 'next {{weekday}}',
    onDate: 'on {{date}}',
  },
  and: 'and',
  or: 'or',
};
