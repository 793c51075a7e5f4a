// A byte-level Aho-Corasick automaton, built for the redactor's hot loop.
//
// Why this shape: a fully dense DFA (states x alphabet) for 1,000 secrets with all their encodings
// (~300k states) would take ~100 MB. Text spends nearly all its time in shallow states, and deep
// states almost always have a single child (the rest of one pattern). So states up to a depth that
// fits a memory budget get dense rows (one array read per byte); deeper states keep a sparse child
// list and fall back along failure links, which is amortised O(1) per byte by the usual AC argument.
// Bytes are mapped to classes (bytes that occur in no pattern share class 0) to shrink rows.
//
// ASCII case-insensitive matching (the leak scanner's keyword prefilter) costs nothing in the hot
// loop: patterns are lowered when the trie is built and A-Z share the byte classes of a-z, so the
// automaton is the same size as for the lowered patterns; only the root skip filter holds every
// case variant of each pattern's first four bytes.

const DENSE_BUDGET_BYTES = 48 * 1024 * 1024;

export interface AutomatonOptions {
  /** Match ASCII letters regardless of case (other bytes still match exactly). Default false. */
  caseInsensitive?: boolean;
}

export interface Automaton {
  /** Advance from `state` over `bytes[from..to)`, calling `onMatch(end, length, pattern)` for the
   * longest pattern ending at each position (end is exclusive, relative to `bytes`; `pattern` is its
   * index in the array given to buildAutomaton, the last one for duplicates). Shorter patterns
   * ending at the same position are suffixes of that one and are not reported separately.
   * Returns the new state. */
  scan(state: number, bytes: Uint8Array, from: number, to: number, onMatch: (end: number, length: number, pattern: number) => void): number;
  /** Length of the longest input suffix that is still a prefix of some pattern. */
  depth(state: number): number;
  readonly stateCount: number;
  readonly denseStates: number;
  readonly maxPatternLength: number;
}

const lowerAscii = (b: number): number => (b >= 0x41 && b <= 0x5a ? b | 0x20 : b);

