/** The progress store's area name for a saved diagnosis; on its own so the start-up path need not load the diagnosis. */
export const DIAGNOSIS_AREA = 'diagnosis';
