/**
 * The envelope of Exam Kiosk's small JSON files (`{"format": …, "version": …, …}`): checked in one place, so
 * that every file refuses another format, and leaves alone a file from a newer version, the same way.
 */
import { errorMessage } from './atomicFile';

export type VersionedJson =
  /** The parsed object, of a version this code reads. */
  | { readonly kind: 'ok'; readonly body: Readonly<Record<string, unknown>> }
  /** Written by a newer Exam Kiosk: neither to be used nor overwritten. */
  | { readonly kind: 'future'; readonly version: number }
  | { readonly error: string };

/** Parses `text` as a `format` file of at most `version`; `what` names it in errors ("an exam ledger"). */
export function parseVersionedJson(text: string, format: string, version: number, what: string): VersionedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON (${errorMessage(error)})` };
  }
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v.format !== format) return { error: `not ${what}` };
  if (typeof v.version !== 'number' || v.version < 1) return { error: 'no valid version' };
  if (v.version > version) return { kind: 'future', version: v.version };
  return { kind: 'ok', body: v };
}