export function buildAutomaton(patterns: readonly Uint8Array[], options: AutomatonOptions = {}): Automaton {
  const fold = options.caseInsensitive === true;
  // Byte classes. Case-insensitive: classes come from the lowered bytes and A-Z then share them.
  const classOf = new Uint8Array(256);
  let classes = 1;
  for (const p of patterns) {
    for (const raw of p) {
      const b = fold ? lowerAscii(raw) : raw;
      if (classOf[b] === 0) classOf[b] = classes++;
    }
  }
  if (classes > 255) throw new Error('unreachable: at most 255 byte classes');
  if (fold) for (let b = 0x41; b <= 0x5a; b++) classOf[b] = classOf[b | 0x20]!;

  // Trie with first-child/next-sibling lists, built in insertion order.
  let total = 1;
  for (const p of patterns) total += p.length;
  const label = new Uint8Array(total);
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const terminalLen = new Int32Array(total);
  const terminalId = new Int32Array(total);
  let nodes = 1;
  let maxLen = 0;
  const childOf = (node: number, cls: number): number => {
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) if (label[c] === cls) return c;
    return -1;
  };
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id]!;
    if (p.length === 0) continue;
    maxLen = Math.max(maxLen, p.length);
    let node = 0;
    for (const b of p) {
      const cls = classOf[b]!;
      let next = childOf(node, cls);
      if (next === -1) {
        next = nodes++;
        label[next] = cls;
        nextSibling[next] = firstChild[node]!;
        firstChild[node] = next;
      }
      node = next;
    }
    terminalLen[node] = p.length;
    terminalId[node] = id;
  }

  // BFS order, so every state's failure target is numbered before it and depth is non-decreasing.
  const order = new Int32Array(nodes);
  const depthOf = new Int32Array(nodes);
  order[0] = 0;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const n = order[head++]!;
    for (let c = firstChild[n]!; c !== -1; c = nextSibling[c]!) {
      depthOf[c] = depthOf[n]! + 1;
      order[tail++] = c;
    }
  }
  // Renumber states in BFS order: new id = BFS position.
  const newId = new Int32Array(nodes);
  for (let i = 0; i < nodes; i++) newId[order[i]!] = i;

  // Dense rows for the first `dense` states (shallowest), within the memory budget.
  const maxDense = Math.max(1, Math.floor(DENSE_BUDGET_BYTES / (classes * 4)));
  const dense = Math.min(nodes, maxDense);
  const table = new Int32Array(dense * classes);
  const fail = new Int32Array(nodes);
  const outLen = new Int32Array(nodes);
  const outId = new Int32Array(nodes);
  const depth = new Int32Array(nodes);
  // Sparse children for deep states, in new ids: first/next/label arrays.
  const sFirst = new Int32Array(nodes).fill(-1);
  const sNext = new Int32Array(nodes).fill(-1);
  const sLabel = new Uint8Array(nodes);

  for (let i = 0; i < nodes; i++) {
    const old = order[i]!;
    depth[i] = depthOf[old]!;
    for (let c = firstChild[old]!; c !== -1; c = nextSibling[c]!) {
      const child = newId[c]!;
      sLabel[child] = label[c]!;
      sNext[child] = sFirst[i]!;
      sFirst[i] = child;
    }
  }

  const sparseChild = (s: number, cls: number): number => {
    for (let c = sFirst[s]!; c !== -1; c = sNext[c]!) if (sLabel[c] === cls) return c;
    return -1;
  };
  const delta = (s: number, cls: number): number => {
    for (;;) {
      if (s < dense) return table[s * classes + cls]!;
      const c = sparseChild(s, cls);
      if (c !== -1) return c;
      s = fail[s]!;
    }
  };

  // Root row.
  for (let cls = 0; cls < classes; cls++) {
    const c = sparseChild(0, cls);
    table[cls] = c === -1 ? 0 : c;
  }
  outLen[0] = 0;
  // Children of state i get their failure link when i is processed (BFS order keeps it valid).
  for (let i = 0; i < nodes; i++) {
    const old = order[i]!;
    if (i !== 0) {
      outLen[i] = terminalLen[old]! || outLen[fail[i]!]!;
      outId[i] = terminalLen[old]! ? terminalId[old]! : outId[fail[i]!]!;
      if (i < dense) {
        const row = i * classes;
        const failRow = fail[i]! * classes;
        table.copyWithin(row, failRow, failRow + classes);
        for (let c = sFirst[i]!; c !== -1; c = sNext[c]!) table[row + sLabel[c]!] = c;
      }
    }
    for (let c = sFirst[i]!; c !== -1; c = sNext[c]!) {
      fail[c] = i === 0 ? 0 : delta(fail[i]!, sLabel[c]!);
    }
  }

  // The first four bytes of every pattern, hashed into a bitset of 2^20 bits: the root skip loop
  // in scan. A shorter pattern adds every possible continuation (a two-byte one sets about a fifth
  // of the bits, which still skips most positions); a one-byte pattern turns the skip off.
  // Case-insensitive: every case variant of those bytes.
  const startBits = new Int32Array(1 << 15);
  const ALL_BYTES = Array.from({ length: 256 }, (_, b) => b);
  const variants = (p: Uint8Array, k: number): number[] => {
    if (k >= p.length) return ALL_BYTES;
    const lower = fold ? lowerAscii(p[k]!) : p[k]!;
    return fold && lower >= 0x61 && lower <= 0x7a ? [lower, lower ^ 0x20] : [p[k]!];
  };
  for (const p of patterns) {
    if (p.length === 0) continue;
    if (p.length < 2) {
      startBits.fill(-1);
      break;
    }
    const v2 = variants(p, 2);
    const v3 = variants(p, 3);
    for (const b0 of variants(p, 0))
      for (const b1 of variants(p, 1))
        for (const b2 of v2)
          for (const b3 of v3) {
            const h = Math.imul((b0 << 24) | (b1 << 16) | (b2 << 8) | b3, 0x9e3779b1) >>> 12;
            startBits[h >>> 5]! |= 1 << (h & 31);
          }
  }

  // The encoded table the hot loop reads (see scan).
  const hot = new Int32Array(table.length);
  for (let k = 0; k < table.length; k++) {
    const target = table[k]!;
    hot[k] = target < dense && outLen[target] === 0 ? target * classes : ~target;
  }

  return {
    stateCount: nodes,
    denseStates: dense,
    maxPatternLength: maxLen,
    depth: (state) => depth[state]!,
    scan(state, bytes, from, to, onMatch) {
      // Hot loop: one dependent load per byte. `hot` holds, for dense states, the next state's
      // row offset when that state is dense and ends no pattern; anything else is stored as the
      // bitwise-not of the state id (negative) and takes the slow path below.
      const cls = classOf;
      const tbl = hot;
      const width = classes;
      const starts = startBits;
      let off = state < dense ? state * width : -1;
      let s = state;
      let i = from;
      while (i < to) {
        if (off === 0) {
          // At the root, skip positions where no pattern can start. These loads do not depend on
          // each other, so this runs several times faster than stepping the automaton. Staying at
          // the root over a skipped byte is exact: no pattern starts there, so no prefix survives.
          // The filter holds the first four bytes of every pattern, hashed into a 128 KiB bitset
          // (fits in L2); the window rolls one byte per step, so each position costs one byte
          // load, a multiply and one bit test.
          const last = to - 3;
          if (i < last) {
            let w = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
            while (i < last) {
              w = (w << 8) | bytes[i + 3]!;
              const h = Math.imul(w, 0x9e3779b1) >>> 12;
              if ((starts[h >>> 5]! & (1 << (h & 31))) !== 0) break;
              i++;
            }
          }
        }
        if (off >= 0) {
          // Dense states: one dependent load per byte while the next state is dense, not the
          // root (0) and ends no pattern (negative entries carry those cases to the slow path).
          let v = tbl[off + cls[bytes[i]!]!]!;
          i++;
          while (v > 0 && i < to) {
            off = v;
            v = tbl[off + cls[bytes[i]!]!]!;
            i++;
          }
          if (v >= 0) {
            off = v;
            continue;
          }
          s = ~v;
        } else {
          s = delta(s, cls[bytes[i]!]!);
          i++;
        }
        const len = outLen[s]!;
        if (len !== 0) onMatch(i, len, outId[s]!);
        off = s < dense ? s * width : -1;
      }
      return off >= 0 ? off / width : s;
    },
  };
}
