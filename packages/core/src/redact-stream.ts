// The redactor as a Transform stream. Kept apart from redaction.ts so that actions which only
// register masks do not load node:stream at start-up.

import { Transform, type TransformCallback } from 'node:stream';
import { Redactor } from './redaction.js';

/** A Transform stream that redacts everything passing through it. */
export function createRedactStream(patterns: Iterable<string | Uint8Array>): Transform & { redactor: Redactor } {
  const redactor = new Redactor(patterns);
  const stream = new Transform({
    transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (const piece of redactor.push(bytes)) this.push(piece);
      callback();
    },
    flush(callback: TransformCallback) {
      for (const piece of redactor.end()) this.push(piece);
      callback();
    },
  });
  return Object.assign(stream, { redactor });
}
