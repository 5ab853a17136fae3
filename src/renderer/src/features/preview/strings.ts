import { defineStrings } from '../../i18n';

export const PREVIEW_STRINGS = defineStrings({
  en: {
    preview: 'Preview',
    updating: 'Updating the preview…',
    upToDate: 'Preview up to date',
    pageNumbersNote:
      'Each part is shown on one sheet here, so the sheets are not the pages: the exported file is laid out in pages, with their numbers.',
    coverSheet: 'Cover',
    sheetOf: 'Part {number} of {count}: {name}',
    noSeminars: 'No seminars are chosen yet. Add seminars from the catalogue on the left to fill the agenda.',
    paperA4: 'A4 paper',
    paperLetter: 'US Letter paper',
    paperA5: 'A5 booklet pages',
    nothingToShow: 'Nothing to print: every part of this pack is switched off or empty.',
  },
  fr: {
    preview: 'Aperçu',
    updating: 'Mise à jour de l’aperçu…',
    upToDate: 'Aperçu à jour',
    pageNumbersNote:
      'Chaque partie tient ici sur une feuille : les feuilles ne sont donc pas les pages. Le fichier exporté est mis en pages, avec leurs numéros.',
    coverSheet: 'Couverture',
    sheetOf: 'Partie {number} sur {count} : {name}',
    noSeminars:
      'Aucun séminaire n’est encore choisi. Ajoutez des séminaires depuis le catalogue à gauche pour remplir le programme.',
    paperA4: 'Papier A4',
    paperLetter: 'Papier US Letter',
    paperA5: 'Pages de livret A5',
    nothingToShow: 'Rien à imprimer : toutes les parties de ce dossier sont désactivées ou vides.',
  },
  es: {
    preview: 'Vista previa',
    updating: 'Actualizando la vista previa…',
    upToDate: 'Vista previa actualizada',
    pageNumbersNote:
      'Aquí cada parte ocupa una hoja, así que las hojas no son las páginas: el archivo exportado se compagina en páginas, con sus números.',
    coverSheet: 'Portada',
    sheetOf: 'Parte {number} de {count}: {name}',
    noSeminars:
      'Todavía no se ha elegido ningún seminario. Añada seminarios desde el catálogo de la izquierda para completar el programa.',
    paperA4: 'Papel A4',
    paperLetter: 'Papel US Letter',
    paperA5: 'Páginas de folleto A5',
    nothingToShow: 'No hay nada que imprimir: todas las partes de este dosier están desactivadas o vacías.',
  },
});
