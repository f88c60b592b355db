import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexTicks, linear, linePath, masteryChartLayout, niceTicks, scoreChartLayout } from '../../../../src/core/charts/chartGeometry';

test('linear maps the domain onto the range, and a flat domain to the middle', () => {
  const y = linear(100, 1000, 200, 0);
  assert.equal(y(100), 200);
  assert.equal(y(1000), 0);
  assert.equal(y(550), 100);
  assert.equal(linear(5, 5, 0, 10)(123), 5);
});

test('nice ticks step by 1, 2 or 5 times a power of ten and cover the range', () => {
  assert.deepEqual(niceTicks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(100, 1000, 5), [200, 400, 600, 800, 1000]);
  assert.deepEqual(niceTicks(3, 3, 4), [3]);
  assert.deepEqual(niceTicks(10, 0, 2), [0, 5, 10]);
  assert.deepEqual(niceTicks(0, Number.NaN, 3), []);
});

test('index ticks label the first and last point and at most the number asked', () => {
  assert.deepEqual(indexTicks(3, 5), [0, 1, 2]);
  assert.deepEqual(indexTicks(10, 4), [0, 3, 6, 9]);
  assert.deepEqual(indexTicks(10, 1), [9]);
  assert.deepEqual(indexTicks(0, 4), []);
});

test('line paths move then draw, rounded', () => {
  assert.equal(linePath([{ x: 1.234, y: 2 }, { x: 3, y: 4.06 }]), 'M1.2 2 L3 4.1');
  assert.equal(linePath([]), '');
});

test('the score chart puts exams left to right, higher scores higher, and the passing line between', () => {
  const layout = scoreChartLayout([{ scaled: 500, average: 500 }, { scaled: 700, average: 600 }, { scaled: 900, average: 700 }], 700, 400, 200);
  const [a, b, c] = layout.points;
  assert.ok(a.x < b.x && b.x < c.x);
  assert.ok(a.y > b.y && b.y > c.y);
  assert.equal(b.y, layout.passY);
  assert.equal(a.x, layout.frame.x0);
  assert.equal(c.x, layout.frame.x1);
  assert.ok(layout.yTicks.every((t) => t.at >= layout.frame.y0 && t.at <= layout.frame.y1));
  const one = scoreChartLayout([{ scaled: 800, average: 800 }], 700, 400, 200);
  assert.equal(one.points[0].x, (one.frame.x0 + one.frame.x1) / 2);
  assert.equal(scoreChartLayout([], 700, 400, 200).scorePath, '');
});

test('the mastery chart draws a line per domain, clamped to 0–100%, with the cut line', () => {
  const layout = masteryChartLayout([{ means: [0.5, 0.9] }, { means: [0.6, 1.4] }], 2, 0.72, 300, 150);
  assert.equal(layout.lines.length, 2);
  assert.ok(layout.lines.every((l) => l.path.startsWith('M') && l.path.includes('L')));
  assert.equal(layout.lines[1].end?.y, layout.frame.y0, 'values above 100% sit on the top edge');
  assert.ok(layout.cutY > layout.frame.y0 && layout.cutY < layout.frame.y1);
  assert.deepEqual(layout.xs, [layout.frame.x0, layout.frame.x1]);
  assert.deepEqual(masteryChartLayout([], 3, 0.72, 300, 150).lines.map((l) => l.end), [undefined, undefined, undefined]);
  const late = masteryChartLayout([{ means: [0.5, 0.5], evidence: [1, 0] }, { means: [0.6, 0.4], evidence: [1, 2] }], 2, 0.72, 300, 150);
  assert.equal(late.lines[1].path.split('L').length, 1, 'a domain\'s line starts at its first evidence');
  assert.equal(late.lines[0].path.split('L').length, 2);
  const none = masteryChartLayout([{ means: [0.5], evidence: [0] }], 1, 0.72, 300, 150);
  assert.equal(none.lines[0].path, '');
  assert.equal(none.lines[0].end, undefined);
});
