import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useStrings } from '../i18n';
import { APP_STRINGS } from './strings';

export type EditorTab = 'pack' | 'briefs' | 'speakers';
const TABS: EditorTab[] = ['pack', 'briefs', 'speakers'];
const TAB_LABELS = { pack: 'tabPack', briefs: 'tabTopicBriefs', speakers: 'tabSpeakers' } as const;

/**
 * "Pack", "Topic briefs" and "Speakers" as ARIA tabs: Left/Right/Home/End move
 * between tabs and show them at once. A panel is first rendered when its tab is
 * first shown (the speakers of a large pack are thousands of people), then stays
 * mounted while hidden, so what was typed in an editor is still there when its tab comes back.
 */
export function EditorTabs({ panels }: { panels: Record<EditorTab, ReactNode> }) {
  const t = useStrings(APP_STRINGS);
  const id = useId();
  const [selected, setSelected] = useState<EditorTab>('pack');
  const [shown, setShown] = useState<ReadonlySet<EditorTab>>(() => new Set(['pack']));
  const tabRefs = useRef(new Map<EditorTab, HTMLButtonElement>());

  const show = (tab: EditorTab) => {
    setSelected(tab);
    setShown((before) => (before.has(tab) ? before : new Set([...before, tab])));
  };
  const select = (tab: EditorTab) => {
    show(tab);
    tabRefs.current.get(tab)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(selected);
    const next = {
      ArrowRight: TABS[(index + 1) % TABS.length],
      ArrowLeft: TABS[(index - 1 + TABS.length) % TABS.length],
      Home: TABS[0],
      End: TABS[TABS.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    select(next);
  };

  return (
    <div className="editor-tabs">
      <div role="tablist" aria-label={t('editorTabs')} className="tablist" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            ref={(node) => {
              if (node) tabRefs.current.set(tab, node);
              else tabRefs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            aria-selected={tab === selected}
            aria-controls={`${id}-panel-${tab}`}
            tabIndex={tab === selected ? 0 : -1}
            className="tab"
            onClick={() => show(tab)}
          >
            {t(TAB_LABELS[tab])}
          </button>
        ))}
      </div>
      {TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`${id}-panel-${tab}`}
          aria-labelledby={`${id}-tab-${tab}`}
          hidden={tab !== selected}
          className="tabpanel"
        >
          {shown.has(tab) ? panels[tab] : null}
        </div>
      ))}
    </div>
  );
}
