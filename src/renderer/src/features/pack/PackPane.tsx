import { type Dispatch, useCallback, useMemo } from 'react';
import type { Pack } from '../../../../shared/pack/schema';
import { type OpenDocument, type PackAction, type PackField, packActions } from '../../state/pack-store';
import { ChosenSeminars } from './ChosenSeminars';
import { DocumentKindChoice } from '../../components/document-kind/DocumentKindChoice';
import { PackSettingsForm } from './PackSettingsForm';
import { SectionToggles } from './SectionToggles';
import { TopicChoices } from './TopicChoices';
import './pack.css';

interface PackPaneProps {
  document: OpenDocument;
  dispatch: Dispatch<PackAction>;
}

/** The "Pack" tab: the kind of document, chosen seminars in order, topics, the pack's details and sections. */
export function PackPane({ document, dispatch }: PackPaneProps) {
  const { pack, catalogue } = document;
  const setField = <K extends PackField>(field: K, value: Pack[K]) => dispatch(packActions.setField(field, value));
  // Stable, so the list of chosen seminars (hundreds in a programme book) is only redrawn when it changes.
  const onMove = useCallback((from: number, to: number) => dispatch(packActions.moveSeminar(from, to)), [dispatch]);
  const onRemove = useCallback((seminarId: string) => dispatch(packActions.removeSeminar(seminarId)), [dispatch]);
  const onRemoveAll = useCallback(() => dispatch(packActions.removeAllSeminars()), [dispatch]);
  // The zones' offsets are shown for the days the pack covers (New York in July is UTC−4, whatever today is).
  const seminarStarts = useMemo(() => {
    const byId = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar.start]));
    return pack.seminarIds.flatMap((id) => byId.get(id) ?? []);
  }, [catalogue, pack.seminarIds]);
  return (
    <div className="pack-pane">
      <DocumentKindChoice kind={pack.kind} onChange={(kind) => dispatch(packActions.setKind(kind))} />
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
        seminarStarts={seminarStarts}
        onFieldChange={setField}
        onTimeZonesChange={(zones) => dispatch(packActions.setTimeZones(zones))}
      />
      <SectionToggles pack={pack} onToggleSection={(section) => dispatch(packActions.toggleSection(section))} />
    </div>
  );
}
