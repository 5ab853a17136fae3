import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { useStrings } from '../../i18n';
import { EDITOR_STRINGS } from './strings';

export interface PointsListProps {
  points: string[];
  onChange: (points: string[]) => void;
  /** Id of the visible heading that names the list. */
  labelledBy: string;
  /** Id of the keyboard help text. */
  describedBy: string;
}

interface FocusRequest {
  key: string | null;
  caret: 'start' | 'end';
  /** The move button that was pressed, so repeated presses keep working; else the text box. */
  button?: 'up' | 'down';
}

let keyCounter = 0;
const newKey = (): string => `point-${++keyCounter}`;

/**
 * "Points to make" as an editable list: add, edit, remove, and reorder by buttons
 * or Alt+ArrowUp/Down; Enter adds a point below the current one (so Enter in the
 * last point adds a new one). Focus follows the point being moved or added, and
 * each change is announced.
 */
export function PointsList({ points, onChange, labelledBy, describedBy }: PointsListProps) {
  const t = useStrings(EDITOR_STRINGS);
  // Stable keys so a moved point keeps its own text box; points carry no ids of their own.
  const [ownKeys, setOwnKeys] = useState<string[]>(() => points.map(newKey));
  const keys = points.map((_, index) => ownKeys[index] ?? `extra-${index}`);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  /** Set by an edit; applied after the next render. null = the Add button. */
  const pendingFocus = useRef<FocusRequest | undefined>(undefined);

  useLayoutEffect(() => {
    const request = pendingFocus.current;
    if (!request) return;
    pendingFocus.current = undefined;
    if (request.key === null) return addRef.current?.focus();
    const button = request.button
      ? listRef.current?.querySelector<HTMLButtonElement>(
          `button[data-point-key="${request.key}"][data-move="${request.button}"]`,
        )
      : undefined;
    if (button && !button.disabled) return button.focus();
    const box = listRef.current?.querySelector<HTMLTextAreaElement>(`textarea[data-point-key="${request.key}"]`);
    if (!box) return;
    box.focus();
    const at = request.caret === 'end' ? box.value.length : 0;
    box.setSelectionRange(at, at);
  });

  const apply = (nextPoints: string[], nextKeys: string[], focus: typeof pendingFocus.current, message: string) => {
    pendingFocus.current = focus;
    setOwnKeys(nextKeys);
    setAnnouncement(message);
    onChange(nextPoints);
  };

  const insertAfter = (index: number) => {
    const key = newKey();
    const at = index + 1;
    apply(
      [...points.slice(0, at), '', ...points.slice(at)],
      [...keys.slice(0, at), key, ...keys.slice(at)],
      { key, caret: 'start' },
      t('pointAdded', { number: at + 1 }),
    );
  };

  const remove = (index: number, focusBefore: boolean) => {
    const nextKeys = keys.filter((_, i) => i !== index);
    const target = focusBefore ? (nextKeys[index - 1] ?? nextKeys[0]) : (nextKeys[index] ?? nextKeys[index - 1]);
    apply(
      points.filter((_, i) => i !== index),
      nextKeys,
      { key: target ?? null, caret: 'end' },
      t('pointRemoved', { number: index + 1 }),
    );
  };

  const move = (index: number, step: -1 | 1, fromButton = false) => {
    const to = index + step;
    if (to < 0 || to >= points.length) return;
    const swap = <T,>(items: T[]): T[] => {
      const copy = [...items];
      [copy[index], copy[to]] = [copy[to]!, copy[index]!];
      return copy;
    };
    apply(
      swap(points),
      swap(keys),
      { key: keys[index]!, caret: 'end', ...(fromButton ? { button: step === -1 ? 'up' : 'down' } : {}) },
      t('pointMoved', { number: to + 1, count: points.length }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, index: number) => {
    if (event.nativeEvent.isComposing) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault(); // a point is one paragraph
      if (points[index]?.trim() === '' && index === points.length - 1) return; // no runs of empty points
      insertAfter(index);
    } else if (event.key === 'Backspace' && points[index] === '') {
      event.preventDefault();
      remove(index, true);
    }
  };

  return (
    <div className="points">
      {points.length === 0 ? (
        <p className="form-hint">{t('noPoints')}</p>
      ) : (
        <ol className="points-list" ref={listRef} aria-labelledby={labelledBy}>
          {points.map((point, index) => (
            <li key={keys[index]} className="points-item">
              <span className="points-number" aria-hidden="true">
                {index + 1}.
              </span>
              <textarea
                className="text-input points-text"
                data-point-key={keys[index]}
                rows={1}
                value={point}
                aria-label={t('point', { number: index + 1 })}
                aria-describedby={describedBy}
                onChange={(event) =>
                  onChange(points.map((existing, i) => (i === index ? event.target.value : existing)))
                }
                onKeyDown={(event) => onKeyDown(event, index)}
              />
              <span className="points-actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('moveUp', { number: index + 1 })}
                  title={t('moveUp', { number: index + 1 })}
                  data-point-key={keys[index]}
                  data-move="up"
                  disabled={index === 0}
                  onClick={() => move(index, -1, true)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('moveDown', { number: index + 1 })}
                  title={t('moveDown', { number: index + 1 })}
                  data-point-key={keys[index]}
                  data-move="down"
                  disabled={index === points.length - 1}
                  onClick={() => move(index, 1, true)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('removePoint', { number: index + 1 })}
                  title={t('removePoint', { number: index + 1 })}
                  onClick={() => remove(index, false)}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <button ref={addRef} type="button" className="button" onClick={() => insertAfter(points.length - 1)}>
        {t('addPoint')}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
