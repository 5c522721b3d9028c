import type {
  CallPhase,
  ClauseEvidence,
  RecordedCall,
  RecordedFailure,
  RecordedWait,
} from './clause-evidence.js';

/** Collects the evidence of one clause run. `phase` names the part of the clause that makes the calls. */
export class EvidenceRecorder {
  phase: CallPhase = 'clause';

  readonly #clauseId: string;
  readonly #calls: RecordedCall[] = [];
  readonly #failures: RecordedFailure[] = [];
  readonly #waits: RecordedWait[] = [];
  readonly #notes: string[] = [];
  readonly #cleanupErrors: string[] = [];

  constructor(clauseId: string) {
    this.#clauseId = clauseId;
  }

  recordCall(call: Omit<RecordedCall, 'phase'>): void {
    this.#calls.push({ phase: this.phase, ...call });
  }

  recordFailure(failure: RecordedFailure): void {
    this.#failures.push(failure);
  }

  recordWait(wait: RecordedWait): void {
    this.#waits.push(wait);
  }

  recordNote(note: string): void {
    this.#notes.push(note);
  }

  recordCleanupError(message: string): void {
    this.#cleanupErrors.push(message);
  }

  /** Returns a plain copy, safe to attach to the vitest task meta. */
  toEvidence(): ClauseEvidence {
    return {
      clauseId: this.#clauseId,
      calls: [...this.#calls],
      failures: [...this.#failures],
      waits: [...this.#waits],
      notes: [...this.#notes],
      cleanupErrors: [...this.#cleanupErrors],
    };
  }
}
