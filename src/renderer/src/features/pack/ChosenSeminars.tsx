import { type DragEvent, type KeyboardEvent, memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import { useStrings, useUiLanguage } from '../../i18n';
import { formatSeminarDate } from '../../i18n/seminar-labels';
import { PACK_STRINGS } from './strings';

interface ChosenSeminarsProps {
  seminarIds: string[];
  catalogue: Catalogue;
  onMove: (from: number, to: number) => void;
  onRemove: (seminarId: string) => void;
  onRemoveAll: () => void;
}

type FocusTarget = { id: string; control: 'item' | 'up' | 'down' } | { id: null; control: 'heading' };

/** Where a dragged seminar would land: before or after the item under the pointer. */
interface DropTarget {
  index: number;
  after: boolean;
}

/**
 * The pack's seminars in document order. Reorder with Alt+Up / Alt+Down on a
 * focused item, with the Move up / Move down buttons, or by drag and drop;
 * each move is announced ("moved to position 2 of 3") and keeps the focus.
 */
export const ChosenSeminars = memo(function ChosenSeminars({
  seminarIds,
  catalogue,
  onMove,
  onRemove,
  onRemoveAll,
}: ChosenSeminarsProps) {
  const t = useStrings(PACK_STRINGS);
  const language = useUiLanguage();
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<FocusTarget | null>(null);

  const byId = useMemo(() => new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar])), [catalogue]);
  const titleOf = (seminarId: string) => byId.get(seminarId)?.title ?? t('unknownSeminar', { id: seminarId });
  const count = seminarIds.length;

  // React moves list items by re-inserting them, which drops the focus: put it back after each change.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if (target.id === null) {
      headingRef.current?.focus();
      return;
    }
    const item = items.current.get(target.id);
    const button =
      target.control === 'item' ? null : item?.querySelector<HTMLButtonElement>(`[data-move="${target.control}"]`);
    (button && !button.disabled ? button : item)?.focus();
  }, [seminarIds]);

  const move = (from: number, to: number, control: 'item' | 'up' | 'down') => {
    const seminarId = seminarIds[from];
    if (seminarId === undefined || to < 0 || to >= count || to === from) return;
    pendingFocus.current = { id: seminarId, control };
    onMove(from, to);
    setAnnouncement(t('moved', { title: titleOf(seminarId), position: to + 1, count }));
  };

  const remove = (index: number) => {
    const seminarId = seminarIds[index];
    if (seminarId === undefined) return;
    const neighbour = seminarIds[index + 1] ?? seminarIds[index - 1];
    pendingFocus.current =
      neighbour === undefined ? { id: null, control: 'heading' } : { id: neighbour, control: 'item' };
    onRemove(seminarId);
    setAnnouncement(t('removed', { title: titleOf(seminarId) }));
  };

  const onItemKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const onButton = event.target instanceof HTMLButtonElement ? event.target.dataset['move'] : undefined;
    const control = onButton === 'up' || onButton === 'down' ? onButton : 'item';
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, control);
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, index: number) => {
    if (dragging === null) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (dropTarget?.index !== index || dropTarget.after !== after) setDropTarget({ index, after });
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    const draggedId = dragging ?? event.dataTransfer.getData('text/plain');
    const from = seminarIds.indexOf(draggedId);
    const box = event.currentTarget.getBoundingClientRect();
    const insertAt = event.clientY > box.top + box.height / 2 ? index + 1 : index;
    setDragging(null);
    setDropTarget(null);
    if (from >= 0) move(from, from < insertAt ? insertAt - 1 : insertAt, 'item');
  };

  return (
    <section className="pack-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('chosenHeading')}
      </h3>
      {count === 0 ? (
        <p className="empty-state">{t('chosenEmpty')}</p>
      ) : (
        <>
          <div className="chosen-toolbar">
            <p id={`${id}-hint`} className="field-help">
              {t('chosenHint')}
            </p>
            <button
              type="button"
              className="button-small"
              onClick={() => {
                pendingFocus.current = { id: null, control: 'heading' };
                onRemoveAll();
                setAnnouncement(t('removedAll'));
              }}
            >
              {t('removeAll')}
            </button>
          </div>
          <ol className="chosen-list" aria-label={t('chosenList')} aria-describedby={`${id}-hint`}>
            {seminarIds.map((seminarId, index) => {
              const seminar = byId.get(seminarId);
              const title = titleOf(seminarId);
              const classes = ['chosen-item'];
              if (dragging === seminarId) classes.push('is-dragging');
              if (dropTarget?.index === index) classes.push(dropTarget.after ? 'drop-after' : 'drop-before');
              return (
                <li
                  key={seminarId}
                  ref={(node) => {
                    if (node) items.current.set(seminarId, node);
                    else items.current.delete(seminarId);
                  }}
                  className={classes.join(' ')}
                  tabIndex={0}
                  draggable
                  aria-describedby={`${id}-hint`}
                  onKeyDown={(event) => onItemKeyDown(event, index)}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', seminarId);
                    setDragging(seminarId);
                  }}
                  onDragOver={(event) => onDragOver(event, index)}
                  onDrop={(event) => onDrop(event, index)}
                  onDragEnd={() => {
                    setDragging(null);
                    setDropTarget(null);
                  }}
                >
                  <span className="drag-handle" aria-hidden="true">
                    ⠿
                  </span>
                  <span className="chosen-text">
                    <span className="chosen-title" lang={seminar?.language} dir="auto">
                      {title}
                    </span>
                    {seminar ? <span className="chosen-date">{formatSeminarDate(seminar.start, language)}</span> : null}
                  </span>
                  <span className="chosen-actions">
                    <button
                      type="button"
                      className="button-small"
                      data-move="up"
                      aria-label={t('moveUpLabel', { title })}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1, 'up')}
                    >
                      <span aria-hidden="true">↑ </span>
                      {t('moveUp')}
                    </button>
                    <button
                      type="button"
                      className="button-small"
                      data-move="down"
                      aria-label={t('moveDownLabel', { title })}
                      disabled={index === count - 1}
                      onClick={() => move(index, index + 1, 'down')}
                    >
                      <span aria-hidden="true">↓ </span>
                      {t('moveDown')}
                    </button>
                    <button
                      type="button"
                      className="button-small button-remove"
                      aria-label={t('removeLabel', { title })}
                      onClick={() => remove(index)}
                    >
                      {t('remove')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
});
