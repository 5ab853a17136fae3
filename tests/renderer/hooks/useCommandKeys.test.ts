import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../src/renderer/src/hooks/useCommandKeys';

const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('commandForKey', () => {
  it('maps Ctrl (or Cmd) shortcuts to the menu commands', () => {
    expect(commandForKey(key('n', { ctrlKey: true }))).toEqual({ command: 'new' });
    expect(commandForKey(key('o', { metaKey: true }))).toEqual({ command: 'open' });
    expect(commandForKey(key('s', { ctrlKey: true }))).toEqual({ command: 'save' });
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }))).toEqual({ command: 'saveAs' });
    expect(commandForKey(key('e', { ctrlKey: true }))).toEqual({ command: 'export' });
    expect(commandForKey(key('z', { ctrlKey: true }))).toEqual({ command: 'undo' });
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ command: 'redo' });
    expect(commandForKey(key('y', { ctrlKey: true }))).toEqual({ command: 'redo' });
  });

  it('ignores keys without Ctrl/Cmd, with Alt, and others', () => {
    expect(commandForKey(key('s'))).toBeNull();
    expect(commandForKey(key('s', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandForKey(key('p', { ctrlKey: true }))).toBeNull();
  });
});
