/**
 * Question search on a generated 10,000-question bank: Exam Kiosk's index (src/core/search) against plain Fuse
 * over the same questions, in the same run. Prints a markdown table of p50/p95 per query and the ratio.
 *
 *   npx tsx bench/search.ts [--questions 10000] [--runs 25] [--fuse-runs 3]
 *
 * Plain Fuse takes seconds per query on this bank, so a full run takes about five minutes on two cores;
 * `--fuse-runs 1` makes it quicker (plain Fuse's p50 and p95 are then one measurement); `npm run bench -- --quick`
 * searches 2,000 questions with fewer runs. With `--expose-gc` (the runner sets it), garbage is collected before
 * each query's runs instead of inside them.
 *
 * The bank is made from a few hundred words of AWS vocabulary in sentences shaped like real questions: a
 * scenario stem, four or five options, and an explanation of a few hundred words (the body text is what makes
 * plain Fuse slow, so it is included). Seeded, so every run searches the same bank.
 */
import Fuse from 'fuse.js';
import { availableParallelism, loadavg } from 'node:os';
import type { Question } from '../src/core/bank/model';
import { seededRandom, type Random } from '../src/core/random';
import { QUICK, reportTargets } from './lib/report';
import { QuestionSearch } from '../src/core/search/questionSearch';

const SERVICES = [
  'Amazon EC2', 'Amazon S3', 'Amazon S3 Glacier', 'Amazon EBS', 'Amazon EFS', 'Amazon FSx', 'AWS Lambda', 'Amazon DynamoDB',
  'Amazon RDS', 'Amazon Aurora', 'Amazon Redshift', 'Amazon ElastiCache', 'Amazon CloudFront', 'Amazon Route 53',
  'Amazon VPC', 'AWS Direct Connect', 'AWS Site-to-Site VPN', 'AWS Transit Gateway', 'Elastic Load Balancing',
  'Amazon EC2 Auto Scaling', 'Amazon CloudWatch', 'AWS CloudTrail', 'AWS Config', 'AWS Trusted Advisor',
  'AWS Identity and Access Management', 'IAM Identity Center', 'AWS Organizations', 'AWS Control Tower',
  'Amazon GuardDuty', 'Amazon Inspector', 'Amazon Macie', 'AWS Shield', 'AWS WAF', 'AWS Key Management Service',
  'AWS Secrets Manager', 'AWS Certificate Manager', 'Amazon Cognito', 'Amazon SQS', 'Amazon SNS', 'Amazon EventBridge',
  'AWS Step Functions', 'Amazon Kinesis Data Streams', 'Amazon Data Firehose', 'Amazon Athena', 'AWS Glue',
  'Amazon EMR', 'Amazon QuickSight', 'Amazon SageMaker', 'Amazon Rekognition', 'Amazon Comprehend', 'Amazon Polly',
  'Amazon Lex', 'Amazon Textract', 'Amazon Bedrock', 'AWS Elastic Beanstalk', 'AWS CloudFormation', 'AWS CDK',
  'AWS CodePipeline', 'AWS CodeBuild', 'AWS Systems Manager', 'AWS Backup', 'AWS Snowball', 'AWS DataSync',
  'AWS Storage Gateway', 'AWS Database Migration Service', 'AWS Application Migration Service', 'Amazon ECS',
  'Amazon EKS', 'AWS Fargate', 'Amazon ECR', 'AWS Outposts', 'AWS Local Zones', 'AWS Wavelength',
  'AWS Cost Explorer', 'AWS Budgets', 'AWS Pricing Calculator', 'AWS Cost and Usage Report', 'Savings Plans',
  'Reserved Instances', 'Spot Instances', 'AWS Marketplace', 'AWS Support', 'AWS Health Dashboard', 'AWS Artifact',
  'AWS Global Accelerator', 'Amazon API Gateway', 'AWS AppSync', 'Amazon Neptune', 'Amazon DocumentDB',
  'Amazon Keyspaces', 'Amazon Timestream', 'Amazon OpenSearch Service', 'Amazon MQ', 'AWS Batch', 'Amazon Lightsail',
];
const CONCEPTS = [
  'high availability', 'fault tolerance', 'elasticity', 'scalability', 'durability', 'latency', 'throughput',
  'encryption at rest', 'encryption in transit', 'least privilege', 'shared responsibility model', 'compliance',
  'Availability Zone', 'Region', 'edge location', 'disaster recovery', 'recovery time objective',
  'recovery point objective', 'multi-AZ deployment', 'read replica', 'lifecycle policy', 'versioning',
  'cross-Region replication', 'security group', 'network ACL', 'subnet', 'route table', 'internet gateway',
  'NAT gateway', 'VPC endpoint', 'private connectivity', 'BGP', 'jumbo frames', 'access keys', 'MFA',
  'root user', 'IAM role', 'IAM policy', 'service control policy', 'resource tag', 'cost allocation tag',
  'on-demand pricing', 'pay-as-you-go', 'total cost of ownership', 'capital expense', 'operational expense',
  'serverless', 'containers', 'microservices', 'event-driven architecture', 'batch processing',
  'real-time analytics', 'data lake', 'data warehouse', 'caching', 'content delivery', 'DNS failover',
  'health checks', 'automatic scaling', 'patch management', 'audit logging', 'threat detection',
  'vulnerability scanning', 'key rotation', 'certificate renewal', 'well-architected framework',
  'operational excellence', 'performance efficiency', 'cost optimization', 'sustainability', 'reliability',
];
const ACTORS = ['A company', 'A startup', 'A retailer', 'A media company', 'A bank', 'A hospital', 'A game studio', 'A university', 'A logistics company', 'An insurance company', 'A solutions architect', 'A developer', 'A cloud practitioner', 'A security engineer', 'A network engineer'];
const VERBS = ['needs to', 'wants to', 'must', 'plans to', 'has to', 'is looking for a way to', 'is required to'];
const GOALS = ['reduce cost', 'improve performance', 'store data durably', 'serve users worldwide', 'analyze logs', 'protect sensitive data', 'migrate an on-premises database', 'decouple components', 'detect threats', 'control access for employees', 'recover from a Region failure', 'process streaming data', 'run code without managing servers', 'track spending by team', 'connect a data center privately'];
const FILLER = ['with the least operational overhead', 'while keeping costs low', 'without changing the application', 'within minutes', 'for several years', 'across multiple accounts', 'for millions of users', 'during seasonal peaks', 'in a single Region', 'with minimal latency', 'as required by auditors', 'at any scale'];
const QUESTIONS = ['Which AWS service meets these requirements?', 'Which solution meets these requirements most cost-effectively?', 'What should the company do?', 'Which combination of steps should the architect take?', 'Which AWS service or feature should be used?'];
const REASONS = ['because it', 'since it', 'as it', 'which'];
const CLAIMS = ['scales automatically with demand', 'is fully managed by AWS', 'keeps data in the Region the customer chooses', 'charges only for what is used', 'replicates data across Availability Zones', 'integrates with IAM for fine-grained access', 'encrypts data with keys from AWS KMS', 'records every API call for auditing', 'delivers content from edge locations close to users', 'runs containers without managing servers', 'provides a private, dedicated network connection', 'stores objects with eleven nines of durability', 'analyzes data with standard SQL', 'detects unusual activity with machine learning', 'sends notifications to many subscribers', 'queues messages between decoupled components'];
const WRONGS = ['does not meet the requirement', 'adds operational overhead', 'costs more for this workload', 'is designed for a different purpose', 'cannot be used across Regions', 'needs servers that the company must manage', 'does not provide this level of durability', 'only works inside a single Availability Zone'];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function sentence(random: Random): string {
  return `${pick(random, SERVICES)} ${pick(random, REASONS)} ${pick(random, CLAIMS)}, and ${pick(random, CONCEPTS)} ${pick(random, ['matters here', 'is part of the requirement', 'is what the scenario asks for', 'is covered by this design'])} ${pick(random, FILLER)}.`;
}

