import { defineStrings } from '../../i18n';

export const PREVIEW_STRINGS = defineStrings({
  en: {
    preview: 'Preview',
    updating: 'Updating the preview…',
    upToDate: 'Preview up to date',
    pageNumbersNote: 'Page numbers are in the exported file.',
    coverSheet: 'Cover',
    sheetOf: 'Sheet {number} of {count}: {name}',
    noSeminars: 'No seminars are chosen yet. Add seminars from the catalogue on the left to fill the agenda.',
    paperA4: 'A4 paper',
    paperLetter: 'US Letter paper',
    nothingToShow: 'Every section is switched off, so the pack is empty.',
  },
  fr: {
    preview: 'Aperçu',
    updating: 'Mise à jour de l’aperçu…',
    upToDate: 'Aperçu à jour',
    pageNumbersNote: 'Les numéros de page figurent dans le fichier exporté.',
    coverSheet: 'Couverture',
    sheetOf: 'Feuille {number} sur {count} : {name}',
    noSeminars:
      'Aucun séminaire n’est encore choisi. Ajoutez des séminaires depuis le catalogue à gauche pour remplir le programme.',
    paperA4: 'Papier A4',
    paperLetter: 'Papier US Letter',
    nothingToShow: 'Toutes les sections sont désactivées : le dossier est vide.',
  },
  es: {
    preview: 'Vista previa',
    updating: 'Actualizando la vista previa…',
    upToDate: 'Vista previa actualizada',
    pageNumbersNote: 'Los números de página figuran en el archivo exportado.',
    coverSheet: 'Portada',
    sheetOf: 'Hoja {number} de {count}: {name}',
    noSeminars:
      'Todavía no se ha elegido ningún seminario. Añada seminarios desde el catálogo de la izquierda para completar el programa.',
    paperA4: 'Papel A4',
    paperLetter: 'Papel US Letter',
    nothingToShow: 'Todas las secciones están desactivadas, así que el dosier está vacío.',
  },
});
