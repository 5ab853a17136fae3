import { type Dispatch, useMemo, useRef } from 'react';
import { useStrings } from '../i18n';
import { CataloguePane } from '../features/catalogue/CataloguePane';
import { PackPane } from '../features/pack/PackPane';
import { usePaneKeys } from '../hooks/usePaneKeys';
import { type OpenDocument, type PackAction, packActions } from '../state/pack-store';
import { EditorTabs } from './EditorTabs';
import { PreviewPane, SpeakerBiosEditor, TopicBriefsEditor } from './external';
import { APP_STRINGS } from './strings';

interface WorkspaceProps {
  document: OpenDocument;
  dispatch: Dispatch<PackAction>;
  onSwitchCatalogue: (catalogueId: string | undefined) => void;
}

/** The three panes' headings, in order, with the words that name them. */
const PANES = [
  { id: 'pane-catalogue-heading', name: 'cataloguePane' },
  { id: 'pane-pack-heading', name: 'packPane' },
  { id: 'pane-preview-heading', name: 'previewPane' },
] as const;
/** A pane's heading takes the focus when the pane is reached by F6 or a skip link. */
const headingOf = (pane: HTMLElement) => pane.querySelector<HTMLElement>('.pane-heading') ?? pane;

/** Catalogue | Pack (with the editors as tabs) | Preview; F6 / Shift+F6 and skip links move between them. */
export function Workspace({ document, dispatch, onSwitchCatalogue }: WorkspaceProps) {
  const t = useStrings(APP_STRINGS);
  const { pack, catalogue } = document;
  const catalogueRef = useRef<HTMLElement>(null);
  const packRef = useRef<HTMLElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const panes = useMemo(() => [catalogueRef, packRef, previewRef], []);
  usePaneKeys(panes, headingOf);
  const skipTo = (index: number) => {
    const pane = panes[index]?.current;
    if (pane) headingOf(pane).focus();
  };
  return (
    <main className="workspace">
      <nav className="skip-links" aria-label={t('paneLinks')}>
        {PANES.map(({ id, name }, index) => (
          <a
            key={id}
            href={`#${id}`}
            onClick={(event) => {
              event.preventDefault();
              skipTo(index);
            }}
          >
            {t('skipTo', { pane: t(name) })}
          </a>
        ))}
      </nav>
      <section ref={catalogueRef} className="pane pane-catalogue" aria-labelledby="pane-catalogue-heading">
        <h2 id="pane-catalogue-heading" className="pane-heading" tabIndex={-1}>
          {t('cataloguePane')}
        </h2>
        <CataloguePane document={document} dispatch={dispatch} onSwitchCatalogue={onSwitchCatalogue} />
      </section>
      <section ref={packRef} className="pane pane-pack" aria-labelledby="pane-pack-heading">
        <h2 id="pane-pack-heading" className="pane-heading" tabIndex={-1}>
          {t('packPane')}
        </h2>
        <EditorTabs
          panels={{
            // Keyed per loaded pack: a message about the last pack ("Vienna added.") does not stay on New or Open.
            pack: <PackPane key={document.loadCount} document={document} dispatch={dispatch} />,
            briefs: (
              <TopicBriefsEditor
                pack={pack}
                catalogue={catalogue}
                onChangeBrief={(topicId, brief) => dispatch(packActions.setTopicBrief(topicId, brief))}
              />
            ),
            speakers: (
              <SpeakerBiosEditor
                pack={pack}
                catalogue={catalogue}
                onChangeBio={(personId, language, text) => dispatch(packActions.setBio(personId, language, text))}
              />
            ),
          }}
        />
      </section>
      {/* Not a region of its own: the preview inside is one, with the same name, and focusable for scrolling. */}
      <div ref={previewRef} className="pane pane-preview">
        <h2 id="pane-preview-heading" className="pane-heading" tabIndex={-1}>
          {t('previewPane')}
        </h2>
        <PreviewPane pack={pack} catalogue={catalogue} />
      </div>
    </main>
  );
}
