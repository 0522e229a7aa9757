// Stepping and the console's output slice, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { Stepper, stdoutUpTo } from '../../web/controller.js';

const run = JSON.parse(fs.readFileSync(new URL('fixtures/chapter-run.json', import.meta.url)));

test('stdout up to a step is sliced by UTF-8 bytes', () => {
  assert.equal(stdoutUpTo(run.stdout, run.steps[0].stdout), '');
  assert.equal(stdoutUpTo(run.stdout, run.steps.at(-1).stdout), run.stdout);
  assert.equal(stdoutUpTo('héllo\nwörld\n', 7), 'héllo\n');
  assert.equal(stdoutUpTo('héllo\nwörld\n', 14), 'héllo\nwörld\n');
  assert.equal(stdoutUpTo('abc', 0), '');
  assert.equal(stdoutUpTo('abc', 99), 'abc');
});

test('stepping clamps at both ends and reports each change', () => {
  const seen = [];
  const s = new Stepper({ onChange: (step, why) => seen.push([step, why]) });
  s.load(4, 1);
  assert.equal(s.current, 1);
  assert.equal(s.prev(), true);
  assert.equal(s.prev(), false);
  s.last();
  assert.equal(s.current, 3);
  assert.equal(s.next(), false);
  s.go(99);
  assert.equal(s.current, 3);
  s.first();
  assert.deepEqual(seen.map((x) => x[1]), ['load', 'prev', 'last', 'first']);
  s.load(2, 7);
  assert.equal(s.current, 1, 'a shorter run clamps the kept step');
  s.load(0, 0);
  assert.equal(s.current, -1);
});

test('play advances on the timer and stops at the end', () => {
  const timers = [];
  const plays = [];
  const s = new Stepper({ setTimer: (fn) => timers.push(fn) && timers.length, clearTimer: () => {}, onPlay: (p) => plays.push(p) });
  s.load(3, 2);
  s.play();  // at the end: restarts from the first step
  assert.equal(s.current, 0);
  timers.shift()();
  assert.equal(s.current, 1);
  timers.shift()();
  assert.equal(s.current, 2);
  assert.equal(s.playing, false);
  assert.deepEqual(plays, [true, false]);
  s.toggle();
  s.toggle();
  assert.equal(s.playing, false);
});
