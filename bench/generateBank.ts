/**
 * Writes synthetic question banks of any size for benchmarks (and for anyone who needs a big valid bank): a
 * four-domain blueprint in `bank.md` and one question file per question under `questions/d<N>/`. Questions
 * look like the bundled ones in shape and length (a wrapped two-to-four-line stem, four options or five to
 * six for multiple response, an explanation with bold text and one bullet per distractor) and are all valid,
 * so a benchmark measures the full load path, not the error path. Output is reproducible from the seed.
 *
 * Run directly to write a bank somewhere: `npx tsx bench/generateBank.ts <dir> [questions] [seed]`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { randomInt, seededRandom, shuffled, type Random } from '../src/core/random';

export interface GeneratedBank {
  /** The bank folder (holds `bank.md`). */
  readonly root: string;
  /** Every question file written, sorted. */
  readonly files: string[];
  /** Bytes written, `bank.md` included. */
  readonly bytes: number;
  /** Questions written with more than one right option. */
  readonly multipleResponse: number;
}

export interface GenerateOptions {
  readonly questions: number;
  readonly seed?: number;
  /** Share of multiple-response questions, 0–1 (default 0.15, about what real banks have). */
  readonly multipleResponseShare?: number;
  /** The `updated` date written into every question (default 2026-11-01). */
  readonly updated?: string;
}

/** The blueprint written into `bank.md`: four domains with their task counts, weights adding up to 100. */
export const BLUEPRINT = [
  { id: '1', title: 'Design for Organizational Complexity', weight: 26, tasks: 5 },
  { id: '2', title: 'Design for New Solutions', weight: 29, tasks: 6 },
  { id: '3', title: 'Continuous Improvement for Existing Solutions', weight: 25, tasks: 5 },
  { id: '4', title: 'Accelerate Workload Migration and Modernization', weight: 20, tasks: 4 },
] as const;

const SERVICES = ['Amazon S3', 'Amazon EC2', 'AWS Lambda', 'Amazon DynamoDB', 'Amazon RDS', 'Amazon Aurora', 'Amazon VPC',
  'AWS Transit Gateway', 'Amazon CloudFront', 'Amazon Route 53', 'AWS Direct Connect', 'AWS Site-to-Site VPN', 'Amazon SQS',
  'Amazon SNS', 'Amazon EventBridge', 'AWS Step Functions', 'Amazon Kinesis Data Streams', 'Amazon Redshift', 'Amazon Athena',
  'AWS Glue', 'Amazon EFS', 'Amazon FSx for Windows File Server', 'AWS Backup', 'AWS Organizations', 'AWS Control Tower',
  'IAM Identity Center', 'AWS Key Management Service', 'AWS Secrets Manager', 'Amazon GuardDuty', 'AWS Config',
  'AWS CloudTrail', 'Amazon CloudWatch', 'AWS Systems Manager', 'Amazon ECS', 'Amazon EKS', 'AWS Fargate',
  'Elastic Load Balancing', 'Amazon ElastiCache', 'AWS DataSync', 'AWS Database Migration Service'];

const SUBJECTS = ['A retail company', 'A media start-up', 'A bank', 'A healthcare provider', 'A game studio',
  'A logistics company', 'A university', 'A public-sector agency', 'An insurance company', 'A SaaS vendor'];
const SITUATIONS = ['runs a three-tier web application in a single AWS Region', 'is moving 300 on-premises virtual machines to AWS',
  'collects clickstream events from millions of mobile devices', 'stores medical images that must be kept for ten years',
  'operates 40 AWS accounts for separate business units', 'serves a global audience with a latency-sensitive API',
  'processes nightly batch jobs that take six hours to finish', 'must keep customer data inside one country'];
const CONSTRAINTS = ['The solution must keep operational overhead as low as possible.',
  'The company wants to pay only for the capacity it uses.', 'Recovery point objective is 15 minutes and recovery time objective is one hour.',
  'Security policy forbids traffic over the public internet.', 'Every change must be auditable for at least one year.',
  'The team has little experience with container orchestration.'];
const QUESTIONS = ['Which solution meets these requirements MOST cost-effectively?', 'Which approach meets these requirements with the LEAST operational effort?',
  'What should a solutions architect recommend?', 'Which combination of steps will meet these requirements?'];
const WORDS = ['capacity', 'replication', 'latency', 'throughput', 'durability', 'availability', 'encryption', 'cost', 'scaling',
  'failover', 'retention', 'governance', 'auditing', 'isolation', 'routing', 'caching', 'automation', 'patching', 'backups'];

/** Wraps prose at about 115 characters, as contributors do. */
function wrap(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 115) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[randomInt(random, items.length)];
}

