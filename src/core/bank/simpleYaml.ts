/**
 * A reader for the small YAML subset that question front matter is written in, at a fraction of the cost of
 * gray-matter + js-yaml. It gives exactly what js-yaml's core schema gives, or declines (returns undefined) and
 * the caller reads the text with js-yaml as before. It declines anything it is not certain about.
 *
 * The subset: one mapping; each key at column 0 (`[A-Za-z_][A-Za-z0-9_-]*`), followed by `: value` or by nothing
 * and then block-list items (`- value`, all at one indent); values are double-quoted strings without escapes,
 * single-quoted strings, one-line flow lists (`[a, "b"]`) of those, or plain scalars that resolve to a string,
 * `null`, `true`/`false`, or a small decimal integer. Comments and blank lines anywhere. Everything else
 * (anchors, aliases, tags, block scalars, nested mappings, multi-line scalars, escapes, floats, octal or
 * padded numbers, duplicate keys, tabs, unusual characters) declines.
 */

/** Characters the subset allows: printable ASCII and non-ASCII text, no controls, odd spaces or line breaks. */
const UNUSUAL_CHARACTER = /[^\n\x20-\x7e\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u2030-\u205e\u2060-\u2fff\u3001-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const SMALL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DECLINE = Symbol('decline');
type Scalar = string | number | boolean | null;
type Parsed = { value: Scalar | Scalar[]; end: number };

/** The mapping `yamlText` holds, or undefined when the text is outside the subset (read it with js-yaml). */
export function readSimpleYaml(yamlText: string): Record<string, unknown> | undefined {
  if (UNUSUAL_CHARACTER.test(yamlText)) return undefined;
  const data: Record<string, unknown> = {};
  let keys = 0;
  let listKey: string | undefined; // a key written without a value: block-list items may follow
  let list: Scalar[] | undefined;
  let listIndent = -1;
  for (let start = 0; start <= yamlText.length;) {
    let end = yamlText.indexOf('\n', start);
    if (end === -1) end = yamlText.length;
    const line = yamlText.slice(start, end);
    start = end + 1;
    let indent = 0;
    while (indent < line.length && line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line.charCodeAt(indent) === 35) continue; // blank or comment
    if (line.charCodeAt(indent) === 45 && line.charCodeAt(indent + 1) === 32) { // "- item"
      if (listKey === undefined || (listIndent !== -1 && indent !== listIndent)) return undefined;
      listIndent = indent;
      const item = readValue(line, indent + 2, false);
      if (item === DECLINE || Array.isArray(item.value) || !restIsComment(line, item.end)) return undefined;
      (list ??= []).push(item.value);
      continue;
    }
    if (indent !== 0) return undefined;
    if (listKey !== undefined) data[listKey] = list ?? null;
    listKey = undefined;
    list = undefined;
    listIndent = -1;
    const colon = line.indexOf(':');
    const key = colon === -1 ? '' : line.slice(0, colon);
    if (!KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    keys++;
    if (colon + 1 === line.length || restIsComment(line, colon + 1)) {
      if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== 32) return undefined;
      listKey = key;
      continue;
    }
    if (line.charCodeAt(colon + 1) !== 32) return undefined;
    const value = readValue(line, colon + 2, true);
    if (value === DECLINE || !restIsComment(line, value.end)) return undefined;
    data[key] = value.value;
  }
  if (listKey !== undefined) data[listKey] = list ?? null;
  return keys > 0 ? data : undefined;
}

/** True when `line` from `at` holds only spaces, or spaces then a comment (`#` after at least one space). */
function restIsComment(line: string, at: number): boolean {
  let i = at;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  return i === line.length || (line.charCodeAt(i) === 35 && i > at);
}

/** A value starting at or after `at` (leading spaces skipped): a quoted or plain scalar, or a flow list. */
function readValue(line: string, at: number, flowAllowed: boolean): Parsed | typeof DECLINE {
  let i = at;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  if (line.charCodeAt(i) === 91) return flowAllowed ? readFlowList(line, i + 1) : DECLINE; // [
  return readScalar(line, i, false);
}

function readFlowList(line: string, at: number): Parsed | typeof DECLINE {
  const items: Scalar[] = [];
  let i = at;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  if (line.charCodeAt(i) === 93) return { value: items, end: i + 1 }; // []
  for (;;) {
    while (i < line.length && line.charCodeAt(i) === 32) i++;
    const item = readScalar(line, i, true);
    if (item === DECLINE) return DECLINE;
    items.push(item.value as Scalar);
    i = item.end;
    while (i < line.length && line.charCodeAt(i) === 32) i++;
    const code = line.charCodeAt(i);
    if (code === 93) return { value: items, end: i + 1 };
    if (code !== 44) return DECLINE; // ,
    i++;
  }
}

/** A scalar at `at`: quoted, or plain (which ends before ` #`, and in a flow list before `,` or `]`). */
function readScalar(line: string, at: number, inFlow: boolean): Parsed | typeof DECLINE {
  const first = line.charCodeAt(at);
  if (first === 34) { // "
    const close = line.indexOf('"', at + 1);
    if (close === -1 || line.lastIndexOf('\\', close) > at) return DECLINE;
    return { value: line.slice(at + 1, close), end: close + 1 };
  }
  if (first === 39) return readSingleQuoted(line, at);
  if (!plainStart(first)) return DECLINE;
  return inFlow ? readFlowPlain(line, at) : readBlockPlain(line, at);
}

/** A plain scalar outside a flow list (a URL, an id): it runs to a comment or the end of the line. */
function readBlockPlain(line: string, at: number): Parsed | typeof DECLINE {
  let last = line.indexOf(' #', at);
  if (last === -1) last = line.length;
  while (line.charCodeAt(last - 1) === 32) last--;
  const text = line.slice(at, last);
  // ": " or a final ":" would make it the key of a nested mapping.
  if (text.indexOf(': ') !== -1 || text.charCodeAt(text.length - 1) === 58) return DECLINE;
  const value = resolvePlain(text);
  return value === DECLINE ? DECLINE : { value, end: last };
}

/** A plain scalar in a flow list: it ends before `,` or `]`, and may not hold other flow indicators. */
function readFlowPlain(line: string, at: number): Parsed | typeof DECLINE {
  let last = at; // end of the scalar's last non-space character
  for (let i = at; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32) {
      if (line.charCodeAt(i + 1) === 35) break; // " #": a comment
      continue;
    }
    if (code === 44 || code === 93) break; // , ]
    if (code === 58) { // ":" makes a key when a space, a flow indicator or the line's end follows
      const next = line.charCodeAt(i + 1);
      if (i + 1 === line.length || next === 32 || next === 44 || next === 93) return DECLINE;
    }
    if (code === 91 || code === 123 || code === 125) return DECLINE; // [ { }
    last = i + 1;
  }
  const value = resolvePlain(line.slice(at, last));
  return value === DECLINE ? DECLINE : { value, end: last };
}

function readSingleQuoted(line: string, at: number): Parsed | typeof DECLINE {
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = line.indexOf("'", from);
    if (close === -1) return DECLINE;
    value += line.slice(from, close);
    if (line.charCodeAt(close + 1) !== 39) return { value, end: close + 1 };
    value += "'";
    from = close + 2;
  }
}

/** Letters, digits, `_`, `/`, `(` and non-ASCII text start a plain scalar; YAML indicators and signs don't. */
function plainStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
    || code === 95 || code === 47 || code === 40 || code > 127;
}

/** What js-yaml's core schema makes of a plain scalar, for the forms the subset accepts. */
function resolvePlain(text: string): Scalar | typeof DECLINE {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (SMALL_INTEGER.test(text)) return Number(text);
    return DATE.test(text) ? text : DECLINE; // the core schema has no timestamps: a date stays text
  }
  switch (text) {
    case 'null': case 'Null': case 'NULL': return null;
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
    default: return text;
  }
}
