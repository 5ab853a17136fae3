/**
 * The open document: the pack being edited, where it lives, the catalogue its
 * ids refer to and what was last saved. A pure reducer, so every edit is a
 * value and `dirty` is derived (never stored): the pack differs from the
 * serialised pack at the last save or open.
 */
import type { Catalogue, Language } from '../../../shared/catalogue/schema';
import type { OpenedPack } from '../../../shared/ipc/contract';
import { serialisePack, withDocumentKind } from '../../../shared/pack/pack';
import { refreshedSnapshot, withSeminars } from '../../../shared/pack/programme';
import type { DocumentKind, Pack, PackSectionId, TopicBrief } from '../../../shared/pack/schema';

/** Undo keeps this many steps; older ones are dropped. */
export const UNDO_LIMIT = 100;

export interface OpenDocument {
  pack: Pack;
  /** Null until the pack is first saved. */
  filePath: string | null;
  /** File name for the title bar ("Untitled" when never saved). */
  displayName: string;
  /** The catalogue the pack chooses from: the one its programme came from, or its own programme when that is not here. */
  catalogue: Catalogue;
  /** True when `catalogue` is the pack's own programme (its source catalogue is not on this computer). */
  catalogueFromPack: boolean;
  /** serialisePack(pack) at the last save or open; '' when the content was never saved (a restored copy). */
  savedSnapshot: string;
  /** Grows with every change of the pack (edits, undo, redo, loading): effects key on it. */
  revision: number;
  /** Grows each time a pack is loaded (New, Open, a restored copy): what belongs to one pack keys on it. */
  loadCount: number;
  /** Packs before (`past`, oldest first) and after (`future`, next first) the current one. */
  past: Pack[];
  future: Pack[];
  /** Consecutive edits with the same key (typing in one field) make one undo step. */
  lastEditKey: string | null;
}

export type PackStoreState = OpenDocument | null;

/** Fields of the pack's settings form, edited one value at a time. */
export type PackField =
  'title' | 'delegation' | 'preparedBy' | 'reference' | 'date' | 'marking' | 'language' | 'languageMode' | 'paper';

type SetFieldAction = { [K in PackField]: { type: 'setField'; field: K; value: Pack[K] } }[PackField];

export type PackAction =
  | {
      type: 'loaded';
      opened: OpenedPack;
      catalogue: Catalogue;
      /** True for content that is not in its file (a restored recovery copy). */
      unsaved?: boolean;
      catalogueFromPack?: boolean;
    }
  | SetFieldAction
  | { type: 'setTimeZones'; zones: string[] }
  /** Briefing pack or programme: the new kind's sections and marking (withDocumentKind), one undo step. */
  | { type: 'setKind'; kind: DocumentKind }
  | { type: 'addSeminar'; seminarId: string }
  | { type: 'removeSeminar'; seminarId: string }
  | { type: 'removeAllSeminars' }
  | { type: 'moveSeminar'; from: number; to: number }
  | { type: 'toggleTopic'; topicId: string }
  | { type: 'toggleSection'; section: PackSectionId }
  | { type: 'setTopicBrief'; topicId: string; brief: TopicBrief }
  | { type: 'setBio'; personId: string; language: Language; text: string | undefined }
  /** Takes the catalogue's current version of every chosen seminar into the pack's programme. */
  | { type: 'refreshProgramme' }
  /**
   * The catalogue the pack chooses from changed (edited and saved, or deleted: then the pack's own
   * programme). Not an edit of the pack: nothing to undo, the pack is as it was.
   */
  | { type: 'catalogueChanged'; catalogue: Catalogue; catalogueFromPack: boolean }
  /** `pack` is the pack that was written (the user may have edited while saving); default: the current one. */
  | { type: 'saved'; filePath: string; displayName: string; pack?: Pack }
  | { type: 'undo' }
  | { type: 'redo' };

