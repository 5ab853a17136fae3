/**
 * The main → renderer half of the contract: every event payload is checked
 * against IPC_EVENT_CONTRACT before it is delivered, so the renderer never
 * receives a shape its types do not describe. Free of electron: the shell passes
 * a `deliver` that calls webContents.send, tests and the e2e bridge their own.
 */
import type { ApiEvent } from '../../shared/ipc/channels';
import { IPC_EVENT_CONTRACT } from '../../shared/ipc/contract';
import { formatPath } from '../../shared/result';
import type { EventSink } from '../ports';

export type EventDelivery = (channel: string, payload: unknown) => void;

export function createEventSink(deliver: EventDelivery, log: (message: string) => void = console.error): EventSink {
  return {
    send(event: ApiEvent, payload: unknown) {
      const entry = IPC_EVENT_CONTRACT[event];
      const parsed = entry.payload.safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        log(`[ipc] ${event} not sent: ${issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid payload'}`);
        return;
      }
      try {
        deliver(entry.channel, parsed.data);
      } catch (error) {
        // A closed window must not break the job that reports to it.
        log(`[ipc] ${event} could not be delivered: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
