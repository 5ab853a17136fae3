import { type Language, isDocumentLanguage } from '../catalogue/languages';

/**
 * The words of the operating system's dialogs that main shows (open, save,
 * "replace?", "save changes?"), in the interface language. The renderer has its
 * own dictionaries; these live in src/shared because main shows them.
 */
const ENGLISH = {
  openPack: 'Open a briefing pack',
  savePack: 'Save the briefing pack',
  savePackAs: 'Save the briefing pack as',
  exportPack: 'Export the briefing pack',
  exportPackBoth: 'Export the briefing pack (PDF and DOCX, side by side under one name)',
  importProgramme: 'Import a programme or a catalogue',
  briefingPacks: 'Briefing packs',
  pdfDocument: 'PDF document',
  wordDocument: 'Word document',
  exportFiles: 'Export (the other files are written beside it under the same name)',
  calendarExport: 'iCalendar file',
  frabSchedule: 'Schedule XML (frab)',
  scheduleJson: 'Schedule JSON',
  programmeText: 'Programme text',
  catalogueFile: 'Catalogue file',
  programmesAndCatalogues: 'Programmes and catalogues (text, web page, iCalendar, schedule, CSV, catalogue)',
  webPage: 'Web page',
  calendarFile: 'Calendar invitation (iCalendar)',
  scheduleFile: 'Schedule (frab XML or schedule.json)',
  spreadsheetCsv: 'Spreadsheet saved as CSV',
  allFiles: 'All files',
  replaceOne: '“{file}” already exists in {folder}. Do you want to replace it?',
  replaceMany: '{files} already exist in {folder}. Do you want to replace them?',
  replaceDetail: 'This will write {files}. A replaced file cannot be recovered.',
  replace: 'Replace',
  cancel: 'Cancel',
  and: 'and',
  unsavedMessage: 'Do you want to save the changes you made to {name}?',
  unsavedDetail: 'Your changes will be lost if you don’t save them.',
  save: 'Save',
  dontSave: 'Don’t Save',
};

export type NativeDialogKey = keyof typeof ENGLISH;

const FRENCH: Record<NativeDialogKey, string> = {
  openPack: 'Ouvrir un dossier d’information',
  savePack: 'Enregistrer le dossier d’information',
  savePackAs: 'Enregistrer le dossier d’information sous',
  exportPack: 'Exporter le dossier d’information',
  exportPackBoth: 'Exporter le dossier d’information (PDF et DOCX, côte à côte sous un même nom)',
  importProgramme: 'Importer un programme ou un catalogue',
  briefingPacks: 'Dossiers d’information',
  pdfDocument: 'Document PDF',
  wordDocument: 'Document Word',
  exportFiles: 'Exporter (les autres fichiers sont écrits à côté, sous le même nom)',
  calendarExport: 'Fichier iCalendar',
  frabSchedule: 'Programme XML (frab)',
  scheduleJson: 'Programme JSON',
  programmeText: 'Texte de programme',
  catalogueFile: 'Fichier de catalogue',
  programmesAndCatalogues: 'Programmes et catalogues (texte, page web, iCalendar, horaire, CSV, catalogue)',
  webPage: 'Page web',
  calendarFile: 'Invitation de calendrier (iCalendar)',
  scheduleFile: 'Horaire (XML frab ou schedule.json)',
  spreadsheetCsv: 'Tableur enregistré en CSV',
  allFiles: 'Tous les fichiers',
  replaceOne: '« {file} » existe déjà dans {folder}. Voulez-vous le remplacer ?',
  replaceMany: '{files} existent déjà dans {folder}. Voulez-vous les remplacer ?',
  replaceDetail: 'Seront écrits : {files}. Un fichier remplacé ne peut pas être récupéré.',
  replace: 'Remplacer',
  cancel: 'Annuler',
  and: 'et',
  unsavedMessage: 'Voulez-vous enregistrer les modifications apportées à {name} ?',
  unsavedDetail: 'Vos modifications seront perdues si vous ne les enregistrez pas.',
  save: 'Enregistrer',
  dontSave: 'Ne pas enregistrer',
};

