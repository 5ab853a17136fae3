import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { FieldProblem, FieldProblemKind } from '../../../../shared/catalogue/problems';
import type { Catalogue } from '../../../../shared/catalogue/schema';
import { useStrings } from '../../i18n';
import type { CatalogueEdit } from './edits';
import { EDITOR_STRINGS } from './strings';

export interface EditorContextValue {
  catalogue: Catalogue;
  edit: (edit: CatalogueEdit) => void;
  /** Problems of the field at exactly this JSON path. */
  problemsAt: (path: string) => FieldProblemKind[];
  /** Whether anything at or under this path has a problem. */
  hasProblemsUnder: (path: string) => boolean;
  /** Focuses the element with this DOM id after the next render (after an add, a move, a removal). */
  focusSoon: (domId: string) => void;
  /** The open pack's time zones, shown beside the times as they are typed. */
  packZones: string[];
  /** Unique DOM id prefix of this editor. */
  idPrefix: string;
}

const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the catalogue editor');
  return value;
}

interface ProviderProps {
  catalogue: Catalogue;
  problems: FieldProblem[];
  edit: (edit: CatalogueEdit) => void;
  packZones: string[];
  idPrefix: string;
  children: ReactNode;
}

export function EditorProvider({ catalogue, problems, edit, packZones, idPrefix, children }: ProviderProps) {
  const pendingFocus = useRef<string | null>(null);
  const focusSoon = useCallback((domId: string) => {
    pendingFocus.current = domId;
  }, []);
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });
  const value = useMemo<EditorContextValue>(() => {
    const byPath = new Map<string, FieldProblemKind[]>();
    for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem.kind]);
    return {
      catalogue,
      edit,
      problemsAt: (path) => byPath.get(path) ?? [],
      hasProblemsUnder: (path) =>
        problems.some((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`)),
      focusSoon,
      packZones,
      idPrefix,
    };
  }, [catalogue, edit, problems, focusSoon, packZones, idPrefix]);
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

/** The problems of one field in plain words, for aria-describedby. */
export function FieldProblems({ id, kinds, extra }: { id: string; kinds: FieldProblemKind[]; extra?: string }) {
  const t = useStrings(EDITOR_STRINGS);
  if (kinds.length === 0 && !extra) return null;
  return (
    <span id={id} className="editor-problem" role="alert">
      {[...new Set(kinds)].map((kind) => t(`problem.${kind}`)).join(' ')}
      {extra ? ` ${extra}` : ''}
    </span>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** JSON path of the field, for its problems. */
  path?: string;
  multiline?: boolean;
  dir?: 'auto';
  className?: string;
}

/** A labelled text input (or text area) with its problems beside it. */
export function TextField({ id, label, value, onChange, path, multiline, className }: TextFieldProps) {
  const { problemsAt } = useEditor();
  const kinds = path ? problemsAt(path) : [];
  const problemId = `${id}-problem`;
  const common = {
    id,
    value,
    dir: 'auto' as const,
    'aria-invalid': kinds.length > 0 ? true : undefined,
    'aria-describedby': kinds.length > 0 ? problemId : undefined,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldProblems id={problemId} kinds={kinds} />
    </div>
  );
}