export const packActions = {
  loaded: (opened: OpenedPack, catalogue: Catalogue, unsaved = false, catalogueFromPack = false): PackAction => ({
    type: 'loaded',
    opened,
    catalogue,
    unsaved,
    catalogueFromPack,
  }),
  setField: <K extends PackField>(field: K, value: Pack[K]): PackAction =>
    ({ type: 'setField', field, value }) as PackAction,
  setTimeZones: (zones: string[]): PackAction => ({ type: 'setTimeZones', zones }),
  setKind: (kind: DocumentKind): PackAction => ({ type: 'setKind', kind }),
  addSeminar: (seminarId: string): PackAction => ({ type: 'addSeminar', seminarId }),
  removeSeminar: (seminarId: string): PackAction => ({ type: 'removeSeminar', seminarId }),
  /** Empties the pack's seminars in one step (and one undo). */
  removeAllSeminars: (): PackAction => ({ type: 'removeAllSeminars' }),
  moveSeminar: (from: number, to: number): PackAction => ({ type: 'moveSeminar', from, to }),
  toggleTopic: (topicId: string): PackAction => ({ type: 'toggleTopic', topicId }),
  toggleSection: (section: PackSectionId): PackAction => ({ type: 'toggleSection', section }),
  setTopicBrief: (topicId: string, brief: TopicBrief): PackAction => ({ type: 'setTopicBrief', topicId, brief }),
  setBio: (personId: string, language: Language, text: string | undefined): PackAction => ({
    type: 'setBio',
    personId,
    language,
    text,
  }),
  refreshProgramme: (): PackAction => ({ type: 'refreshProgramme' }),
  catalogueChanged: (catalogue: Catalogue, catalogueFromPack = false): PackAction => ({
    type: 'catalogueChanged',
    catalogue,
    catalogueFromPack,
  }),
  saved: (filePath: string, displayName: string, pack?: Pack): PackAction =>
    pack ? { type: 'saved', filePath, displayName, pack } : { type: 'saved', filePath, displayName },
  undo: (): PackAction => ({ type: 'undo' }),
  redo: (): PackAction => ({ type: 'redo' }),
};

export function isDirty(document: OpenDocument): boolean {
  return serialisePack(document.pack) !== document.savedSnapshot;
}

export const canUndo = (document: PackStoreState): boolean => (document?.past.length ?? 0) > 0;
export const canRedo = (document: PackStoreState): boolean => (document?.future.length ?? 0) > 0;

/** Whether a topic is in the pack: an empty `topicIds` means every topic. */
export function isTopicChosen(pack: Pack, topicId: string): boolean {
  return pack.topicIds.length === 0 || pack.topicIds.includes(topicId);
}

/** The chosen topics that the catalogue knows, in catalogue order. */
export function chosenTopicIds(pack: Pack, catalogue: Catalogue): string[] {
  return catalogue.topics.map((topic) => topic.id).filter((id) => isTopicChosen(pack, id));
}

export function packStoreReducer(state: PackStoreState, action: PackAction): PackStoreState {
  if (action.type === 'loaded') {
    const { pack, filePath, displayName } = action.opened;
    return {
      pack,
      filePath,
      displayName,
      catalogue: action.catalogue,
      catalogueFromPack: action.catalogueFromPack ?? false,
      savedSnapshot: action.unsaved ? '' : serialisePack(pack),
      revision: (state?.revision ?? 0) + 1,
      loadCount: (state?.loadCount ?? 0) + 1,
      past: [],
      future: [],
      lastEditKey: null,
    };
  }
  if (!state) return state;
  switch (action.type) {
    case 'catalogueChanged':
      return {
        ...state,
        catalogue: action.catalogue,
        catalogueFromPack: action.catalogueFromPack,
        revision: state.revision + 1,
      };
    case 'saved':
      return {
        ...state,
        filePath: action.filePath,
        displayName: action.displayName,
        savedSnapshot: serialisePack(action.pack ?? state.pack),
        // A save ends the current undo step, so typing after it starts a new one.
        lastEditKey: null,
      };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        pack: previous,
        past: state.past.slice(0, -1),
        future: [state.pack, ...state.future],
        revision: state.revision + 1,
        lastEditKey: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return {
        ...state,
        pack: next,
        past: [...state.past, state.pack],
        future: rest,
        revision: state.revision + 1,
        lastEditKey: null,
      };
    }
    default: {
      const pack = editPack(state.pack, state.catalogue, action);
      if (pack === state.pack) return state;
      return withEdit(state, pack, editKey(action));
    }
  }
}

type EditAction = Exclude<PackAction, { type: 'loaded' | 'saved' | 'undo' | 'redo' | 'catalogueChanged' }>;

/** Key for merging consecutive edits into one undo step; null: never merged. */
function editKey(action: EditAction): string | null {
  switch (action.type) {
    case 'setField':
      return action.field === 'language' || action.field === 'languageMode' || action.field === 'paper'
        ? null
        : `field:${action.field}`;
    case 'setTopicBrief':
      return `brief:${action.topicId}`;
    case 'setBio':
      return `bio:${action.personId}:${action.language}`;
    default:
      return null;
  }
}

function withEdit(state: OpenDocument, pack: Pack, key: string | null): OpenDocument {
  const merge = key !== null && key === state.lastEditKey;
  return {
    ...state,
    pack,
    past: merge ? state.past : [...state.past, state.pack].slice(-UNDO_LIMIT),
    future: [],
    revision: state.revision + 1,
    lastEditKey: key,
  };
}

