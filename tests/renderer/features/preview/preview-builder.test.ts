import { describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../../../src/shared/catalogue/schema';
import { buildBriefingDocument } from '../../../../src/shared/document/build';
import type { Pack } from '../../../../src/shared/pack/schema';
import {
  type BuilderPort,
  type PreviewResult,
  createBuildHandler,
  createInlineBuilder,
  createPreviewClient,
} from '../../../../src/renderer/src/features/preview/preview-builder';
import type { FromBuilder, ToBuilder } from '../../../../src/renderer/src/features/preview/preview-protocol';
import { builtinCatalogue, defaultPack } from '../../components/fixtures';

const catalogue = builtinCatalogue();
const titled = (title: string): Pack => defaultPack(catalogue, { title });

/** A builder reached through structured clones, answering when the test says so (as a busy worker would). */
function manualPort(build?: (pack: Pack, catalogue: Catalogue) => ReturnType<typeof buildBriefingDocument>) {
  const handle = createBuildHandler(build);
  const inbox: ToBuilder[] = [];
  let deliver: (message: FromBuilder) => void = () => undefined;
  let broken: (reason: string) => void = () => undefined;
  const port: BuilderPort = {
    send: (message) => inbox.push(structuredClone(message)),
    listen(onMessage, onBroken) {
      deliver = onMessage;
      broken = onBroken;
    },
    close: vi.fn(),
  };
  return {
    port,
    inbox,
    /** Handles every message received so far and answers the builds. */
    answer() {
      for (const message of inbox.splice(0)) {
        handle(message, (reply) => deliver(structuredClone(reply)));
      }
    },
    breakDown: (reason: string) => broken(reason),
  };
}

describe('createPreviewClient', () => {
  it('sends the catalogue once, builds, and keeps one build waiting while one runs (the latest pack wins)', () => {
    const builder = manualPort();
    const results: PreviewResult[] = [];
    const client = createPreviewClient(builder.port, (result) => results.push(result), vi.fn());
    client.request(titled('One'), catalogue);
    client.request(titled('Two'), catalogue);
    client.request(titled('Three'), catalogue);
    expect(builder.inbox.map((message) => message.type)).toEqual(['catalogue', 'build']);

    builder.answer();
    expect(results.map((result) => result.pack.title)).toEqual(['One']);
    expect(results[0]!.document).toEqual(buildBriefingDocument(titled('One'), catalogue));
    // "Two" was replaced by "Three" while "One" was building; the catalogue is not sent again.
    expect(builder.inbox.map((message) => message.type)).toEqual(['build']);
    builder.answer();
    // A new title only changes the cover: a provisional document first, then the full one.
    expect(results.map((result) => [result.pack.title, result.provisional === true])).toEqual([
      ['One', false],
      ['Three', true],
      ['Three', false],
    ]);
    expect(results[1]!.document).toEqual(buildBriefingDocument(titled('Three'), catalogue));
    expect(results[2]!.document).toEqual(buildBriefingDocument(titled('Three'), catalogue));
    // Sections the title does not change are the objects already shown.
    const agenda = (result: PreviewResult) => result.document!.sections.find((section) => section.id === 'agenda');
    expect(agenda(results[2]!)).toBe(agenda(results[0]!));
    expect(builder.inbox).toEqual([]);
  });

  it('sends a new catalogue before building with it', () => {
    const builder = manualPort();
    const results: PreviewResult[] = [];
    const client = createPreviewClient(builder.port, (result) => results.push(result), vi.fn());
    client.request(titled('One'), catalogue);
    builder.answer();
    const other = builtinCatalogue();
    client.request(titled('One'), other);
    expect(builder.inbox.map((message) => message.type)).toEqual(['catalogue', 'build']);
    builder.answer();
    expect(results[1]!.catalogue).toBe(other);
  });

  it('reports a failed build without a document, and a broken builder once', () => {
    const builder = manualPort(() => {
      throw new Error('no model');
    });
    const results: PreviewResult[] = [];
    const onBroken = vi.fn();
    const client = createPreviewClient(builder.port, (result) => results.push(result), onBroken);
    client.request(titled('One'), catalogue);
    builder.answer();
    expect(results).toEqual([expect.objectContaining({ document: null, error: 'no model' })]);
    builder.breakDown('worker crashed');
    builder.breakDown('again');
    expect(onBroken).toHaveBeenCalledTimes(1);
    client.request(titled('Two'), catalogue);
    expect(builder.inbox).toEqual([]);
    client.close();
    expect(builder.port.close).toHaveBeenCalled();
  });
});

describe('createInlineBuilder', () => {
  it('builds in the page, sharing unchanged sections with the previous document', () => {
    const build = createInlineBuilder();
    const first = build(titled('One'), catalogue);
    const second = build(titled('Two'), catalogue);
    expect(second).toEqual(buildBriefingDocument(titled('Two'), catalogue));
    expect(second.sections.find((s) => s.id === 'speakers')).toBe(first.sections.find((s) => s.id === 'speakers'));
  });
});
