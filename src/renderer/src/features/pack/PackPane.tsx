import { type Dispatch, useCallback } from 'react';
import type { Pack } from '../../../../shared/pack/schema';
import { type OpenDocument, type PackAction, type PackField, packActions } from '../../state/pack-store';
import { ChosenSeminars } from './ChosenSeminars';
import { PackSettingsForm } from './PackSettingsForm';
import { SectionToggles } from './SectionToggles';
import { TopicChoices } from './TopicChoices';
import './pack.css';

interface PackPaneProps {
  document: OpenDocument;
  dispatch: Dispatch<PackAction>;
}

/** The "Pack" tab: chosen seminars in order, topics, the pack's details, sections and edition. */
export function PackPane({ document, dispatch }: PackPaneProps) {
  const { pack, catalogue } = document;
  const setField = <K extends PackField>(field: K, value: Pack[K]) => dispatch(packActions.setField(field, value));
  // Stable, so the list of chosen seminars (hundreds in a programme book) is only redrawn when it changes.
  const onMove = useCallback((from: number, to: number) => dispatch(packActions.moveSeminar(from, to)), [dispatch]);
  const onRemove = useCallback((seminarId: string) => dispatch(packActions.removeSeminar(seminarId)), [dispatch]);
  const onRemoveAll = useCallback(() => dispatch(packActions.removeAllSeminars()), [dispatch]);
  return (
    <div className="pack-pane">
      <ChosenSeminars
        seminarIds={pack.seminarIds}
        catalogue={catalogue}
        onMove={onMove}
        onRemove={onRemove}
        onRemoveAll={onRemoveAll}
      />
      <TopicChoices
        pack={pack}
        catalogue={catalogue}
        onToggle={(topicId) => dispatch(packActions.toggleTopic(topicId))}
      />
      <PackSettingsForm
        pack={pack}
        onFieldChange={setField}
        onTimeZonesChange={(zones) => dispatch(packActions.setTimeZones(zones))}
      />
      <SectionToggles pack={pack} onToggleSection={(section) => dispatch(packActions.toggleSection(section))} />
    </div>
  );
}
