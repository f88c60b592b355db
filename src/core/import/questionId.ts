/**
 * Ids of imported questions, derived from their content so that importing the same bank again gives the same
 * ids and progress carries over: a readable slug from the stem plus a hash of the normalised stem and the
 * sorted option texts (so a source that reorders options or changes an answer keeps the id).
 */
import { createHash } from 'node:crypto';
import { normalise } from './answerText';

const STOP_WORDS = new Set(
  [
    'a an the of to in on for and or is are be by with as at from',
    'which what who when where how does do can should would will',
    'that this these those it its their your you company following aws use using',
  ].join(' ').split(' '),
);
const SLUG_WORDS = 5;
const HASH_CHARS = 8;

/** The bank prefix of ids in bank `bankId`: `clf-c02` → `clf`. */
export function idPrefix(bankId: string): string {
  const first = bankId.toLowerCase().split(/[^a-z0-9]+/).find(Boolean);
  return first ?? 'imp';
}

/** `<prefix>-<slug>-<hash>`, only `[a-z0-9-]`. `stem` should be without its select hint. */
export function questionId(prefix: string, stem: string, options: readonly string[]): string {
  const words = normalise(stem)
    .split(' ')
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  const slug = words.slice(0, SLUG_WORDS).join('-') || 'question';
  const content = [normalise(stem), ...options.map(normalise).sort()].join('\n');
  const hash = createHash('sha256').update(content).digest('hex').slice(0, HASH_CHARS);
  return `${prefix}-${slug}-${hash}`;
}
