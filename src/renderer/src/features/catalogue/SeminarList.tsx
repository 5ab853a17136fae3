import { useEffect, useReducer } from 'react';
import type { BriefingApi } from '../../../../shared/ipc/contract';
import { formatSeminarWhen, initialSeminarListState, languageName, seminarListReducer } from './seminar-list-state';

interface SeminarListProps {
  api: Pick<BriefingApi, 'listSeminars'>;
  locale: string;
}

/** The built-in catalogue's seminars, read through window.api. */
export function SeminarList({ api, locale }: SeminarListProps) {
  const [state, dispatch] = useReducer(seminarListReducer, initialSeminarListState);

  const { attempt } = state;
  useEffect(() => {
    let cancelled = false;
    void api.listSeminars({}).then((result) => {
      if (cancelled) return;
      dispatch(result.ok ? { type: 'loaded', seminars: result.data } : { type: 'failed', message: result.message });
    });
    return () => {
      cancelled = true;
    };
  }, [api, attempt]);

  if (state.status === 'loading') return <p role="status">Loading the catalogue…</p>;
  if (state.status === 'failed')
    return (
      <div role="alert" className="error">
        <p>The catalogue could not be loaded: {state.message}</p>
        <button type="button" onClick={() => dispatch({ type: 'reload' })}>
          Try again
        </button>
      </div>
    );
  if (state.seminars.length === 0) return <p>The catalogue has no seminars yet.</p>;

  return (
    <section aria-labelledby="seminars-heading">
      <h2 id="seminars-heading">Seminars</h2>
      <ul className="seminar-list">
        {state.seminars.map((seminar) => (
          <li key={seminar.id} className="seminar" tabIndex={0} aria-label={seminar.title}>
            <p className="seminar-when">{formatSeminarWhen(seminar.start, seminar.end, locale)}</p>
            <h3 className="seminar-title" lang={seminar.language}>
              {seminar.title}
            </h3>
            <p className="seminar-meta">
              <span className="badge">{languageName(seminar.language)}</span>
              {seminar.chair ? (
                <span>
                  Chair: {seminar.chair.name}, {seminar.chair.role}
                </span>
              ) : (
                <span>No chair listed</span>
              )}
              {seminar.tbcCount > 0 && <span className="badge badge-tbc">{seminar.tbcCount} TBC</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
