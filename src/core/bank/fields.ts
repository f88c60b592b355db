/** Readers for front-matter values that report what is wrong instead of trusting the YAML's types. */
import type { IssueSink } from './issueSink';
import type { FrontMatter } from './frontMatter';

/** A non-empty string, or a number written without quotes (`domain: 2`), as a trimmed string. */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function readString(fm: FrontMatter, key: string, sink: IssueSink, code: string, what: string): string | undefined {
  const data = fm.data ?? {};
  const value = data[key];
  if (value === undefined || value === null || value === '') {
    sink.error(code, `"${key}" is missing: ${what}.`, { line: fm.keyLine(key) });
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    sink.error(code, `"${key}" must be text: ${what}.`, { line: fm.keyLine(key) });
    return undefined;
  }
  return String(value).trim();
}

export function readNumber(
  fm: FrontMatter,
  key: string,
  sink: IssueSink,
  range: { min: number; max: number; integer?: boolean },
  what: string,
): number | undefined {
  const value = (fm.data ?? {})[key];
  if (value === undefined || value === null) {
    sink.error('bank-field-missing', `"${key}" is missing: ${what}.`, { line: fm.keyLine(key) });
    return undefined;
  }
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max
    && (!range.integer || Number.isInteger(value));
  if (!ok) {
    const kind = range.integer ? 'a whole number' : 'a number';
    sink.error('bank-field-invalid', `"${key}" must be ${kind} from ${range.min} to ${range.max}: ${what}.`, { line: fm.keyLine(key) });
    return undefined;
  }
  return value as number;
}

/** A list of strings; a single string is accepted as a list of one. Non-strings are reported and dropped. */
export function readStringList(fm: FrontMatter, key: string, sink: IssueSink, code: string): string[] | undefined {
  const value = (fm.data ?? {})[key];
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (!items) {
    sink.error(code, `"${key}" must be a list.`, { line: fm.keyLine(key) });
    return undefined;
  }
  const out: string[] = [];
  let rejected = 0;
  for (const item of items) {
    if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
    else if (typeof item === 'number') out.push(String(item));
    else rejected++;
  }
  // One issue for the key, not one per entry: a hostile list (an alias bomb) would otherwise flood the Problems panel.
  if (rejected > 0) sink.error(code, `Every entry of "${key}" must be text; ${rejected} of ${items.length} ${items.length === 1 ? 'is' : 'are'} not.`, { line: fm.keyLine(key) });
  return out;
}
