/**
 * Building the preview document off the page's main thread. The worker side
 * (`createBuildHandler`) keeps the catalogue it was sent and answers each build
 * request with the document encoded against the previous one; the page side
 * (`createPreviewClient`) sends the catalogue once per catalogue, keeps at most
 * one build running and one waiting (typing faster than the builder replaces
 * the waiting one), and decodes each answer against the previous document.
 */
import type { Catalogue } from '../../../../shared/catalogue/schema';
import { buildPackDocument } from '../../../../shared/document/for-pack';
import type { BriefingDocument } from '../../../../shared/document/model';
import type { Pack } from '../../../../shared/pack/schema';
import { fastPath, provisionalDocument } from './preview-fast-path';
import {
  type EncoderMemory,
  type FromBuilder,
  type ToBuilder,
  decodeDocument,
  encodeDocument,
} from './preview-protocol';

/**
 * The worker side: each message in gives `reply` nothing (a catalogue), one
 * document, or a provisional document then the full one (see preview-fast-path).
 */
export function createBuildHandler(
  build: (pack: Pack, catalogue: Catalogue) => BriefingDocument = buildPackDocument,
): (message: ToBuilder, reply: (message: FromBuilder) => void) => void {
  let held: { key: number; catalogue: Catalogue } | null = null;
  let memory: EncoderMemory | null = null;
  /** The last full build, for the quick path of the next one. */
  let last: { pack: Pack; catalogueKey: number; document: BriefingDocument } | null = null;
  const send = (
    seq: number,
    document: BriefingDocument,
    reply: (message: FromBuilder) => void,
    provisional: boolean,
  ) => {
    const encoded = encodeDocument(document, memory);
    memory = encoded.memory;
    reply({ type: 'built', seq, document: encoded.encoded, ...(provisional ? { provisional } : {}) });
  };
  return (message, reply) => {
    if (message.type === 'catalogue') {
      held = { key: message.catalogueKey, catalogue: message.catalogue };
      return;
    }
    const { seq, pack } = message;
    if (!held || held.key !== message.catalogueKey) {
      reply({ type: 'failed', seq, message: 'The preview builder has not received this catalogue.' });
      return;
    }
    try {
      const path = last && last.catalogueKey === held.key ? fastPath(last.pack, pack) : null;
      if (last && path)
        send(seq, provisionalDocument(last.document, build(path.partialPack, held.catalogue), path), reply, true);
      const document = build(pack, held.catalogue);
      last = { pack, catalogueKey: held.key, document };
      send(seq, document, reply, false);
    } catch (error) {
      reply({ type: 'failed', seq, message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** A channel to a builder: a worker in the app, a direct call in tests. */
export interface BuilderPort {
  send(message: ToBuilder): void;
  /** `onBroken`: the builder cannot be used (a worker that failed to load or crashed). */
  listen(onMessage: (message: FromBuilder) => void, onBroken: (reason: string) => void): void;
  close(): void;
}

export function workerPort(worker: Worker): BuilderPort {
  return {
    send: (message) => worker.postMessage(message),
    listen(onMessage, onBroken) {
      worker.onmessage = (event: MessageEvent<FromBuilder>) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onBroken(event.message || 'The preview worker failed.');
      };
      worker.onmessageerror = () => onBroken('A preview update could not be read.');
    },
    close: () => worker.terminate(),
  };
}

export interface PreviewResult {
  pack: Pack;
  catalogue: Catalogue;
  /** A quick first document; the full one for the same pack follows. */
  provisional?: boolean;
  /** The document, or null when this build failed. */
  document: BriefingDocument | null;
  error?: string;
}

export interface PreviewClient {
  request(pack: Pack, catalogue: Catalogue): void;
  close(): void;
}

export function createPreviewClient(
  port: BuilderPort,
  onResult: (result: PreviewResult) => void,
  onBroken: (reason: string) => void,
): PreviewClient {
  const catalogueKeys = new WeakMap<Catalogue, number>();
  let nextKey = 0;
  let sentCatalogue: Catalogue | null = null;
  let seq = 0;
  let running: { seq: number; pack: Pack; catalogue: Catalogue } | null = null;
  let waiting: { pack: Pack; catalogue: Catalogue } | null = null;
  let previous: BriefingDocument | null = null;
  let closed = false;

  const keyOf = (catalogue: Catalogue) => {
    let key = catalogueKeys.get(catalogue);
    if (key === undefined) catalogueKeys.set(catalogue, (key = ++nextKey));
    return key;
  };
  const start = (pack: Pack, catalogue: Catalogue) => {
    const catalogueKey = keyOf(catalogue);
    if (catalogue !== sentCatalogue) {
      port.send({ type: 'catalogue', catalogueKey, catalogue });
      sentCatalogue = catalogue;
    }
    running = { seq: ++seq, pack, catalogue };
    port.send({ type: 'build', seq: running.seq, catalogueKey, pack });
  };

  port.listen(
    (message) => {
      if (closed || !running || message.seq !== running.seq) return;
      const { pack, catalogue } = running;
      const provisional = message.type === 'built' && message.provisional === true;
      if (!provisional) running = null;
      if (message.type === 'built') {
        try {
          previous = decodeDocument(message.document, previous);
        } catch (error) {
          closed = true;
          onBroken(error instanceof Error ? error.message : String(error));
          return;
        }
        onResult(
          provisional ? { pack, catalogue, document: previous, provisional } : { pack, catalogue, document: previous },
        );
        if (provisional) return;
      } else {
        onResult({ pack, catalogue, document: null, error: message.message });
      }
      if (waiting) {
        const next = waiting;
        waiting = null;
        start(next.pack, next.catalogue);
      }
    },
    (reason) => {
      if (closed) return;
      closed = true;
      onBroken(reason);
    },
  );

  return {
    request(pack, catalogue) {
      if (closed) return;
      if (running) waiting = { pack, catalogue };
      else start(pack, catalogue);
    },
    close() {
      closed = true;
      port.close();
    },
  };
}

/** Builds in the calling thread, with the same sharing of unchanged blocks (where workers are unavailable). */
export function createInlineBuilder(
  build?: (pack: Pack, catalogue: Catalogue) => BriefingDocument,
): (pack: Pack, catalogue: Catalogue) => BriefingDocument {
  const handle = createBuildHandler(build);
  let held: Catalogue | null = null;
  let key = 0;
  let previous: BriefingDocument | null = null;
  return (pack, catalogue) => {
    if (catalogue !== held) {
      handle({ type: 'catalogue', catalogueKey: ++key, catalogue }, () => undefined);
      held = catalogue;
    }
    // Every answer is decoded in turn (the encoder counts on it); the last one is the full document.
    let failure: string | null = null;
    handle({ type: 'build', seq: 0, catalogueKey: key, pack }, (reply) => {
      if (reply.type === 'failed') failure = reply.message;
      else previous = decodeDocument(reply.document, previous);
    });
    if (failure !== null || !previous) throw new Error(failure ?? 'The preview could not be built.');
    return previous;
  };
}
