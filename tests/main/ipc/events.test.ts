import { describe, expect, it } from 'vitest';
import { createEventSink } from '../../../src/main/ipc/events';
import { IPC_EVENTS } from '../../../src/shared/ipc/channels';
import type { EventSink } from '../../../src/main/ports';

describe('event sink', () => {
  it('delivers valid payloads on the contract channel', () => {
    const delivered: [string, unknown][] = [];
    const sink = createEventSink((channel, payload) => delivered.push([channel, payload]));
    sink.send('exportProgress', { jobId: 'j', stage: 'pdf', fraction: 0.5 });
    sink.send('menuCommand', { command: 'openRecent', filePath: '/a.briefpack' });
    expect(delivered).toEqual([
      [IPC_EVENTS.exportProgress, { jobId: 'j', stage: 'pdf', fraction: 0.5 }],
      [IPC_EVENTS.menuCommand, { command: 'openRecent', filePath: '/a.briefpack' }],
    ]);
  });

  it('refuses payloads outside the contract, and survives a failing delivery', () => {
    const delivered: unknown[] = [];
    const logged: string[] = [];
    const sink: EventSink = createEventSink(
      (_channel, payload) => {
        if ((payload as { command?: string }).command === 'save') throw new Error('window closed');
        delivered.push(payload);
      },
      (message) => logged.push(message),
    );
    const loose = sink as unknown as { send(event: string, payload: unknown): void };
    loose.send('exportProgress', { jobId: 'j', stage: 'pdf', fraction: 2 });
    loose.send('menuCommand', { command: 'format-disk' });
    sink.send('menuCommand', { command: 'save' });
    expect(delivered).toEqual([]);
    expect(logged).toHaveLength(3);
    expect(logged[0]).toMatch(/exportProgress not sent: fraction/);
    expect(logged[2]).toMatch(/could not be delivered: window closed/);
  });
});
