/** The account-linking gate: what is said when a request needs the customer's linked account. */
export const account = {
  notLinked: [
    "To help with that, I need your account linked to Device Help Desk. I've sent a card to your Alexa app: open it and follow the steps to link your account, then ask me again.",
  ],
  broken: [
    "Your account link isn't working anymore, so I can't see your account. I've sent a card to your Alexa app: open it to link your account again, then ask me again.",
  ],
  unavailable: [
    "Sorry, I can't reach your account right now. Please try again in a few minutes. Is there anything else I can help with, like one of your devices?",
  ],
};
