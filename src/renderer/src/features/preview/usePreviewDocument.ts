import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import type { BriefingDocument } from '../../../../shared/document/model';
import type { Pack } from '../../../../shared/pack/schema';
import {
  type BuilderPort,
  type PreviewClient,
  type PreviewResult,
  createInlineBuilder,
  createPreviewClient,
  workerPort,
} from './preview-builder';

/** Starts the preview's builder thread; null where the page cannot run workers (then the page builds). */
export const createPreviewWorker: (() => BuilderPort) | null =
  typeof Worker === 'undefined'
    ? null
    : () =>
        workerPort(new Worker(new URL('./preview.worker.ts', import.meta.url), { type: 'module', name: 'preview' }));

export interface PreviewDocument {
  /** Null until the first document is built. */
  document: BriefingDocument | null;
  /** Grows when a document shares nothing with the one before it (another pack, another language). */
  generation: number;
  /** The pack `document` was built from. */
  pack: Pack | null;
  /** Whether `document` is that of the current pack and catalogue. */
  current: boolean;
}

/**
 * The briefing document of a pack, rebuilt after each change. With a builder
 * thread, the page only decodes what changed; without one (or when it breaks),
 * the page builds from a deferred copy of the pack, as typing comes first.
 * Either way unchanged blocks keep their identity, so only changed parts re-render.
 */
export function usePreviewDocument(
  pack: Pack,
  catalogue: Catalogue,
  createPort: (() => BuilderPort) | null = createPreviewWorker,
): PreviewDocument {
  const [broken, setBroken] = useState(false);
  const threaded = createPort !== null && !broken;

  const [result, setResult] = useState<(PreviewResult & { generation: number }) | null>(null);
  const client = useRef<PreviewClient | null>(null);
  useEffect(() => {
    if (!threaded || !createPort) return;
    const started = createPreviewClient(
      createPort(),
      (built) => {
        if (built.error) console.error(`The preview could not be updated: ${built.error}`);
        // A failed build keeps what was shown (of the same catalogue), so the preview does not go blank.
        startTransition(() =>
          setResult((shown) => {
            const before = shown?.catalogue === built.catalogue ? shown.document : null;
            const document = built.document ?? before;
            const fresh = !before || !document?.sections.some((section) => before.sections.includes(section));
            return { ...built, document, generation: (shown?.generation ?? 0) + (fresh ? 1 : 0) };
          }),
        );
      },
      (reason) => {
        console.error(`The preview builder stopped (${reason}); building in the page instead.`);
        setBroken(true);
      },
    );
    client.current = started;
    return () => {
      started.close();
      client.current = null;
    };
  }, [threaded, createPort]);
  useEffect(() => {
    client.current?.request(pack, catalogue);
  }, [pack, catalogue, threaded]);

  // In the page: a deferred copy, so an urgent render (typing) does not wait for the build.
  const [inline] = useState(() => createInlineBuilder());
  const deferredPack = useDeferredValue(pack);
  const deferredCatalogue = useDeferredValue(catalogue);
  const built = useMemo(
    () => (threaded ? null : inline(deferredPack, deferredCatalogue)),
    [threaded, inline, deferredPack, deferredCatalogue],
  );

  if (!threaded)
    return {
      document: built,
      generation: 0,
      pack: deferredPack,
      current: deferredPack === pack && deferredCatalogue === catalogue,
    };
  const shown = result && result.catalogue === catalogue ? result : null;
  return {
    document: shown?.document ?? null,
    generation: shown?.generation ?? 0,
    pack: shown?.pack ?? null,
    current: shown !== null && shown.pack === pack && !shown.provisional,
  };
}
