/** The simulated subject line: read by the fake mailbox, edited by the page. */
export interface SubjectModel {
  get(): string;
  set(value: string): void;
  subscribe(listener: () => void): () => void;
}

export function createSubjectModel(initial: string): SubjectModel {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: string): void {
      if (next === value) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
