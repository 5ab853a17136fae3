import { type Dispatch, useEffect, useMemo, useState } from 'react';
import { useStrings, useUiLanguage } from '../../i18n';
import {
  type CatalogueFilters as Filters,
  NO_FILTERS,
  filterSeminars,
  prepareSearch,
} from '../../state/catalogue-filter';
import { type OpenDocument, type PackAction, packActions } from '../../state/pack-store';
import { CatalogueChooser } from './CatalogueChooser';
import { CatalogueFilters } from './CatalogueFilters';
import { SeminarGrid } from './SeminarGrid';
import { topicLabel } from '../../i18n/seminar-labels';
import { seminarViews } from './seminar-view';
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
  const shownIds = useMemo(() => filterSeminars(catalogue, filters), [catalogue, filters]);
  const viewOf = useMemo(() => seminarViews(catalogue, language, zone), [catalogue, language, zone]);
  useEffect(() => prepareSearchInSlices(catalogue), [catalogue]);
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
      <CatalogueChooser catalogueId={pack.programme.source.catalogueId} onSwitch={onSwitchCatalogue} />
      <CatalogueFilters filters={filters} onChange={setFilters} topics={topics} />
      <p className="result-count" aria-live="polite">
        {t('resultCount', { shown: shownIds.length, total: catalogue.seminars.length })}
      </p>
      {catalogue.seminars.length === 0 ? (
        <p className="empty-state">{t('emptyCatalogue')}</p>
      ) : shownIds.length === 0 ? (
        <p className="empty-state">{t('emptyFiltered')}</p>
      ) : (
        <SeminarGrid seminarIds={shownIds} viewOf={viewOf} inPack={inPack} onToggle={toggle} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Seminars whose search text is worked out at a time: well under a millisecond. */
const SEARCH_STEP = 20;
/** The longest a slice of that preparation keeps the page busy. */
const SEARCH_SLICE_MS = 4;

/**
 * Prepares the search of a large catalogue in slices of a few milliseconds
 * between other work, so that the first keystroke finds it ready and no slice
 * holds up one. (Timers, not requestIdleCallback, which a busy or headless
 * page may not call for seconds.)
 */
function prepareSearchInSlices(catalogue: OpenDocument['catalogue']): () => void {
  let timer = 0;
  const step = (start: number) => {
    const until = performance.now() + SEARCH_SLICE_MS;
    let next: number | null = start;
    do next = prepareSearch(catalogue, next, SEARCH_STEP);
    while (next !== null && performance.now() < until);
    if (next !== null) timer = window.setTimeout(step, 0, next);
  };
  timer = window.setTimeout(step, 0, 0);
  return () => window.clearTimeout(timer);
}
