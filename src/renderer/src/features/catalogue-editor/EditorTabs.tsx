import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface EditorTab {
  id: string;
  label: string;
  panel: ReactNode;
}

/** ARIA tabs: arrow keys, Home and End move between them; the chosen panel follows. */
export function EditorTabList({
  label,
  tabs,
  chosen,
  onChoose,
  idPrefix,
}: {
  label: string;
  tabs: EditorTab[];
  chosen: string;
  onChoose: (id: string) => void;
  idPrefix: string;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onChoose(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  const active = tabs.find((tab) => tab.id === chosen) ?? tabs[0]!;
  return (
    <>
      <div role="tablist" aria-label={label} className="ce-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) refs.current.set(tab.id, element);
              else refs.current.delete(tab.id);
            }}
            id={`${idPrefix}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={tab.id === active.id}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={tab.id === active.id ? 0 : -1}
            onClick={() => onChoose(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel-${active.id}`}
        aria-labelledby={`${idPrefix}-tab-${active.id}`}
        className="editor-tabpanel"
      >
        {active.panel}
      </div>
    </>
  );
}