function sentence(random: Random, words: number): string {
  const out = Array.from({ length: words }, () => pick(WORDS, random));
  return `${out.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
}

const NUMBER_NAMES = ['', 'ONE', 'TWO', 'THREE'];

/** The text of one valid question file. */
export function questionFile(id: string, domain: string, task: string, multiple: boolean, random: Random, updated: string): string {
  const services = shuffled(SERVICES, random).slice(0, multiple ? 6 : 4);
  const optionCount = multiple ? 5 + randomInt(random, 2) : 4;
  const correctCount = multiple ? 2 + randomInt(random, 2) : 1;
  const options = services.slice(0, optionCount).map((service, index) => ({
    text: `Use ${service} to handle the ${pick(WORDS, random)} and ${pick(WORDS, random)} of the workload`,
    service,
    correct: index < correctCount,
  }));
  const stem = wrap([
    `${pick(SUBJECTS, random)} ${pick(SITUATIONS, random)}.`,
    sentence(random, 8 + randomInt(random, 10)),
    pick(CONSTRAINTS, random),
    pick(QUESTIONS, random),
    multiple ? `(Select ${NUMBER_NAMES[correctCount]}.)` : '',
  ].join(' ').trim());
  const right = options.filter((o) => o.correct);
  const explanation = [
    wrap(`${right.map((o) => `**${o.service}**`).join(' and ')} ${right.length > 1 ? 'are' : 'is'} right: ${sentence(random, 20)} ${sentence(random, 14)}`),
    '',
    ...options.filter((o) => !o.correct).map((o) => wrap(`- **${o.service}** ${sentence(random, 12 + randomInt(random, 8))}`).replace(/\n/g, '\n  ')),
  ].join('\n');
  const shuffledOptions = shuffled(options, random).map((o) => `- [${o.correct ? 'x' : ' '}] ${o.text}`).join('\n');
  const tags = shuffled(services, random).slice(0, 2).map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  return `---
id: ${id}
domain: "${domain}"
task: "${task}"
tags: [${tags.join(', ')}]
references:
  - https://docs.aws.amazon.com/${tags[0]}/latest/userguide/what-is.html
updated: ${updated}
---

${stem}

${shuffledOptions}

## Explanation

${explanation}
`;
}

/** The text of `bank.md` for {@link BLUEPRINT}. */
export function bankFile(): string {
  const domains = BLUEPRINT.map((d) => [
    `  - id: "${d.id}"`,
    `    title: ${d.title}`,
    `    weight: ${d.weight}`,
    '    tasks:',
    ...Array.from({ length: d.tasks }, (_, i) => `      - id: "${d.id}.${i + 1}"\n        title: Task statement ${d.id}.${i + 1} of ${d.title}`),
  ].join('\n'));
  return `---\nexam: BENCH-C01\ntitle: Synthetic benchmark bank\nminutes: 180\nquestions: 75\nscored: 65\npassingScore: 750\ndomains:\n${domains.join('\n')}\n---\n\nA generated bank for benchmarks.\n`;
}

/** Writes a bank of `options.questions` questions into `root` (created; must not hold another bank). */
export async function generateBank(root: string, options: GenerateOptions): Promise<GeneratedBank> {
  const random = seededRandom(options.seed ?? 20261125);
  const share = options.multipleResponseShare ?? 0.15;
  const updated = options.updated ?? '2026-11-01';
  const bank = bankFile();
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'bank.md'), bank);
  let bytes = Buffer.byteLength(bank);
  let multipleResponse = 0;
  const files: string[] = [];
  const jobs: { file: string; text: string }[] = [];
  for (let n = 0; n < options.questions; n++) {
    const domain = BLUEPRINT[n % BLUEPRINT.length];
    const task = `${domain.id}.${1 + (Math.floor(n / BLUEPRINT.length) % domain.tasks)}`;
    const multiple = random() < share;
    if (multiple) multipleResponse++;
    const id = `bench-${task.replace('.', '-')}-q${String(n).padStart(6, '0')}`;
    const file = path.join(root, 'questions', `d${domain.id}`, `${id}.md`);
    jobs.push({ file, text: questionFile(id, domain.id, task, multiple, random, updated) });
    files.push(file);
  }
  await Promise.all(BLUEPRINT.map((d) => mkdir(path.join(root, 'questions', `d${d.id}`), { recursive: true })));
  for (let i = 0; i < jobs.length; i += 64) {
    await Promise.all(jobs.slice(i, i + 64).map(({ file, text }) => writeFile(file, text)));
  }
  for (const job of jobs) bytes += Buffer.byteLength(job.text);
  return { root, files: files.sort(), bytes, multipleResponse };
}

/** Generates a bank in a new temporary folder; call `dispose()` to delete it. */
export async function generateTempBank(options: GenerateOptions): Promise<GeneratedBank & { dispose(): Promise<void> }> {
  const parent = await mkdtemp(path.join(tmpdir(), 'exam-kiosk-bench-'));
  const bank = await generateBank(path.join(parent, 'bench-c01'), options);
  return { ...bank, dispose: () => rm(parent, { recursive: true, force: true }) };
}

if (require.main === module) {
  const [dir, count = '1000', seed = '20261125'] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: npx tsx bench/generateBank.ts <dir> [questions] [seed]');
    process.exit(2);
  }
  generateBank(path.resolve(dir), { questions: Number(count), seed: Number(seed) }).then((bank) => {
    console.log(`${bank.files.length} questions (${bank.multipleResponse} multiple response), ${bank.bytes} bytes in ${bank.root}`);
  }, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
