/**
 * Question ids and the file names and folders made from them. Ids follow the bundled banks' convention,
 * `<bank prefix>-<task with a dash>-<slug>` (`clf-2-1-guest-os-patching`), so a new question sorts next to its
 * task's other questions and tells its task at a glance.
 */
import { ID_PATTERN } from './parseQuestion';

const MAX_SLUG_CHARS = 48;
/** Words that make a slug longer without telling questions apart. */
const FILLER_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'or', 'for', 'in', 'on', 'with', 'which', 'what', 'that', 'is', 'are', 'its', 'it', 'be']);

/**
 * Lower-case kebab-case words of `text`, without filler words, at most `maxWords` words and 48 characters.
 * Accents are dropped (`Élan` → `elan`); everything else that is not a letter or digit separates words.
 */
export function slugify(text: string, maxWords = 6): string {
  const words = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const meaningful = words.filter((word) => !FILLER_WORDS.has(word));
  const picked = (meaningful.length > 0 ? meaningful : words).slice(0, maxWords);
  let slug = '';
  for (const word of picked) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_CHARS) break;
    slug = next;
  }
  return slug || picked[0]?.slice(0, MAX_SLUG_CHARS) || '';
}

/**
 * The prefix a bank's ids start with: the most common first segment of its existing ids (`clf` for
 * `clf-1-1-…`), or, for a bank without questions yet, the first segment of the bank id (`clf-c02` → `clf`).
 */
export function bankPrefix(bankId: string, existingIds: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const id of existingIds) {
    const first = id.split('-')[0];
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && prefix < best)) {
      best = prefix;
      bestCount = count;
    }
  }
  return best ?? (slugify(bankId.split(/[^a-z0-9]+/i)[0] ?? '', 1) || 'q');
}

/** `<prefix>-<task with dashes>-<slug>`, e.g. `clf-2-1-guest-os-patching`; the slug part is left out when empty. */
export function questionIdFor(prefix: string, task: string, slug: string): string {
  const taskPart = slugify(task, 8);
  return [prefix, taskPart, slug].filter((part) => part !== '').join('-');
}

/** `base` itself when it is free, else `base-2`, `base-3`, … (ids are compared case-insensitively). */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((id) => id.toLowerCase()));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** True when `id` is a well-formed question id (the validator's `id-invalid` rule). */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** The folder under `questions/` for a domain that has none yet: `d<N>-<slug of its title>`, e.g. `d2-security-compliance`. */
export function domainFolderName(domainId: string, domainTitle: string): string {
  const slug = slugify(domainTitle, 3);
  return [`d${slugify(domainId, 2) || domainId}`, slug].filter(Boolean).join('-');
}
