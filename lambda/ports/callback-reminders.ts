import type { CallbackRequest } from '../domain/contacts/contact';

/** A callback the customer set a reminder for. */
export type RemindedCallback = CallbackRequest & { reminderAlertToken: string };

/**
 * The customer's Alexa reminders for their callbacks, changed outside any conversation (when a team's outcome
 * moves a callback). In a conversation the skill changes them itself, with the customer's own token.
 */
export interface CallbackReminders {
  /** Moves the reminder to go off just before the callback's (new) time; false when it could not be moved. */
  move(callback: RemindedCallback): Promise<boolean>;
}

/** No way to reach Alexa out of session is configured: reminders stay where they are. */
export const remindersNotConfigured: CallbackReminders = { move: async () => false };
