export interface CorpusCase {
  /** Stable id: `<rule or kind>-<n>`; the engine scans it as `corpus/<id>.txt`. */
  id: string;
  text: string;
  /** Rule ids that must be found (each at least once); `[]` for a realistic false positive. */
  expect: string[];
  note: string;
}
