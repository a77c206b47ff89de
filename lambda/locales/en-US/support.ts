/** The support entry: welcome, triage, and topics the desk points elsewhere. */
export const support = {
  welcome: [
    'Welcome to Device Help Desk. I can help with your Echo, Fire TV or Kindle, or check on an order. What can I help you with?',
    'Hi, this is Device Help Desk. Is there a problem with one of your devices, or is it about an order?',
  ],
  welcomeReprompt: 'Is it about a device, like an Echo, Fire TV or Kindle, or about an order?',
  askTopic: [
    "I'm here to help. Is this about an order, or one of your devices: an Echo, a Fire TV or a Kindle?",
    'Sure, I can help. Is it about an order, or about a device such as an Echo, Fire TV or Kindle?',
  ],
  askTopicReprompt: 'Is it about an order, or about an Echo, Fire TV or Kindle?',
  askDevice: 'Which device is it: an Echo, a Fire TV, or a Kindle?',
  askDeviceReprompt: 'Which device needs help: Echo, Fire TV or Kindle?',
  unsupportedDevice:
    "I'm sorry, I can't help with {{device}} problems. I look after Echo, Fire TV and Kindle devices, and orders. Is there one of those I can help with?",
  elsewhere: {
    ACCOUNT:
      "I can't change account details or sign-in settings by voice, and I'll never ask for your password. You can manage them in the Your Account section of our website or app.",
    PAYMENT:
      "I can't see or change payment methods by voice, and I'll never ask for a card number. Payments and charges are in the Your Payments section of our website or app.",
    PRIME:
      "Membership questions aren't something I can handle by voice. You can manage your membership in the Your Account section of our website or app.",
    RETURN:
      'You can start a return from Your Orders on our website or app: pick the item, choose Return or Replace, and follow the steps. Refunds arrive once the item is received.',
  },
  anythingElse: 'Is there anything about a device or an order I can help with?',
  anythingElseReprompt: 'Can I help with a device or an order?',
  agentOptions:
    'I can put you in touch with a person: our device teams look after Echo, Fire TV and Kindle, and our orders team looks after deliveries. They can chat with you, with the link sent to your Alexa app, or call you back at a time you choose. Is this about a device, or an order?',
  agentOptionsReprompt: 'Is it about a device, or an order?',
  kinds: {
    ECHO: 'Echo',
    ECHO_SHOW: 'Echo Show',
    FIRE_TV: 'Fire TV',
    KINDLE: 'Kindle',
  },
};
