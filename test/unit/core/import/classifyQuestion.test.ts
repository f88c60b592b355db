import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BankInfo } from '../../../../src/core/bank/model';
import { classifyQuestion, type ClassifierInput } from '../../../../src/core/import/classify/classifyQuestion';
import { KEYWORD_MAPS, keywordMapFor } from '../../../../src/core/import/classify/keywordMaps';
import { isServiceTag } from '../../../../src/core/import/classify/serviceCatalog';
import { blueprint } from '../../helpers/importFixtures';

const clf = blueprint('clf-c02');
const ans = blueprint('ans-c01');

function q(stem: string, correct: string[], distractors: string[] = [], explanation = ''): ClassifierInput {
  return { stem, correct, distractors, explanation };
}

test('CLF-C02: the correct option names what the question tests, the stem only sets the scene', () => {
  const cases: [ClassifierInput, string][] = [
    [q('Which service stores objects for a static website?', ['Amazon S3'], ['Amazon EC2', 'AWS Lambda', 'Amazon RDS']), '3.6'],
    [q('Several critical Amazon EC2 instances were terminated. Which service shows who did it?', ['AWS CloudTrail'], ['Amazon Inspector', 'AWS Trusted Advisor']), '2.2'],
    [q('Under the shared responsibility model, what does the customer manage?', ['Patching the guest operating system'], ['Physical security']), '2.1'],
    [q('Which pricing model gives the largest discount for interruptible batch jobs?', ['Spot Instances'], ['On-Demand Instances', 'Reserved Instances']), '4.1'],
    [q('Which tool forecasts next month spending?', ['AWS Cost Explorer'], ['AWS Budgets', 'AWS Artifact']), '4.2'],
    [q('Which is the minimum AWS Support plan with a technical account manager?', ['Enterprise'], ['Business', 'Developer']), '4.3'],
    [q('Which service converts speech to text?', ['Amazon Transcribe'], ['Amazon Polly', 'Amazon Translate']), '3.7'],
    [q('Which AWS Well-Architected pillar covers recovering from failure?', ['Reliability'], ['Security']), '1.2'],
  ];
  for (const [input, task] of cases) {
    const guess = classifyQuestion(input, clf, keywordMapFor('CLF-C02'));
    assert.equal(guess.task, task, `${input.stem} → ${guess.reason}`);
    assert.equal(guess.domain, task.split('.')[0]);
  }
});

test('ANS-C01: hybrid DNS, flow-log analysis, edge and encryption questions', () => {
  const map = keywordMapFor('ans-c01');
  const cases: [ClassifierInput, string][] = [
    [q('On-premises servers must resolve names in a private hosted zone. What should be configured?', ['A Route 53 Resolver inbound endpoint'], ['A public hosted zone']), '2.3'],
    [q('An engineer must find which IP addresses sent rejected traffic to a subnet.', ['Query VPC Flow Logs with Amazon Athena'], ['Enable AWS Shield Advanced']), '3.2'],
    [q('Users around the world need static anycast IP addresses in front of an application.', ['AWS Global Accelerator'], ['Amazon Route 53 weighted records']), '1.1'],
    [q('Traffic over AWS Direct Connect must be encrypted at layer 2.', ['Enable MACsec on the dedicated connection'], ['Use TLS on the application']), '4.3'],
  ];
  for (const [input, task] of cases) assert.equal(classifyQuestion(input, ans, map).task, task, input.stem);
});

test('the reason names the task, its score, the runner-up and the matched keywords with where they matched', () => {
  const guess = classifyQuestion(q('Which service stores objects?', ['Amazon S3'], ['Amazon EC2']), clf, keywordMapFor('CLF-C02'));
  assert.equal(guess.how, 'keywords');
  assert.match(guess.reason, /^task 3\.6 scored \d+(\.\d)? \(next 3\.3 with \d+(\.\d)?\) from amazon-s3 \(answer\)/);
  assert.ok(guess.matched.some((m) => m.keyword === 'amazon-s3' && m.place === 'answer' && m.points === 9));
});

test('no keyword gives the documented default task; an exam without a map gives the heaviest domain\'s first task', () => {
  const nothing = q('Which option is right?', ['This one'], ['That one']);
  const guess = classifyQuestion(nothing, clf, keywordMapFor('CLF-C02'));
  assert.deepEqual([guess.domain, guess.task, guess.how], ['1', '1.1', 'default']);
  assert.match(guess.reason, /no keyword matched: default task 1\.1/);
  const other: BankInfo = { ...clf, exam: 'XYZ-C01' };
  const noMap = classifyQuestion(q('Which service stores objects?', ['Amazon S3']), other, keywordMapFor('XYZ-C01'));
  assert.deepEqual([noMap.domain, noMap.task, noMap.how], ['3', '3.1', 'no-map']);
});

test('a tie goes to the tied task whose domain weighs more', () => {
  const bank: BankInfo = {
    ...clf,
    domains: [
      { id: '1', title: 'Light', weight: 10, tasks: [{ id: '1.1', title: 'a' }] },
      { id: '2', title: 'Heavy', weight: 90, tasks: [{ id: '2.1', title: 'b' }] },
    ],
  };
  const map = { exam: clf.exam, defaultTask: '1.1', tasks: { '1.1': ['alpha'], '2.1': ['beta'] } };
  const guess = classifyQuestion(q('alpha and beta', ['x']), bank, map);
  assert.deepEqual([guess.task, guess.how], ['2.1', 'tie']);
  assert.match(guess.reason, /tied with 1\.1/);
});

test('every keyword map covers every task of its blueprint, names only known services, and its default exists', () => {
  for (const [map, bank] of [[keywordMapFor('CLF-C02')!, clf], [keywordMapFor('ANS-C01')!, ans]] as const) {
    const tasks = bank.domains.flatMap((d) => d.tasks.map((t) => t.id));
    assert.deepEqual(Object.keys(map.tasks).sort(), [...tasks].sort(), map.exam);
    assert.ok(tasks.includes(map.defaultTask));
    for (const keywords of Object.values(map.tasks)) {
      for (const k of keywords) {
        const word = typeof k === 'string' ? k : k[0];
        // A keyword that looks like a tag must be one; a typo would silently never match.
        if (/^(amazon|aws)-/.test(word)) assert.ok(isServiceTag(word), `${map.exam}: unknown service tag ${word}`);
      }
    }
  }
  assert.equal(KEYWORD_MAPS.length, 2);
});