/** A question shaped like a real one: about 60 words of stem, 4–5 options, 150–300 words of explanation. */
function generatedQuestion(random: Random, n: number): Question {
  const domain = 1 + (n % 4);
  const task = `${domain}.${1 + (n % 5)}`;
  const stem = [
    `${pick(random, ACTORS)} ${pick(random, VERBS)} ${pick(random, GOALS)} ${pick(random, FILLER)}.`,
    `The workload uses ${pick(random, SERVICES)} and ${pick(random, SERVICES)}, and ${pick(random, CONCEPTS)} is important.`,
    `The team also ${pick(random, VERBS)} ${pick(random, GOALS)} ${pick(random, FILLER)}.`,
    pick(random, QUESTIONS),
  ].join(' ');
  const multiple = random() < 0.2;
  const optionCount = multiple ? 5 : 4;
  const correct = multiple ? 2 : 1;
  const options = Array.from({ length: optionCount }, (_, i) => ({
    markdown: `Use ${pick(random, SERVICES)} with ${pick(random, CONCEPTS)} ${pick(random, FILLER)}`,
    correct: i < correct,
    position: { line: 12 + i, column: 1 },
  }));
  const sentences = 8 + Math.floor(random() * 10);
  const explanation = [
    `**${options[0].markdown}** is right: ${sentence(random)}`,
    ...Array.from({ length: sentences }, () => sentence(random)),
    ...options.slice(correct).map((o) => `- **${o.markdown}** ${pick(random, WRONGS)}. ${sentence(random)}`),
  ].join('\n');
  const words = stem.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const id = `gen-${task.replace('.', '-')}-${words.slice(2, 5).join('-')}-${n}`;
  return {
    id, bankId: 'gen-c01', domain: String(domain), task,
    tags: [pick(random, SERVICES), pick(random, CONCEPTS)].map((t) => t.toLowerCase().replace(/[^a-z0-9]+/g, '-')),
    references: ['https://docs.aws.amazon.com/'], updated: '2026-01-01', stem, options, explanation,
    selectCount: correct, file: `/bench/gen-c01/questions/${id}.md`, stemPosition: { line: 10, column: 1 },
    contentHash: '000000000000', classification: 'authored',
  };
}

