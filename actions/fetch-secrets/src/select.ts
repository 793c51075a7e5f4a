// From what a provider returned to the string (or bytes) that is exported: the whole value, or the
// field a reference names after `#`. Dots descend (`#db.password`), but a key that literally
// contains the dots wins (`#smtp.host` reads {"smtp.host": ...} when that key exists), and a
// number selects a list item. Leaves that are not strings are exported as their JSON text.

import { decodeUtf8 } from '@gatehouse/core/utf8';
import type { SecretValue } from './providers/types.js';

export type Selected = { ok: true; value: string | Uint8Array } | { ok: false; problem: string; fix: string };

export function selectField(value: SecretValue, field: string | undefined): Selected {
  if (field === undefined) return whole(value);
  let data: unknown;
  if (value.kind === 'json') {
    data = value.data;
  } else {
    const text = value.kind === 'text' ? value.text : decodeUtf8(value.bytes);
    if (text === undefined)
      return {
        ok: false,
        problem: 'the value is binary, so it has no fields',
        fix: 'Remove the #field to export the whole value (with as-file).',
      };
    try {
      data = JSON.parse(text) as unknown;
    } catch {
      return { ok: false, problem: 'the value is not JSON, so it has no fields', fix: 'Remove the #field to export the whole value.' };
    }
  }
  const found = descend(data, field);
  if (!found.ok) return found;
  const leaf = found.value;
  if (leaf === null || leaf === undefined)
    return { ok: false, problem: `field '${field}' is null`, fix: 'Store a value in that field, or read another field.' };
  return { ok: true, value: typeof leaf === 'string' ? leaf : JSON.stringify(leaf) };
}

function whole(value: SecretValue): Selected {
  switch (value.kind) {
    case 'text':
      return { ok: true, value: value.text };
    case 'bytes':
      return { ok: true, value: value.bytes };
    case 'json':
      return { ok: true, value: typeof value.data === 'string' ? value.data : JSON.stringify(value.data) };
  }
}

function descend(data: unknown, field: string): { ok: true; value: unknown } | { ok: false; problem: string; fix: string } {
  if (isObject(data) && Object.hasOwn(data, field)) return { ok: true, value: data[field] };
  let node = data;
  const parts = field.split('.');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const at = parts.slice(0, i).join('.');
    if (Array.isArray(node) && /^\d+$/.test(part) && Number(part) < node.length) {
      node = node[Number(part)];
    } else if (isObject(node) && Object.hasOwn(node, part)) {
      node = node[part];
    } else {
      const where = at ? `under '${at}'` : 'at the top level';
      return {
        ok: false,
        problem: `field '${field}' does not exist (no '${part}' ${where})`,
        fix: `Use one of the keys there: ${keysOf(node)}.`,
      };
    }
  }
  return { ok: true, value: node };
}

/** Key names help the user fix a typo; they are names, not values (values are never shown). */
function keysOf(node: unknown): string {
  if (Array.isArray(node)) return node.length ? `indexes 0-${node.length - 1}` : '(an empty list)';
  if (!isObject(node)) return '(none: it is a single value)';
  const keys = Object.keys(node);
  if (keys.length === 0) return '(none: it is empty)';
  const shown = keys.slice(0, 12).join(', ');
  return keys.length > 12 ? `${shown} and ${keys.length - 12} more` : shown;
}

function isObject(node: unknown): node is Record<string, unknown> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}
