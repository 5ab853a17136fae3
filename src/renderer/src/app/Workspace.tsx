import type { Dispatch } from 'react';
import { useStrings } from '../i18n';
import { CataloguePane } from '../features/catalogue/CataloguePane';
import { PackPane } from '../features/pack/PackPane';
import { type OpenDocument, type PackAction, packActions } from '../state/pack-store';
import { EditorTabs } from './EditorTabs';
import { PreviewPane, SpeakerBiosEditor, TopicBriefsEditor } from './external';
import { APP_STRINGS } from './strings';

interface WorkspaceProps {
  document: OpenDocument;
  dispatch: Dispatch<PackAction>;
  onSwitchCatalogue: (catalogueId: string | undefined) => void;
}

/** Catalogue | Pack (with the editors as tabs) | Preview. */
export function Workspace({ document, dispatch, onSwitchCatalogue }: WorkspaceProps) {
  const t = useStrings(APP_STRINGS);
  const { pack, catalogue } = document;
  return (
    <main className="workspace">
      <section className="pane pane-catalogue" aria-labelledby="pane-catalogue-heading">
        <h2 id="pane-catalogue-heading" className="pane-heading">
          {t('cataloguePane')}
        </h2>
        <CataloguePane document={document} dispatch={dispatch} onSwitchCatalogue={onSwitchCatalogue} />
      </section>
      <section className="pane pane-pack" aria-labelledby="pane-pack-heading">
        <h2 id="pane-pack-heading" className="pane-heading">
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
      <div className="pane pane-preview">
        <h2 className="pane-heading">{t('previewPane')}</h2>
        <PreviewPane pack={pack} catalogue={catalogue} />
      </div>
    </main>
  );
}
