/**
 * The preview's builder thread: builds the briefing document for each pack the
 * page sends, so the page stays responsive with packs of hundreds of seminars.
 */
import { createBuildHandler } from './preview-builder';
import type { FromBuilder, ToBuilder } from './preview-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToBuilder>) => void) | null;
  postMessage(message: FromBuilder): void;
};
const handle = createBuildHandler();
scope.onmessage = (event) => handle(event.data, (reply) => scope.postMessage(reply));