/** The pack after one edit; the same object when the edit changes nothing. */
function editPack(pack: Pack, catalogue: Catalogue, action: EditAction): Pack {
  switch (action.type) {
    case 'setField':
      return pack[action.field] === action.value ? pack : { ...pack, [action.field]: action.value };
    case 'setKind':
      return withDocumentKind(pack, action.kind);
    case 'setTimeZones':
      return sameList(pack.timeZones, action.zones) ? pack : { ...pack, timeZones: [...new Set(action.zones)] };
    case 'addSeminar':
      return pack.seminarIds.includes(action.seminarId) || !catalogue.seminars.some((s) => s.id === action.seminarId)
        ? pack
        : withChosenSeminars(pack, catalogue, [...pack.seminarIds, action.seminarId]);
    case 'removeSeminar':
      return pack.seminarIds.includes(action.seminarId)
        ? withChosenSeminars(
            pack,
            catalogue,
            pack.seminarIds.filter((id) => id !== action.seminarId),
          )
        : pack;
    case 'removeAllSeminars':
      return pack.seminarIds.length === 0 ? pack : withChosenSeminars(pack, catalogue, []);
    case 'refreshProgramme': {
      const programme = refreshedSnapshot(pack.programme, catalogue, pack.seminarIds);
      const kept = new Set(programme.seminars.map((seminar) => seminar.id));
      return { ...pack, programme, seminarIds: pack.seminarIds.filter((id) => kept.has(id)) };
    }
    case 'moveSeminar':
      return moveSeminar(pack, action.from, action.to);
    case 'toggleTopic':
      return toggleTopic(pack, catalogue, action.topicId);
    case 'toggleSection':
      return { ...pack, sections: { ...pack.sections, [action.section]: !pack.sections[action.section] } };
    case 'setTopicBrief':
      return setTopicBrief(pack, action.topicId, action.brief);
    case 'setBio':
      return setBio(pack, action.personId, action.language, action.text);
  }
}

/**
 * The pack with exactly these seminars chosen, its programme snapshot following:
 * a seminar it already holds stays as the user accepted it, a new one is copied
 * from the catalogue, one no longer chosen leaves with the people only it had.
 */
function withChosenSeminars(pack: Pack, catalogue: Catalogue, seminarIds: string[]): Pack {
  return { ...pack, seminarIds, programme: withSeminars(pack.programme, catalogue, seminarIds) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function moveSeminar(pack: Pack, from: number, to: number): Pack {
  const count = pack.seminarIds.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from >= count) return pack;
  const target = Math.min(Math.max(to, 0), count - 1);
  if (target === from) return pack;
  const seminarIds = [...pack.seminarIds];
  const [moved] = seminarIds.splice(from, 1);
  seminarIds.splice(target, 0, moved!);
  return { ...pack, seminarIds };
}

/**
 * Empty `topicIds` means every topic. Unchecking one topic from "all" stores
 * the explicit list of the others; checking the last missing one goes back to
 * "all" (empty). The last chosen topic cannot be unchecked: an empty list would
 * mean "all" again, the opposite of what was asked.
 */
function toggleTopic(pack: Pack, catalogue: Catalogue, topicId: string): Pack {
  const allIds = catalogue.topics.map((topic) => topic.id);
  if (!allIds.includes(topicId)) return pack;
  const chosen = new Set(pack.topicIds.length === 0 ? allIds : pack.topicIds.filter((id) => allIds.includes(id)));
  if (chosen.has(topicId)) {
    if (chosen.size === 1) return pack;
    chosen.delete(topicId);
  } else {
    chosen.add(topicId);
  }
  const topicIds = chosen.size === allIds.length ? [] : allIds.filter((id) => chosen.has(id));
  return sameList(topicIds, pack.topicIds) ? pack : { ...pack, topicIds };
}

const isBlankBrief = (brief: TopicBrief): boolean =>
  brief.summary === '' && brief.background === '' && brief.pointsToMake.length === 0;

/** A brief with nothing in it is removed, so typing and then deleting leaves the pack as it was. */
function setTopicBrief(pack: Pack, topicId: string, brief: TopicBrief): Pack {
  const current = pack.topicBriefs[topicId];
  const topicBriefs = { ...pack.topicBriefs };
  if (isBlankBrief(brief)) {
    if (!current) return pack;
    delete topicBriefs[topicId];
  } else {
    if (
      current &&
      current.summary === brief.summary &&
      current.background === brief.background &&
      sameList(current.pointsToMake, brief.pointsToMake)
    )
      return pack;
    topicBriefs[topicId] = {
      summary: brief.summary,
      pointsToMake: [...brief.pointsToMake],
      background: brief.background,
    };
  }
  return { ...pack, topicBriefs };
}

/** `undefined` removes the override for that language (the catalogue's bio applies again). */
function setBio(pack: Pack, personId: string, language: Language, text: string | undefined): Pack {
  const current = pack.bioOverrides[personId] ?? {};
  if (current[language] === text) return pack;
  const override = { ...current };
  if (text === undefined) delete override[language];
  else override[language] = text;
  const bioOverrides = { ...pack.bioOverrides };
  if (Object.keys(override).length === 0) delete bioOverrides[personId];
  else bioOverrides[personId] = override;
  return { ...pack, bioOverrides };
}
