import { type Dispatch, useMemo, useState } from 'react';
import { useStrings, useUiLanguage } from '../../i18n';
import { type CatalogueFilters as Filters, NO_FILTERS, filterSeminars } from '../../state/catalogue-filter';
import { type OpenDocument, type PackAction, packActions } from '../../state/pack-store';
import { CatalogueChooser } from './CatalogueChooser';
import { CatalogueFilters } from './CatalogueFilters';
import { SeminarGrid } from './SeminarGrid';
import { seminarView, topicLabel } from './seminar-view';
import { CATALOGUE_STRINGS } from './strings';
import './catalogue.css';

interface CataloguePaneProps {
  document: OpenDocument;
  dispatch: Dispatch<PackAction>;
  /** Starts a new pack from another catalogue; undefined is the built-in one. */
  onSwitchCatalogue: (catalogueId: string | undefined) => void;
}

/** The catalogue chooser, the filters and the seminars, each with Add / Remove. */
export function CataloguePane({ document, dispatch, onSwitchCatalogue }: CataloguePaneProps) {
  const t = useStrings(CATALOGUE_STRINGS);
  const language = useUiLanguage();
  const { pack, catalogue } = document;
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [announcement, setAnnouncement] = useState('');

  const zone = pack.timeZones[0];
  const views = useMemo(() => {
    const byId = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
    return filterSeminars(catalogue, filters).flatMap((id) => {
      const seminar = byId.get(id);
      return seminar ? [seminarView(seminar, catalogue, language, zone)] : [];
    });
  }, [catalogue, filters, language, zone]);
  const topics = useMemo(
    () => catalogue.topics.map((topic) => ({ id: topic.id, label: topicLabel(catalogue, topic.id, language) })),
    [catalogue, language],
  );
  const inPack = useMemo(() => new Set(pack.seminarIds), [pack.seminarIds]);

  const toggle = (seminarId: string) => {
    const title = catalogue.seminars.find((seminar) => seminar.id === seminarId)?.title ?? seminarId;
    if (inPack.has(seminarId)) {
      dispatch(packActions.removeSeminar(seminarId));
      setAnnouncement(t('removed', { title }));
    } else {
      dispatch(packActions.addSeminar(seminarId));
      setAnnouncement(t('added', { title }));
    }
  };

  return (
    <div className="catalogue-pane">
      <CatalogueChooser catalogueId={pack.catalogueId} onSwitch={onSwitchCatalogue} />
      <CatalogueFilters filters={filters} onChange={setFilters} topics={topics} />
      <p className="result-count" aria-live="polite">
        {t('resultCount', { shown: views.length, total: catalogue.seminars.length })}
      </p>
      {catalogue.seminars.length === 0 ? (
        <p className="empty-state">{t('emptyCatalogue')}</p>
      ) : views.length === 0 ? (
        <p className="empty-state">{t('emptyFiltered')}</p>
      ) : (
        <SeminarGrid seminars={views} inPack={inPack} onToggle={toggle} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
