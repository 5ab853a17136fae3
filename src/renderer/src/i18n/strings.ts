import { defineStrings } from './index';

/** Language names in the interface language (for seminar languages and the settings). */
export const LANGUAGE_NAMES = defineStrings({
  en: { en: 'English', fr: 'French', es: 'Spanish' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol' },
  es: { en: 'inglés', fr: 'francés', es: 'español' },
});

/**
 * What went wrong, said in the interface language from main's error code, the
 * file's name and what is wrong with it (never main's English, a JSON path or
 * a parser's message). `{file}` is the file's name.
 */
export const ERROR_STRINGS = defineStrings({
  en: {
    'reason.not-found': '{file} could not be found. It may have been moved, renamed or deleted.',
    'reason.not-a-file': '{file} is a folder or a device, not a file.',
    'reason.not-text': '{file} is not a text file.',
    'reason.not-json': '{file} is damaged or is not a file of this app, so it could not be read. It was left as it is.',
    'reason.not-a-pack': '{file} is not a briefing pack. It was left as it is.',
    'reason.damaged': '{file} is damaged: parts of it are not what a briefing pack holds. It was left as it is.',
    'reason.newer-version':
      '{file} was saved by a newer version of Briefing Pack Builder. Update the app to open it; the file was left as it is.',
    'reason.too-large': '{file} is too large to open.',
    'reason.no-permission': 'You do not have permission to use {file}.',
    'reason.read-only': '{file} could not be written: the disk is read-only.',
    'reason.disk-full': '{file} could not be written: the disk is full.',
    'reason.no-folder': '{file} could not be written: its folder no longer exists.',
    'reason.in-use': '{file} is in use by another program.',
    'code.invalid-file':
      '{file} could not be read: it is damaged or not in a form this app knows. It was left as it is.',
    'code.not-found': '{file} is no longer available.',
    'code.write-failed': '{file} could not be written. Your work is still open.',
    'code.export-failed': 'The export to {file} could not be completed. No existing file was changed.',
    'code.pack-catalogue-mismatch': '{file} names seminars or topics that are not in its catalogue.',
    'code.pack-in-use': '{file} is already open in another window of Briefing Pack Builder.',
    'code.newer-version': '{file} was saved by a newer version of Briefing Pack Builder. It was left as it is.',
    'code.too-large': '{file} is too large.',
    'code.invalid-request': '{file} was not opened or saved in this app before; use Open… to choose it.',
    'code.nothing-to-print':
      'Nothing to print: every part of this pack is switched off or empty. Switch on a part or choose a seminar.',
    'code.internal': 'Something went wrong. Your work is unchanged.',
    'code.forbidden-sender': 'This request did not come from the application window and was refused.',
    'code.invalid-catalogue': 'The catalogue has problems to correct first; they are shown beside the fields.',
    'code.read-only': 'The built-in catalogue cannot be changed. Duplicate it to edit a copy.',
    'code.catalogue-in-use': 'This catalogue is being edited in another window or another copy of the app.',
    thisFile: 'The file',
    thisPack: 'This pack',
  },
  fr: {
    'reason.not-found': '{file} est introuvable. Il a peut-être été déplacé, renommé ou supprimé.',
    'reason.not-a-file': '{file} est un répertoire ou un périphérique, pas un fichier.',
    'reason.not-text': '{file} n’est pas un fichier texte.',
    'reason.not-json':
      '{file} est endommagé ou n’est pas un fichier de cette application : il n’a pas pu être lu. Il n’a pas été modifié.',
    'reason.not-a-pack': '{file} n’est pas un dossier d’information. Il n’a pas été modifié.',
    'reason.damaged':
      '{file} est endommagé : certaines parties ne correspondent pas à un dossier d’information. Il n’a pas été modifié.',
    'reason.newer-version':
      '{file} a été enregistré par une version plus récente de Briefing Pack Builder. Mettez l’application à jour pour l’ouvrir ; le fichier n’a pas été modifié.',
    'reason.too-large': '{file} est trop volumineux pour être ouvert.',
    'reason.no-permission': 'Vous n’avez pas l’autorisation d’utiliser {file}.',
    'reason.read-only': '{file} n’a pas pu être écrit : le disque est en lecture seule.',
    'reason.disk-full': '{file} n’a pas pu être écrit : le disque est plein.',
    'reason.no-folder': '{file} n’a pas pu être écrit : son répertoire n’existe plus.',
    'reason.in-use': '{file} est utilisé par un autre programme.',
    'code.invalid-file':
      '{file} n’a pas pu être lu : il est endommagé ou dans une forme que cette application ne connaît pas. Il n’a pas été modifié.',
    'code.not-found': '{file} n’est plus disponible.',
    'code.write-failed': '{file} n’a pas pu être écrit. Votre travail reste ouvert.',
    'code.export-failed': 'L’export vers {file} n’a pas pu aboutir. Aucun fichier existant n’a été modifié.',
    'code.pack-catalogue-mismatch': '{file} cite des séminaires ou des thèmes absents de son catalogue.',
    'code.pack-in-use': '{file} est déjà ouvert dans une autre fenêtre de Briefing Pack Builder.',
    'code.newer-version':
      '{file} a été enregistré par une version plus récente de Briefing Pack Builder. Il n’a pas été modifié.',
    'code.too-large': '{file} est trop volumineux.',
    'code.invalid-request':
      '{file} n’a encore été ni ouvert ni enregistré dans cette application ; choisissez-le avec Ouvrir….',
    'code.nothing-to-print':
      'Rien à imprimer : toutes les parties de ce dossier sont désactivées ou vides. Activez une partie ou choisissez un séminaire.',
    'code.internal': 'Une erreur s’est produite. Votre travail n’a pas été modifié.',
    'code.forbidden-sender': 'Cette demande ne venait pas de la fenêtre de l’application ; elle a été refusée.',
    'code.invalid-catalogue':
      'Le catalogue contient des problèmes à corriger d’abord ; ils sont signalés à côté des champs.',
    'code.read-only': 'Le catalogue intégré ne peut pas être modifié. Dupliquez-le pour modifier une copie.',
    'code.catalogue-in-use':
      'Ce catalogue est en cours de modification dans une autre fenêtre ou une autre copie de l’application.',
    thisFile: 'Le fichier',
    thisPack: 'Ce dossier',
  },
  es: {
    'reason.not-found': 'No se encuentra {file}. Puede que se haya movido, cambiado de nombre o eliminado.',
    'reason.not-a-file': '{file} es una carpeta o un dispositivo, no un archivo.',
    'reason.not-text': '{file} no es un archivo de texto.',
    'reason.not-json':
      '{file} está dañado o no es un archivo de esta aplicación, por lo que no se pudo leer. No se ha modificado.',
    'reason.not-a-pack': '{file} no es un dosier informativo. No se ha modificado.',
    'reason.damaged':
      '{file} está dañado: algunas partes no corresponden a un dosier informativo. No se ha modificado.',
    'reason.newer-version':
      '{file} se guardó con una versión más reciente de Briefing Pack Builder. Actualice la aplicación para abrirlo; el archivo no se ha modificado.',
    'reason.too-large': '{file} es demasiado grande para abrirlo.',
    'reason.no-permission': 'No tiene permiso para usar {file}.',
    'reason.read-only': 'No se pudo escribir {file}: el disco es de solo lectura.',
    'reason.disk-full': 'No se pudo escribir {file}: el disco está lleno.',
    'reason.no-folder': 'No se pudo escribir {file}: su carpeta ya no existe.',
    'reason.in-use': '{file} está en uso por otro programa.',
    'code.invalid-file':
      'No se pudo leer {file}: está dañado o tiene una forma que esta aplicación no conoce. No se ha modificado.',
    'code.not-found': '{file} ya no está disponible.',
    'code.write-failed': 'No se pudo escribir {file}. Su trabajo sigue abierto.',
    'code.export-failed': 'No se pudo completar la exportación a {file}. No se ha modificado ningún archivo existente.',
    'code.pack-catalogue-mismatch': '{file} menciona seminarios o temas que no están en su catálogo.',
    'code.pack-in-use': '{file} ya está abierto en otra ventana de Briefing Pack Builder.',
    'code.newer-version':
      '{file} se guardó con una versión más reciente de Briefing Pack Builder. No se ha modificado.',
    'code.too-large': '{file} es demasiado grande.',
    'code.invalid-request': '{file} no se ha abierto ni guardado antes en esta aplicación; elíjalo con Abrir….',
    'code.nothing-to-print':
      'No hay nada que imprimir: todas las partes de este dosier están desactivadas o vacías. Active una parte o elija un seminario.',
    'code.internal': 'Algo ha fallado. Su trabajo no ha cambiado.',
    'code.forbidden-sender': 'Esta solicitud no procedía de la ventana de la aplicación y se ha rechazado.',
    'code.invalid-catalogue': 'El catálogo tiene problemas que corregir primero; se indican junto a los campos.',
    'code.read-only': 'El catálogo integrado no se puede cambiar. Duplíquelo para editar una copia.',
    'code.catalogue-in-use': 'Este catálogo se está editando en otra ventana o en otra copia de la aplicación.',
    thisFile: 'El archivo',
    thisPack: 'Este dosier',
  },
});
