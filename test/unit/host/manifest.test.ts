import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CommandId, ViewId } from '../../../src/host/commands/commandIds';

interface MenuItem { command: string; when?: string }
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
const ids = Object.values(CommandId) as string[];
const views: string[] = Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id);

test('the commands package.json contributes are exactly those the extension registers', () => {
  assert.deepEqual([...contributed].sort(), [...ids].sort());
  assert.equal(new Set(contributed).size, contributed.length, 'no command is contributed twice');
});

test('every menu item, keybinding and command link names a contributed command, and every view exists', () => {
  const menus = Object.entries(manifest.contributes.menus as Record<string, MenuItem[]>);
  for (const [menu, items] of menus) {
    for (const item of items) assert.ok(ids.includes(item.command), `${menu}: ${item.command}`);
  }
  for (const binding of manifest.contributes.keybindings ?? []) assert.ok(ids.includes(binding.command), `keybinding ${binding.command}`);
  const whenViews = menus.flatMap(([, items]) => items.flatMap((i) => [...(i.when ?? '').matchAll(/view == ([\w.]+)/g)].map((m) => m[1])));
  for (const view of whenViews) assert.ok(views.includes(view), `a menu refers to view ${view}`);
  for (const welcome of manifest.contributes.viewsWelcome ?? []) {
    assert.ok(views.includes(welcome.view), `welcome content of ${welcome.view}`);
    for (const link of welcome.contents.matchAll(/\(command:([\w.]+)/g)) {
      assert.ok(ids.includes(link[1]) || link[1].startsWith('workbench.'), `a welcome link runs ${link[1]}`);
    }
  }
  assert.deepEqual([...views].sort(), (Object.values(ViewId) as string[]).sort(), 'the views the code registers are the views contributed');
});

test('every command has a title and a category, and commands that need an argument stay out of the palette', () => {
  for (const c of manifest.contributes.commands) {
    assert.ok(c.title && c.category === 'Exam Kiosk', c.command);
  }
  const hidden = (manifest.contributes.menus.commandPalette as MenuItem[]).filter((i) => i.when === 'false').map((i) => i.command);
  for (const id of [CommandId.RetakeExam, CommandId.RetakeIncorrect, CommandId.RetakeFlagged, CommandId.DeleteExam]) assert.ok(hidden.includes(id), id);
});

const sources = readdirSync('src/host', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`src/host/${f}`, 'utf8'));

test('the walkthrough: every step links a command the extension has, completes on a command or view it has, and its media exists', () => {
  const walkthroughs = manifest.contributes.walkthroughs as { id: string; steps: { id: string; description: string; media: { markdown?: string; image?: string }; completionEvents: string[] }[] }[];
  assert.equal(walkthroughs.length, 1);
  const runs = (id: string): boolean => ids.includes(id) || views.some((v) => id === `${v}.focus`);
  for (const step of walkthroughs[0].steps) {
    const links = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.equal(links.length, 1, `${step.id} has one button`);
    assert.ok(runs(links[0]), `${step.id} runs ${links[0]}`);
    for (const event of step.completionEvents) {
      const [kind, target] = event.split(':');
      if (kind === 'onContext') {
        // Set by walkthroughStepDone('<step>') once the step's action is done.
        const name = /^examKiosk\.walkthrough\.(\w+)$/.exec(target)?.[1];
        assert.ok(name && sources.some((text) => text.includes(`walkthroughStepDone('${name}')`)), `${step.id} completes on ${event}, which nothing sets`);
      } else {
        assert.ok(kind === 'onCommand' ? ids.includes(target) : kind === 'onView' && views.includes(target), `${step.id} completes on ${event}`);
      }
    }
    const media = step.media.markdown ?? step.media.image;
    assert.ok(media && existsSync(media), `${step.id} media ${media}`);
  }
});

test('the extension icon is a PNG of at least 128 × 128 pixels, as the Marketplace asks', () => {
  const png = readFileSync(manifest.icon);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, 'at least 128 px');
});
