import type { Template } from './import-warning-texts';

/**
 * The warnings of the readers beside programme text (iCalendar, frab XML,
 * schedule.json, CSV), of time zones, and of decoding, in the same form as
 * import-warning-texts.ts: `{name}` a value from the file, `{*name}` a sentence.
 */
export const READER_WARNING_TEMPLATES: Template[] = [
  // Time zones, in every reader.
  {
    en: '{*why}, so the time is not placed: the seminar is kept for the whole day until you set its time',
    fr: '{*why} : l’heure n’est donc pas reprise, et le séminaire occupe toute la journée jusqu’à ce que vous fixiez son heure',
    es: '{*why}: la hora no se incluye, y el seminario ocupa todo el día hasta que usted fije su hora',
  },
  { en: 'no time zone is given', fr: 'aucun fuseau horaire n’est indiqué', es: 'no se indica ninguna zona horaria' },
  {
    en: 'the time zone "{zone}" is not one the importer knows',
    fr: 'le fuseau horaire « {zone} » est inconnu de l’importateur',
    es: 'la zona horaria «{zone}» no la conoce el importador',
  },
  {
    en: '"{zone}" can mean more than one time zone',
    fr: '« {zone} » peut désigner plusieurs fuseaux horaires',
    es: '«{zone}» puede designar más de una zona horaria',
  },
  {
    en: 'the event time names no time zone',
    fr: 'l’heure de l’événement n’indique aucun fuseau horaire',
    es: 'la hora del evento no indica ninguna zona horaria',
  },
  // iCalendar.
  {
    en: 'this event could not be read; not placed',
    fr: 'cet événement n’a pas pu être lu ; non repris',
    es: 'este evento no se pudo leer; no se incluye',
  },
  {
    en: 'this event is marked cancelled; not placed',
    fr: 'cet événement est marqué comme annulé ; non repris',
    es: 'este evento está marcado como cancelado; no se incluye',
  },
  {
    en: 'event "{title}" has no start time; not placed',
    fr: 'l’événement « {title} » n’a pas d’heure de début ; non repris',
    es: 'el evento «{title}» no tiene hora de inicio; no se incluye',
  },
  {
    en: 'this event repeats; only its first occurrence is imported',
    fr: 'cet événement se répète ; seule sa première occurrence est importée',
    es: 'este evento se repite; solo se importa su primera ocurrencia',
  },
  {
    en: 'event without a title (SUMMARY); called "Untitled event"',
    fr: 'événement sans titre (SUMMARY) ; nommé « Untitled event »',
    es: 'evento sin título (SUMMARY); se llama «Untitled event»',
  },
  {
    en: 'all-day event; the seminar is kept for the whole day until you set its time',
    fr: 'événement sur toute la journée ; le séminaire occupe toute la journée jusqu’à ce que vous fixiez son heure',
    es: 'evento de todo el día; el seminario ocupa todo el día hasta que usted fije su hora',
  },
  {
    en: 'the event has no end time or duration; the seminar is taken to last one hour',
    fr: 'l’événement n’a ni heure de fin ni durée ; le séminaire est compris comme durant une heure',
    es: 'el evento no tiene hora de fin ni duración; se entiende que el seminario dura una hora',
  },
  {
    en: 'No seminar found: the calendar file has no event (VEVENT) with a start time.',
    fr: 'Aucun séminaire trouvé : le fichier de calendrier n’a aucun événement (VEVENT) avec une heure de début.',
    es: 'No se encontró ningún seminario: el archivo de calendario no tiene ningún evento (VEVENT) con hora de inicio.',
  },
  // frab XML and schedule.json.
  {
    en: '{*why}; the event "{title}" is not placed',
    fr: '{*why} ; l’événement « {title} » n’est pas repris',
    es: '{*why}; el evento «{title}» no se incluye',
  },
  {
    en: 'the event gives its start without a UTC offset and the schedule names no time zone',
    fr: 'l’événement donne son début sans décalage UTC et l’horaire n’indique aucun fuseau',
    es: 'el evento da su inicio sin desfase UTC y el horario no indica zona horaria',
  },
  {
    en: 'the event has no start date and time that can be read',
    fr: 'l’événement n’a pas de date et d’heure de début lisibles',
    es: 'el evento no tiene una fecha y hora de inicio legibles',
  },
  {
    en: 'the event has no duration or end after its start',
    fr: 'l’événement n’a ni durée ni fin après son début',
    es: 'el evento no tiene duración ni fin posterior a su inicio',
  },
  {
    en: 'the event falls outside the years 1000–9999; not placed',
    fr: 'l’événement tombe hors des années 1000 à 9999 ; non repris',
    es: 'el evento queda fuera de los años 1000 a 9999; no se incluye',
  },
  {
    en: 'language "{language}" is not one of the six UN languages; English recorded',
    fr: 'la langue « {language} » n’est pas l’une des six langues de l’ONU ; l’anglais est enregistré',
    es: 'el idioma «{language}» no es uno de los seis idiomas de la ONU; se registra el inglés',
  },
  {
    en: 'the biography of {name} is in a language the catalogue does not hold ({language}); not kept',
    fr: 'la biographie de {name} est dans une langue que le catalogue ne contient pas ({language}) ; non gardée',
    es: 'la biografía de {name} está en un idioma que el catálogo no admite ({language}); no se conserva',
  },
  {
    en: '{name} takes part as {role}, not as a speaker; not listed',
    fr: '{name} participe comme {role}, pas comme intervenant ; non listé',
    es: '{name} participa como {role}, no como ponente; no se incluye',
  },
  {
    en: 'No seminar found: the schedule has no event with a date.',
    fr: 'Aucun séminaire trouvé : l’horaire n’a aucun événement daté.',
    es: 'No se encontró ningún seminario: el horario no tiene ningún evento con fecha.',
  },
  // CSV.
  {
    en: 'column "{name}" is not one the importer reads; its values are not placed',
    fr: 'la colonne « {name} » n’est pas lue par l’importateur ; ses valeurs ne sont pas reprises',
    es: 'la columna «{name}» no la lee el importador; sus valores no se incluyen',
  },
  {
    en: 'could not read the start time "{time}"; not placed',
    fr: 'impossible de lire l’heure de début « {time} » ; non reprise',
    es: 'no se pudo leer la hora de inicio «{time}»; no se incluye',
  },
  {
    en: 'could not read the end time "{time}"; not placed',
    fr: 'impossible de lire l’heure de fin « {time} » ; non reprise',
    es: 'no se pudo leer la hora de fin «{time}»; no se incluye',
  },
  {
    en: 'could not read the chair "{text}" as a name written "Given FAMILY, role"; no chair recorded',
    fr: 'impossible de lire la présidence « {text} » comme un nom écrit « Prénom NOM, fonction » ; aucune présidence enregistrée',
    es: 'no se pudo leer la presidencia «{text}» como un nombre escrito «Nombre APELLIDO, cargo»; no se registra presidencia',
  },
  {
    en: 'too many sessions or topics; row not placed',
    fr: 'trop de sessions ou de thèmes ; ligne non reprise',
    es: 'demasiadas sesiones o temas; la fila no se incluye',
  },
  { en: 'row without a date; not placed', fr: 'ligne sans date ; non reprise', es: 'fila sin fecha; no se incluye' },
  {
    en: 'could not read the date "{date}"; row not placed',
    fr: 'impossible de lire la date « {date} » ; ligne non reprise',
    es: 'no se pudo leer la fecha «{date}»; la fila no se incluye',
  },
  {
    en: 'no start time; whole day assumed (00:00–23:59 UTC)',
    fr: 'pas d’heure de début ; journée entière supposée (00:00–23:59 UTC)',
    es: 'sin hora de inicio; se supone el día entero (00:00–23:59 UTC)',
  },
  { en: 'seminar has no sessions', fr: 'le séminaire n’a aucune session', es: 'el seminario no tiene sesiones' },
  { en: 'session has no speakers', fr: 'la session n’a aucun intervenant', es: 'la sesión no tiene ponentes' },
  {
    en: 'No seminar found: the CSV file has no "date" column.',
    fr: 'Aucun séminaire trouvé : le fichier CSV n’a pas de colonne « date ».',
    es: 'No se encontró ningún seminario: el archivo CSV no tiene columna «date».',
  },
  {
    en: 'No seminar found: no row of the CSV file has a date.',
    fr: 'Aucun séminaire trouvé : aucune ligne du fichier CSV n’a de date.',
    es: 'No se encontró ningún seminario: ninguna fila del archivo CSV tiene fecha.',
  },
  // Decoding, for any file.
  {
    en: 'the file is not in UTF-8; it was read as Windows-1252 (Western European), as Excel saves "CSV"',
    fr: 'le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252 (Europe occidentale), comme Excel enregistre le « CSV »',
    es: 'el archivo no está en UTF-8; se leyó como Windows-1252 (Europa occidental), como Excel guarda el «CSV»',
  },
  // What a value that was cut is.
  { en: 'title', fr: 'titre', es: 'título' },
  { en: 'room', fr: 'salle', es: 'sala' },
  { en: 'abstract', fr: 'résumé', es: 'resumen' },
  { en: 'notes', fr: 'remarques', es: 'notas' },
  { en: 'honorific', fr: 'titre de civilité', es: 'tratamiento' },
  { en: 'organisation', fr: 'organisation', es: 'organización' },
  { en: 'country', fr: 'pays', es: 'país' },
];
