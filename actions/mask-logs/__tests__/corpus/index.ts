// The labelled leak corpus: true positives for every built-in rule and realistic false positives,
// generated deterministically (seeded PRNG) so the corpus is the same on every run.
import { negatives } from './negatives.js';
import { positives } from './positives.js';
import type { CorpusCase } from './types.js';

export type { CorpusCase } from './types.js';
export { COVERED_RULES } from './positives.js';

export const CORPUS: readonly CorpusCase[] = Object.freeze([...positives(), ...negatives()]);
