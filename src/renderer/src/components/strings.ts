import { defineStrings } from '../i18n';

/** Interface text of the shared components (Dialog, TimeZonePicker). */
export const COMPONENT_STRINGS = defineStrings({
  en: {
    addZone: 'Add a time zone',
    chosenZones: 'Time zones shown in the agenda',
    utcAlways: 'UTC (always shown first)',
    removeZone: 'Remove {zone}',
    zoneSuggestions: 'Matching time zones',
    noMatch: 'No time zone matches “{query}”. Try a city, such as Vienna or New York.',
    keepTyping: '{count} more zones: keep typing to narrow the list.',
    alreadyChosen: '{zone} is already in the list.',
    alreadyChosenShort: 'already chosen',
    utcIsAlwaysShown: 'UTC is always shown first, so it does not need to be added.',
    maxReached: 'You can choose up to {max} time zones. Remove one to add another.',
    added: '{zone} added.',
    removed: '{zone} removed.',
    pickerHint: 'Type a city or a zone name, then use the arrow keys and Enter. Up to {max} zones besides UTC.',
  },
  fr: {
    addZone: 'Ajouter un fuseau horaire',
    chosenZones: 'Fuseaux horaires affichés dans le programme',
    utcAlways: 'UTC (toujours affiché en premier)',
    removeZone: 'Retirer {zone}',
    zoneSuggestions: 'Fuseaux horaires correspondants',
    noMatch:
      'Aucun fuseau horaire ne correspond à « {query} ». Essayez le nom anglais d’une ville, par exemple Vienna ou New York.',
    keepTyping: '{count} autres fuseaux : continuez à taper pour réduire la liste.',
    alreadyChosen: '{zone} figure déjà dans la liste.',
    alreadyChosenShort: 'déjà choisi',
    utcIsAlwaysShown: 'UTC est toujours affiché en premier ; inutile de l’ajouter.',
    maxReached: 'Vous pouvez choisir jusqu’à {max} fuseaux horaires. Retirez-en un pour en ajouter un autre.',
    added: '{zone} ajouté.',
    removed: '{zone} retiré.',
    pickerHint:
      'Tapez une ville ou un nom de fuseau, puis utilisez les flèches et Entrée. Jusqu’à {max} fuseaux en plus d’UTC.',
  },
  es: {
    addZone: 'Añadir un huso horario',
    chosenZones: 'Husos horarios que se muestran en el programa',
    utcAlways: 'UTC (siempre se muestra primero)',
    removeZone: 'Quitar {zone}',
    zoneSuggestions: 'Husos horarios que coinciden',
    noMatch:
      'Ningún huso horario coincide con «{query}». Pruebe con el nombre inglés de una ciudad, como Vienna o New York.',
    keepTyping: '{count} husos más: siga escribiendo para acotar la lista.',
    alreadyChosen: '{zone} ya está en la lista.',
    alreadyChosenShort: 'ya elegido',
    utcIsAlwaysShown: 'UTC siempre se muestra primero, así que no hace falta añadirlo.',
    maxReached: 'Puede elegir hasta {max} husos horarios. Quite uno para añadir otro.',
    added: '{zone} añadido.',
    removed: '{zone} quitado.',
    pickerHint: 'Escriba una ciudad o el nombre de un huso y use las flechas y Intro. Hasta {max} husos además de UTC.',
  },
});
