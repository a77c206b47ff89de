/** Diagnosis progress: kept in the session and saved, so a customer who leaves can carry on next time. */
import { Turn } from '../../conversation/turn';
import { Diagnosis, type Position } from '../../domain/diagnosis/engine';
import { DIAGNOSIS_AREA, DiagnosisStateSchema, type DiagnosisDevice, type DiagnosisState } from '../../domain/diagnosis/progress';
import { withTimeout } from '../../util/timeout';

export async function saveProgress(turn: Turn): Promise<void> {
  const diagnosis = turn.state.diagnosis;
  if (!diagnosis?.position) return;
  try {
    await withTimeout(
      turn.deps.progress.save(turn.userId, { area: DIAGNOSIS_AREA, data: diagnosis, savedAt: turn.deps.clock.now().toISOString() }),
      turn.deps.backendTimeoutMs,
      'progress save',
    );
  } catch (error) {
    turn.deps.log.warn('diagnosis progress not saved', { error: (error as Error).name });
  }
}

export async function clearProgress(turn: Turn): Promise<void> {
  try {
    await withTimeout(turn.deps.progress.clear(turn.userId), turn.deps.backendTimeoutMs, 'progress clear');
  } catch (error) {
    turn.deps.log.warn('diagnosis progress not cleared', { error: (error as Error).name });
  }
}

/** The diagnosis saved in an earlier session, when there is one that still fits the knowledge base. */
export function savedProgress(turn: Turn): Promise<DiagnosisState | undefined> {
  return turn.memo('diagnosis.saved', async () => {
    try {
      const saved = await turn.savedProgress();
      if (saved?.area !== DIAGNOSIS_AREA) return undefined;
      const parsed = DiagnosisStateSchema.safeParse(saved.data);
      if (!parsed.success) return undefined;
      return active(parsed.data) ? parsed.data : undefined;
    } catch (error) {
      turn.deps.log.warn('diagnosis progress unavailable', { error: (error as Error).name });
      return undefined;
    }
  });
}

/** The diagnosis and the step the customer is on, when a diagnosis is under way and still makes sense. */
export function active(state: DiagnosisState | undefined): { diagnosis: Diagnosis; position: Position; device: DiagnosisDevice } | undefined {
  if (!state?.treeId || !state.position || !state.device) return undefined;
  const diagnosis = Diagnosis.of(state.treeId, state.device.conditions, state.symptom);
  if (!diagnosis || !diagnosis.has(state.position.stepId)) return undefined;
  return { diagnosis, position: state.position, device: state.device };
}
