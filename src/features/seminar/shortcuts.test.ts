import { describe, expect, it } from 'vitest';

import { actionFor, SHORTCUTS, shortcutFor } from './shortcuts';

describe('seminar shortcuts', () => {
  it('gives every physical key one meaning', () => {
    const seen = new Set<string>();
    for (const s of SHORTCUTS)
      for (const code of s.codes) {
        const key = `${s.shift ? 'shift+' : ''}${code}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
  });

  it('reads clicker keys and digits whatever the keyboard layout', () => {
    expect(shortcutFor({ code: 'PageDown', shiftKey: false })?.shortcut.id).toBe('next');
    expect(shortcutFor({ code: 'PageUp', shiftKey: false })?.shortcut.id).toBe('previous');
    expect(shortcutFor({ code: 'KeyB', shiftKey: false })?.shortcut.id).toBe('blank');
    expect(shortcutFor({ code: 'Digit3', shiftKey: false })).toMatchObject({
      shortcut: { id: 'vote' },
      number: 3,
    });
    expect(shortcutFor({ code: 'Digit3', shiftKey: true })).toMatchObject({
      shortcut: { id: 'unvote' },
      number: 3,
    });
    expect(shortcutFor({ code: 'Slash', shiftKey: true })?.shortcut.id).toBe('help');
    expect(shortcutFor({ code: 'KeyQ', shiftKey: false })).toBeUndefined();
  });

  it('reveals before it moves on, and moves on with the decided choice', () => {
    expect(actionFor('next', { phase: 'vote', options: ['a', 'b'] })).toEqual({ type: 'reveal' });
    expect(actionFor('next', { phase: 'revealed', options: ['a', 'b'], decided: 'b' })).toEqual({
      type: 'advance',
      choice: 'b',
    });
    expect(actionFor('vote', { phase: 'vote', options: ['a', 'b'], number: 2 })).toEqual({
      type: 'vote',
      option: 'b',
      delta: 1,
    });
    expect(actionFor('vote', { phase: 'vote', options: ['a', 'b'], number: 5 })).toBeUndefined();
  });
});