const SPANISH: Record<NativeDialogKey, string> = {
  openPack: 'Abrir un dosier informativo',
  savePack: 'Guardar el dosier informativo',
  savePackAs: 'Guardar el dosier informativo como',
  exportPack: 'Exportar el dosier informativo',
  exportPackBoth: 'Exportar el dosier informativo (PDF y DOCX, uno junto al otro con el mismo nombre)',
  importProgramme: 'Importar un programa o un catálogo',
  briefingPacks: 'Dosieres informativos',
  pdfDocument: 'Documento PDF',
  wordDocument: 'Documento de Word',
  exportFiles: 'Exportar (los demás archivos se escriben al lado, con el mismo nombre)',
  calendarExport: 'Archivo iCalendar',
  frabSchedule: 'Programa XML (frab)',
  scheduleJson: 'Programa JSON',
  programmeText: 'Texto de programa',
  catalogueFile: 'Archivo de catálogo',
  programmesAndCatalogues: 'Programas y catálogos (texto, página web, iCalendar, horario, CSV, catálogo)',
  webPage: 'Página web',
  calendarFile: 'Invitación de calendario (iCalendar)',
  scheduleFile: 'Horario (XML de frab o schedule.json)',
  spreadsheetCsv: 'Hoja de cálculo guardada como CSV',
  allFiles: 'Todos los archivos',
  replaceOne: '«{file}» ya existe en {folder}. ¿Desea reemplazarlo?',
  replaceMany: '{files} ya existen en {folder}. ¿Desea reemplazarlos?',
  replaceDetail: 'Se escribirán: {files}. Un archivo reemplazado no se puede recuperar.',
  replace: 'Reemplazar',
  cancel: 'Cancelar',
  and: 'y',
  unsavedMessage: '¿Desea guardar los cambios realizados en {name}?',
  unsavedDetail: 'Si no los guarda, se perderán los cambios.',
  save: 'Guardar',
  dontSave: 'No guardar',
};

const ARABIC: Record<NativeDialogKey, string> = {
  openPack: 'فتح ملف إحاطة',
  savePack: 'حفظ ملف الإحاطة',
  savePackAs: 'حفظ ملف الإحاطة باسم',
  exportPack: 'تصدير ملف الإحاطة',
  exportPackBoth: 'تصدير ملف الإحاطة (PDF وDOCX، جنبًا إلى جنب باسم واحد)',
  importProgramme: 'استيراد برنامج أو فهرس',
  briefingPacks: 'ملفات الإحاطة',
  pdfDocument: 'مستند PDF',
  wordDocument: 'مستند Word',
  exportFiles: 'تصدير (تُكتب الملفات الأخرى بجانبه بالاسم نفسه)',
  calendarExport: 'ملف iCalendar',
  frabSchedule: 'جدول XML (frab)',
  scheduleJson: 'جدول JSON',
  programmesAndCatalogues: 'البرامج والفهارس (نص، صفحة ويب، iCalendar، جدول، CSV، فهرس)',
  webPage: 'صفحة ويب',
  calendarFile: 'دعوة تقويم (iCalendar)',
  scheduleFile: 'جدول (frab XML أو schedule.json)',
  spreadsheetCsv: 'جدول بيانات محفوظ بصيغة CSV',
  allFiles: 'كل الملفات',
  programmeText: 'نص برنامج',
  catalogueFile: 'ملف فهرس',
  replaceOne: '«{file}» موجود بالفعل في {folder}. هل تريد استبداله؟',
  replaceMany: '{files} موجودة بالفعل في {folder}. هل تريد استبدالها؟',
  replaceDetail: 'سيُكتب ما يلي: {files}. لا يمكن استرجاع ملف مستبدَل.',
  replace: 'استبدال',
  cancel: 'إلغاء',
  and: 'و',
  unsavedMessage: 'هل تريد حفظ التغييرات التي أجريتها على {name}؟',
  unsavedDetail: 'ستضيع تغييراتك إن لم تحفظها.',
  save: 'حفظ',
  dontSave: 'عدم الحفظ',
};

const CHINESE: Record<NativeDialogKey, string> = {
  openPack: '打开简报材料',
  savePack: '保存简报材料',
  savePackAs: '将简报材料另存为',
  exportPack: '导出简报材料',
  exportPackBoth: '导出简报材料（PDF 和 DOCX，同名并排存放）',
  importProgramme: '导入日程或研讨会目录',
  briefingPacks: '简报材料',
  pdfDocument: 'PDF 文档',
  wordDocument: 'Word 文档',
  exportFiles: '导出（其他文件以同一名称写在其旁边）',
  calendarExport: 'iCalendar 文件',
  frabSchedule: '日程 XML（frab）',
  scheduleJson: '日程 JSON',
  programmesAndCatalogues: '日程和研讨会目录（文本、网页、iCalendar、日程表、CSV、研讨会目录）',
  webPage: '网页',
  calendarFile: '日历邀请（iCalendar）',
  scheduleFile: '日程表（frab XML 或 schedule.json）',
  spreadsheetCsv: '另存为 CSV 的电子表格',
  allFiles: '所有文件',
  programmeText: '日程文本',
  catalogueFile: '研讨会目录文件',
  replaceOne: '{folder} 中已有“{file}”。要替换它吗？',
  replaceMany: '{folder} 中已有 {files}。要替换它们吗？',
  replaceDetail: '将写入 {files}。被替换的文件无法恢复。',
  replace: '替换',
  cancel: '取消',
  and: '和',
  unsavedMessage: '要保存对 {name} 所做的更改吗？',
  unsavedDetail: '如果不保存，您的更改将会丢失。',
  save: '保存',
  dontSave: '不保存',
};

