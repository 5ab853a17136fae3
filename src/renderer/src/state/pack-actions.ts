/** What can happen to the open document: loading, the user's edits, saving, undo and redo. */
import type { Catalogue, Language } from '../../../shared/catalogue/schema';
import type { OpenedPack } from '../../../shared/ipc/contract';
import type { DocumentKind, Pack, PackSectionId, TopicBrief } from '../../../shared/pack/schema';

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

/** The actions that change the pack itself, each one undo step (or merged into the last). */
export type EditAction = Exclude<PackAction, { type: 'loaded' | 'saved' | 'undo' | 'redo' | 'catalogueChanged' }>;
