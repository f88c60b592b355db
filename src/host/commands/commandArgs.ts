/**
 * Reading a command's argument. Commands are run from the palette (no argument), from a tree row (the row's
 * node, which exposes `bankId` or `examId`), from an editor (a `vscode.Uri`), or by another command or a test
 * with plain data. Each reader accepts exactly those shapes and nothing else.
 */
import * as vscode from 'vscode';

/** What tree nodes expose so that commands run on them know their target. */
export interface BankTarget {
  readonly bankId: string;
}
export interface ExamTarget {
  readonly examId: string;
}

function field(arg: unknown, name: string): unknown {
  return typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? (arg as Record<string, unknown>)[name] : undefined;
}

/** A bank id: the id itself, or anything with a string `bankId` (a tree node, `{ bankId }`). */
export function bankIdArg(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg !== '') return arg;
  const value = field(arg, 'bankId');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** An exam id: the id itself, or anything with a string `examId` (a History row). */
export function examIdArg(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg !== '') return arg;
  const value = field(arg, 'examId');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A file: a `vscode.Uri`, or a path. */
export function uriArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg !== '') return vscode.Uri.file(arg);
  return undefined;
}

/** A string argument (a search query), or undefined. */
export function textArg(arg: unknown): string | undefined {
  return typeof arg === 'string' ? arg : undefined;
}

/** One of `choices`, or undefined. */
export function choiceArg<C extends string>(arg: unknown, choices: readonly C[]): C | undefined {
  return typeof arg === 'string' && (choices as readonly string[]).includes(arg) ? (arg as C) : undefined;
}

/**
 * A plain options object, for commands that take their answers in advance; not a Uri, and not a tree row (rows
 * carry the bank they show as `loaded`, and only name their bank for a command).
 */
export function optionsArg(arg: unknown): Record<string, unknown> | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg) || arg instanceof vscode.Uri) return undefined;
  if ('loaded' in arg) return undefined;
  return arg as Record<string, unknown>;
}