const RUSSIAN: Record<NativeDialogKey, string> = {
  openPack: 'Открыть пакет справочных материалов',
  savePack: 'Сохранить пакет справочных материалов',
  savePackAs: 'Сохранить пакет справочных материалов как',
  exportPack: 'Экспортировать пакет справочных материалов',
  exportPackBoth: 'Экспортировать пакет справочных материалов (PDF и DOCX рядом, под одним именем)',
  importProgramme: 'Импортировать программу или каталог',
  briefingPacks: 'Пакеты справочных материалов',
  pdfDocument: 'Документ PDF',
  wordDocument: 'Документ Word',
  exportFiles: 'Экспорт (остальные файлы записываются рядом под тем же именем)',
  calendarExport: 'Файл iCalendar',
  frabSchedule: 'Расписание XML (frab)',
  scheduleJson: 'Расписание JSON',
  programmesAndCatalogues: 'Программы и каталоги (текст, веб-страница, iCalendar, расписание, CSV, каталог)',
  webPage: 'Веб-страница',
  calendarFile: 'Приглашение в календарь (iCalendar)',
  scheduleFile: 'Расписание (frab XML или schedule.json)',
  spreadsheetCsv: 'Таблица, сохранённая в CSV',
  allFiles: 'Все файлы',
  programmeText: 'Текст программы',
  catalogueFile: 'Файл каталога',
  replaceOne: '«{file}» уже есть в папке {folder}. Заменить его?',
  replaceMany: '{files} уже есть в папке {folder}. Заменить их?',
  replaceDetail: 'Будут записаны: {files}. Заменённый файл восстановить нельзя.',
  replace: 'Заменить',
  cancel: 'Отмена',
  and: 'и',
  unsavedMessage: 'Сохранить изменения, внесённые в {name}?',
  unsavedDetail: 'Если не сохранить изменения, они будут потеряны.',
  save: 'Сохранить',
  dontSave: 'Не сохранять',
};

export const NATIVE_DIALOG_STRINGS: Readonly<Record<Language, Readonly<Record<NativeDialogKey, string>>>> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
  ar: ARABIC,
  zh: CHINESE,
  ru: RUSSIAN,
};

export function nativeDialogText(
  language: Language,
  key: NativeDialogKey,
  values: Record<string, string> = {},
): string {
  return NATIVE_DIALOG_STRINGS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Quotation marks around a file name, as each language writes them. */
const QUOTES: Readonly<Record<Language, readonly [string, string]>> = {
  en: ['“', '”'],
  fr: ['« ', ' »'],
  es: ['«', '»'],
  ar: ['«', '»'],
  zh: ['“', '”'],
  ru: ['«', '»'],
};

/** "a.pdf and a.docx", "a, b and c", quoted, in the interface language. */
export function listFileNames(language: Language, names: readonly string[]): string {
  const quote = (name: string) => `${QUOTES[language][0]}${name}${QUOTES[language][1]}`;
  const quoted = names.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  const separator = language === 'ar' ? '، ' : language === 'zh' ? '、' : ', ';
  // Arabic writes "and" (و) joined to the word that follows it.
  const and = language === 'ar' ? ` ${NATIVE_DIALOG_STRINGS.ar.and}` : ` ${NATIVE_DIALOG_STRINGS[language].and} `;
  return `${quoted.slice(0, -1).join(separator)}${and}${quoted.at(-1)}`;
}

/** The interface language: the setting, else the system's when we have it, else English (as the renderer does). */
export function resolveInterfaceLanguage(setting: Language | null, systemLocale: string): Language {
  if (setting) return setting;
  const base = systemLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return isDocumentLanguage(base) ? base : 'en';
}
