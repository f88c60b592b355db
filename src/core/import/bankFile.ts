/**
 * The `bank.md` of an imported bank: the target exam's blueprint front matter, copied as written (so its
 * quoting and comments survive), plus `source` and `license`, and a body that says where the questions came
 * from and that their domains and tasks are guesses.
 */

export interface ImportedBankFacts {
  readonly source: string;
  readonly license: string;
  /** Import date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly questionCount: number;
  /** Licence files the licence was read from, as labels. */
  readonly licenseFiles: readonly string[];
}

/** Renders `bank.md` from the blueprint file's text; undefined when the blueprint has no front matter. */
export function renderBankFile(blueprintText: string, facts: ImportedBankFacts): string | undefined {
  const lines = blueprintText.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (close < 0) return undefined;
  const front = lines.slice(1, close).filter((l) => !/^(?:source|license):/.test(l));
  const title = /^title:\s*(.*)$/m.exec(front.join('\n'))?.[1]?.replace(/^["']|["']$/g, '') ?? 'Imported bank';
  const exam = /^exam:\s*(.*)$/m.exec(front.join('\n'))?.[1]?.replace(/^["']|["']$/g, '') ?? '';
  const licenseNote =
    facts.licenseFiles.length > 0
      ? `${facts.license}, read from ${facts.licenseFiles.join(', ')}`
      : `${facts.license} (no licence file found beside the source)`;
  return [
    '---',
    ...front,
    `source: ${JSON.stringify(facts.source)}`,
    `license: ${JSON.stringify(facts.license)}`,
    '---',
    '',
    `# ${title}${exam ? ` (${exam}), imported` : ', imported'}`,
    '',
    `${facts.questionCount} questions imported on ${facts.date} with \`exam-kiosk import\` from ${facts.source}.`,
    '',
    `Licence of the source: ${licenseNote}. The questions keep their source's licence and wording; each file`,
    'names its origin in `source`.',
    '',
    "The source gives no blueprint domain or task, so each question's task is a keyword-based guess",
    '(`classification: guess`, with the matched keywords in a comment beside it). Move a question to the right',
    'task by editing its `domain` and `task`. Questions whose source explanation has no links have no references.',
    '',
  ].join('\n');
}
