import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../../../src/core/bank/model';
import { QuestionSearch } from '../../../../src/core/search/questionSearch';
import { plainText, firstLine } from '../../../../src/core/search/snippet';

function question(id: string, parts: { stem: string; options?: string[]; explanation?: string; tags?: string[] }): Question {
  const options = parts.options ?? ['Amazon EC2', 'Amazon VPC', 'AWS IAM', 'Amazon SQS'];
  return {
    id, bankId: 'test-c01', domain: '1', task: '1.1', tags: parts.tags ?? [], references: ['https://docs.aws.amazon.com/'],
    updated: '2026-11-01', stem: parts.stem,
    options: options.map((markdown, i) => ({ markdown, correct: i === 0, position: { line: 12 + i, column: 1 } })),
    explanation: parts.explanation ?? 'The first option is right.', selectCount: 1, file: `/banks/test-c01/questions/${id}.md`,
    stemPosition: { line: 10, column: 1 }, contentHash: '000000000000', classification: 'authored',
  };
}

const QUESTIONS = [
  question('t-1-1-cdn', {
    stem: 'A media company serves videos to viewers worldwide and wants lower latency. Which service helps?',
    options: ['Amazon CloudFront', 'Amazon EC2', 'AWS Direct Connect', 'Amazon Route 53'],
    explanation: '**Amazon CloudFront** caches content at edge locations close to viewers.',
    tags: ['amazon-cloudfront', 'edge'],
  }),
  question('t-1-2-cache', {
    stem: 'Which service gives an application an in-memory cache in front of its database?',
    options: ['Amazon ElastiCache', 'Amazon S3', 'Amazon Athena', 'AWS Glue'],
    explanation: 'ElastiCache runs Redis OSS or Memcached; it is not a content delivery network, unlike a CDN.',
  }),
  question('t-1-3-archive', {
    stem: 'A company must keep compliance records for ten years at the lowest cost. Where should it store them?',
    options: ['Amazon S3 Glacier Deep Archive', 'Amazon EBS', 'Amazon EFS', 'Instance store'],
    explanation: 'S3 Glacier Deep Archive is the lowest-cost storage class; a retrieval takes hours, which auditors accept. Object Lock can keep the records immutable.',
  }),
  question('t-1-4-lifecycle', {
    stem: 'How can old objects move to a cheaper storage class automatically?',
    options: ['An S3 Lifecycle rule', 'An IAM policy', 'A security group', 'AWS Config'],
    explanation: 'A Lifecycle rule transitions objects, for example to S3 Glacier, after a number of days.',
  }),
  question('t-1-5-dynamo', {
    stem: 'Which database offers single-digit millisecond latency at any scale for key-value data?',
    options: ['Amazon DynamoDB', 'Amazon RDS', 'Amazon Redshift', 'Amazon Neptune'],
    explanation: 'DynamoDB is a serverless key-value and document database.',
  }),
];

const search = new QuestionSearch(QUESTIONS);
const ids = (query: string): string[] => search.search(query).map((hit) => hit.question.id);

test('finds a question by a word that only its explanation has, and says so', () => {
  const hits = search.search('immutable');
  assert.deepEqual(hits.map((h) => h.question.id), ['t-1-3-archive']);
  assert.equal(hits[0].field, 'explanation');
  assert.match(hits[0].snippet, /immutable/);
});

test('finds a question by a misspelled service name', () => {
  assert.equal(ids('cloudfromt')[0], 't-1-1-cdn');
  assert.equal(ids('dynamdb')[0], 't-1-5-dynamo');
  assert.equal(ids('elasticahce')[0], 't-1-2-cache');
});

test('ranks a match in the stem above the same word in an explanation', () => {
  const both = [
    question('t-2-1-stem', { stem: 'Which feature keeps objects immutable for a retention period?', explanation: 'Object Lock.' }),
    question('t-2-2-expl', { stem: 'Which feature protects records?', explanation: 'Object Lock keeps them immutable.' }),
  ];
  const hits = new QuestionSearch([both[1], both[0]]).search('immutable');
  assert.deepEqual(hits.map((h) => h.question.id), ['t-2-1-stem', 't-2-2-expl']);
  assert.deepEqual(hits.map((h) => h.field), ['stem', 'explanation']);
});

test('the word being typed matches the words it starts', () => {
  assert.equal(ids('elasti')[0], 't-1-2-cache');
  assert.deepEqual(ids('glac').sort(), ['t-1-3-archive', 't-1-4-lifecycle']);
});

test('several words: questions with all of them come first, and only they when there are any', () => {
  assert.deepEqual(ids('glacier lifecycle'), ['t-1-4-lifecycle']);
  assert.deepEqual(ids('glacier zzzzqqq').sort(), ['t-1-3-archive', 't-1-4-lifecycle']);
});

test('tags, ids, case and accents match too', () => {
  assert.equal(ids('EDGE')[0], 't-1-1-cdn');
  assert.equal(ids('t-1-5')[0], 't-1-5-dynamo');
  assert.equal(ids('Dynamódb')[0], 't-1-5-dynamo');
});

test('nothing to search for finds nothing, and an empty bank is fine', () => {
  assert.deepEqual(search.search(''), []);
  assert.deepEqual(search.search('  ?! '), []);
  assert.deepEqual(search.search('xylophone'), []);
  assert.deepEqual(new QuestionSearch([]).search('lambda'), []);
  assert.equal(search.search('amazon', 2).length, 2);
});

test('plain text of markdown and the first line of a stem', () => {
  assert.equal(plainText('**Amazon S3** and [docs](https://x.y) `code`\n\nnext'), 'Amazon S3 and docs code next');
  assert.equal(firstLine(QUESTIONS[0], 30), 'A media company serves videos…');
});

test('a question about a service ranks above one that only mentions it in its stem', () => {
  const about = question('t-3-1-about', {
    stem: 'Which service caches content close to viewers?',
    options: ['Amazon CloudFront', 'Amazon S3', 'AWS Direct Connect', 'Amazon Route 53'],
    explanation: 'CloudFront serves cached copies from edge locations.',
    tags: ['amazon-cloudfront'],
  });
  const mention = question('t-3-2-mention', { stem: 'A team puts Amazon CloudFront in front of a web app. Which service issues its TLS certificate?' });
  assert.deepEqual(new QuestionSearch([mention, about]).search('cloudfront').map((h) => h.question.id), ['t-3-1-about', 't-3-2-mention']);
});