/** What contributors type: service names, concepts, several words, half-typed words and misspellings. */
const QUERIES = [
  'lambda', 'cloudfromt', 'redshfit', 'elasticache', 'kinesis data streams', 'encryption at rest kms',
  's3 lifecycle glacier', 'route 53 failover', 'iam role least privilege', 'auto scal', 'which service', 'gen-2-2',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** p50/p95 of `runs` timed calls of `run`, after `warmUp` untimed ones; `hits` is what the last call returned. */
function measure(run: () => number, runs: number, warmUp: number): { p50: number; p95: number; hits: number } {
  (globalThis as { gc?: () => void }).gc?.();
  let hits = 0;
  for (let i = 0; i < warmUp; i++) hits = run();
  const times = Array.from({ length: runs }, () => {
    const timed = time(run);
    hits = timed.value;
    return timed.ms;
  }).sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits };
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

function main(): void {
  const count = flag('--questions', QUICK ? 2_000 : 10_000);
  const runs = flag('--runs', QUICK ? 10 : 25);
  // Plain Fuse takes seconds per query on this bank, so it gets fewer runs; its first query is warmed up once.
  const fuseRuns = flag('--fuse-runs', QUICK ? 1 : 3);
  const random = seededRandom(20261125);
  const questions = Array.from({ length: count }, (_, n) => generatedQuestion(random, n));
  const words = questions.reduce((sum, q) => sum + `${q.stem} ${q.options.map((o) => o.markdown).join(' ')} ${q.explanation}`.split(/\s+/).length, 0);

  // Each engine is measured in its own phase so that one's garbage is not collected in the other's timings.
  const ours = time(() => new QuestionSearch(questions));
  // One untimed pass over every query first, so the index build's garbage is collected before timing starts.
  for (const query of QUERIES) ours.value.search(query);
  const ourResults = QUERIES.map((query) => measure(() => ours.value.search(query).length, runs, 3));
  const fuse = time(() => new Fuse(questions, {
    keys: [
      { name: 'stem', weight: 4 }, { name: 'tags', weight: 3 }, { name: 'id', weight: 3 },
      { name: 'options.markdown', weight: 2.5 }, { name: 'explanation', weight: 1 },
    ],
    ignoreLocation: true,
    includeScore: true,
  }));
  const fuseResults = QUERIES.map((query, i) => fuseRuns === 0
    ? { p50: NaN, p95: NaN, hits: 0 }
    : measure(() => fuse.value.search(query, { limit: 50 }).length, fuseRuns, i === 0 ? 1 : 0));

  const fmt = (ms: number): string => ms.toFixed(ms < 10 ? 2 : 1);
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
  console.log(`## Question search: ${count} generated questions (${Math.round(words / count)} words each on average)`);
  console.log('');
  console.log(`${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the start (other processes make the figures noisier).`);
  console.log('');
  console.log(`Index build: Exam Kiosk ${fmt(ours.ms)} ms, plain Fuse ${fmt(fuse.ms)} ms. Timed runs per query: Exam Kiosk ${runs} (after 3 untimed), plain Fuse ${fuseRuns}.`);
  console.log('');
  console.log('| query | Exam Kiosk p50 ms | p95 ms | hits | plain Fuse p50 ms | p95 ms | hits | p95 ratio (Fuse / ours) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  QUERIES.forEach((query, i) => {
    const a = ourResults[i];
    const b = fuseResults[i];
    console.log(`| \`${query}\` | ${fmt(a.p50)} | ${fmt(a.p95)} | ${a.hits} | ${fmt(b.p50)} | ${fmt(b.p95)} | ${b.hits} | ${ratio(b.p95, a.p95)} |`);
  });
  const ourP95 = ourResults.map((r) => r.p95).sort((x, y) => x - y);
  const fuseP95 = fuseResults.map((r) => r.p95).sort((x, y) => x - y);
  const worst = ourP95[ourP95.length - 1];
  console.log('');
  console.log(`Median over queries of the p95: Exam Kiosk ${fmt(percentile(ourP95, 50))} ms, plain Fuse ${fmt(percentile(fuseP95, 50))} ms (${ratio(percentile(fuseP95, 50), percentile(ourP95, 50))}).`);
  console.log(`Slowest query's p95: Exam Kiosk ${fmt(worst)} ms (target < 50 ms: ${worst < 50 ? 'met' : 'NOT met'}), plain Fuse ${fmt(fuseP95[fuseP95.length - 1])} ms.`);
  console.log('Hits are capped at 50 for both, as in the search picker.');
  const medianRatio = percentile(fuseP95, 50) / percentile(ourP95, 50);
  reportTargets('search', [
    { metric: `search p95, slowest query (${count} questions)`, value: `${fmt(worst)} ms`, target: '< 50 ms', met: worst < 50 },
    ...(fuseRuns > 0 ? [{ metric: 'search p95 against plain Fuse (median over queries)', value: `${medianRatio.toFixed(0)}× faster`, target: 'faster', met: medianRatio > 1 }] : []),
  ]);
}

main();
