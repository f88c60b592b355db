import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandForKey, isReservedChord, optionKeyShortcuts, type KeyContext, type KeyPress } from '../../../src/webview/kiosk/shortcuts';

const question: KeyContext = { screen: 'question', inTextField: false, singleKeyShortcuts: true, exam: true };

function press(key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...modifiers };
}

test('letters A–F and digits 1–9 choose options; Shift strikes out', () => {
  assert.deepEqual(commandForKey(press('c', 'KeyC'), question), { kind: 'choose', position: 2 });
  assert.deepEqual(commandForKey(press('f', 'KeyF'), question), { kind: 'choose', position: 5 });
  assert.deepEqual(commandForKey(press('3', 'Digit3'), question), { kind: 'choose', position: 2 });
  assert.deepEqual(commandForKey(press('9', 'Numpad9'), question), { kind: 'choose', position: 8 });
  assert.deepEqual(commandForKey(press('B', 'KeyB', { shiftKey: true }), question), { kind: 'strike', position: 1 });
  // Shift+digit types a symbol; the physical key still names the option.
  assert.deepEqual(commandForKey(press('#', 'Digit3', { shiftKey: true }), question), { kind: 'strike', position: 2 });
  assert.equal(commandForKey(press('g', 'KeyG'), question), undefined);
  assert.equal(commandForKey(press('n', 'KeyN'), question), undefined, 'N is no longer "next"');
});

test('actions take Alt, by physical key', () => {
  const kinds = ['KeyN', 'KeyP', 'KeyF', 'KeyR', 'KeyC', 'KeyE'].map((code) => commandForKey(press('ñ', code, { altKey: true }), question)?.kind);
  assert.deepEqual(kinds, ['next', 'previous', 'flag', 'review', 'comment', 'end']);
  assert.equal(commandForKey(press('n', 'KeyN', { altKey: true, shiftKey: true }), question), undefined);
  assert.equal(commandForKey(press('n', 'KeyN', { altKey: true }), { ...question, exam: false }), undefined, 'a preview has no exam actions');
});

test('nothing fires in a text field but Escape, which leaves it', () => {
  const typing = { ...question, inTextField: true };
  for (const p of [press('a', 'KeyA'), press('1', 'Digit1'), press('n', 'KeyN', { altKey: true }), press('e', 'KeyE', { altKey: true })]) {
    assert.equal(commandForKey(p, typing), undefined, `${p.code} alt=${p.altKey}`);
  }
  assert.deepEqual(commandForKey(press('Escape', 'Escape'), typing), { kind: 'leave-text' });
  // VS Code must not see the exam's chords either (its menu bar takes Alt+F, Alt+E, Alt+R).
  assert.equal(isReservedChord(press('f', 'KeyF', { altKey: true }), typing), true);
  assert.equal(isReservedChord(press('s', 'KeyS', { altKey: true }), typing), false);
});

test('single-key shortcuts can be turned off; Alt chords stay', () => {
  const off = { ...question, singleKeyShortcuts: false };
  assert.equal(commandForKey(press('a', 'KeyA'), off), undefined);
  assert.equal(commandForKey(press('2', 'Digit2'), off), undefined);
  assert.deepEqual(commandForKey(press('n', 'KeyN', { altKey: true }), off), { kind: 'next' });
  assert.equal(optionKeyShortcuts(0, false), undefined);
  assert.equal(optionKeyShortcuts(0, true), 'A 1');
  assert.equal(optionKeyShortcuts(7, true), '8');
});

test('on the review screen letters do nothing and Escape goes back; Ctrl and Meta chords belong to VS Code', () => {
  const review = { ...question, screen: 'review' as const };
  assert.equal(commandForKey(press('a', 'KeyA'), review), undefined);
  assert.deepEqual(commandForKey(press('Escape', 'Escape'), review), { kind: 'back' });
  assert.equal(commandForKey(press('a', 'KeyA', { ctrlKey: true }), question), undefined);
  assert.equal(commandForKey(press('n', 'KeyN', { metaKey: true, altKey: true }), question), undefined);
});
