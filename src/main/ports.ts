/**
 * What the main-process features need from the outside world, as plain
 * interfaces. The Electron shell (src/main/app) implements them with dialog,
 * shell and webContents; unit tests and the end-to-end bridge pass fakes. No
 * electron import here, so every feature runs in plain Node.
 */
import type { ApiEvent } from '../shared/ipc/channels';
import type { Language } from '../shared/catalogue/schema';
import type { ApiEventPayload } from '../shared/ipc/contract';
import type { ImportRunner } from './services/catalogue-import/import-runner';
import type { ExportRunner } from './services/export/runner';

export interface FileFilter {
  /** Shown in the dialog, e.g. "Briefing packs". */
  name: string;
  /** Without the dot; `*` for any. */
  extensions: string[];
}

export type UnsavedChangesAnswer = 'save' | 'discard' | 'cancel';

export interface ReplaceQuestion {
  language: Language;
  folder: string;
  /** File names (not paths) that exist and would be replaced. */
  existing: string[];
  /** Every file name the action writes, in order. */
  writing: string[];
}

export interface DialogPort {
  /** Resolves to the chosen absolute path, or null when the user cancels. */
  chooseFileToOpen(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Resolves to the chosen absolute path, or null when the user cancels. */
  chooseFileToSave(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** "Do you want to save the changes you made to <name>?" Save / Don't Save / Cancel. */
  confirmUnsaved(displayName: string, language?: Language): Promise<UnsavedChangesAnswer>;
  /**
   * "“minutes.docx” already exists in <folder>. Do you want to replace it?", naming every file that
   * exists (`existing`) and every file that will be written (`writing`); true only for Replace. Asked
   * for each file the save dialog's own prompt did not cover, in the interface language.
   */
  confirmReplace(options: ReplaceQuestion): Promise<boolean>;
}

export interface ShellPort {
  showItemInFolder(path: string): void;
}

/** Main → renderer events. Implementations validate the payload against IPC_EVENT_CONTRACT before sending. */
export interface EventSink {
  send<E extends ApiEvent>(event: E, payload: ApiEventPayload<E>): void;
}

/** Everything the feature modules are given: folders, clock, locale and the ports above. */
export interface MainContext {
  /** The app's resources folder (built-in catalogue, fonts). */
  resourcesDir: string;
  /** Per-user writable folder (settings, recent files, imported catalogues, recovery copies). */
  userDataDir: string;
  /** The operating system's locale, e.g. "fr-FR". */
  systemLocale: string;
  now(): Date;
  dialogs: DialogPort;
  shell: ShellPort;
  events: EventSink;
  /** Renders exports off the main thread (worker) or inline (unit tests). */
  exportRunner: ExportRunner;
  /** Reads catalogue imports off the main thread (worker); inline when left out (unit tests). */
  importRunner?: ImportRunner;
  /** Identifies this run's recovery copy; a random id when left out. */
  sessionId?: string;
}
