/** Where a tree's `about` names the device. */
export const DEVICE_PLACEHOLDER = '{{device}}';

/** Where an answer leads: another step of the same tree, or the device team. */
export const ESCALATE = 'ESCALATE';
