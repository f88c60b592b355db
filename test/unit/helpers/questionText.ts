/** Builds question-file text for parser tests: a valid question, with any part replaced. */
export interface QuestionParts {
  frontMatter?: string;
  stem?: string;
  options?: string;
  explanation?: string;
}

export const VALID_FRONT_MATTER = `id: mini-1-1-sample
domain: "1"
task: "1.1"
tags: [amazon-s3]
references:
  - https://docs.aws.amazon.com/s3/
updated: 2026-11-01`;

export function questionText(parts: QuestionParts = {}): string {
  const frontMatter = parts.frontMatter ?? VALID_FRONT_MATTER;
  const stem = parts.stem ?? 'Which storage service keeps objects?';
  const options = parts.options ?? '- [x] Amazon S3\n- [ ] Amazon EC2\n- [ ] Amazon VPC\n- [ ] AWS IAM';
  const explanation = parts.explanation ?? '## Explanation\n\n**Amazon S3** stores objects; the others do not.';
  return `---\n${frontMatter}\n---\n\n${stem}\n\n${options}\n\n${explanation}\n`;
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
