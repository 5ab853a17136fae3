/**
 * The importer's warnings, each English template with its French and Spanish
 * sentence (see import-warnings.ts). `{name}` is a value from the file or a
 * number; `{*name}` is itself a sentence, translated in turn.
 */
export interface Template {
  en: string;
  fr: string;
  es: string;
}

export const IMPORT_WARNING_TEMPLATES: Template[] = [
  {
    en: 'looks like a seminar heading, but {*reason}; not placed',
    fr: 'ressemble à un titre de séminaire, mais {*reason} ; non repris',
    es: 'parece un título de seminario, pero {*reason}; no se incluye',
  },
  {
    en: '"{date}" is not a real date',
    fr: '« {date} » n’est pas une date réelle',
    es: '«{date}» no es una fecha real',
  },
  {
    en: 'short line right after the title (a file name or subtitle?); not placed',
    fr: 'ligne courte juste après le titre (un nom de fichier ou un sous-titre ?) ; non reprise',
    es: 'línea corta justo después del título (¿un nombre de archivo o un subtítulo?); no se incluye',
  },
  {
    en: 'the series summary is full (100,000 characters); paragraph not placed',
    fr: 'le résumé de la série est plein (100 000 caractères) ; paragraphe non repris',
    es: 'el resumen de la serie está lleno (100 000 caracteres); el párrafo no se incluye',
  },
  {
    en: 'the series summary is full (100,000 characters); paragraph cut',
    fr: 'le résumé de la série est plein (100 000 caractères) ; paragraphe coupé',
    es: 'el resumen de la serie está lleno (100 000 caracteres); el párrafo se corta',
  },
  { en: 'empty bullet; not placed', fr: 'puce vide ; non reprise', es: 'viñeta vacía; no se incluye' },
  {
    en: 'more than {n} focus items; not placed',
    fr: 'plus de {n} thèmes principaux ; non repris',
    es: 'más de {n} temas principales; no se incluye',
  },
  {
    en: 'empty further reading; not placed',
    fr: 'lecture complémentaire vide ; non reprise',
    es: 'lectura complementaria vacía; no se incluye',
  },
  {
    en: 'more than {n} further readings; not placed',
    fr: 'plus de {n} lectures complémentaires ; non reprise',
    es: 'más de {n} lecturas complementarias; no se incluye',
  },
  {
    en: 'link longer than {n} characters; the reading is kept without it',
    fr: 'lien de plus de {n} caractères ; la lecture est gardée sans lui',
    es: 'enlace de más de {n} caracteres; la lectura se conserva sin él',
  },
  {
    en: 'no series title before the first seminar; the seminar title is used as the series title',
    fr: 'pas de titre de série avant le premier séminaire ; le titre du séminaire sert de titre de série',
    es: 'no hay título de serie antes del primer seminario; se usa el título del seminario como título de la serie',
  },
  {
    en: 'more than {n} seminars; this seminar and its lines are not placed',
    fr: 'plus de {n} séminaires ; ce séminaire et ses lignes ne sont pas repris',
    es: 'más de {n} seminarios; este seminario y sus líneas no se incluyen',
  },
  {
    en: 'seminar heading has no title after the date',
    fr: 'le titre du séminaire n’a pas d’intitulé après la date',
    es: 'el encabezado del seminario no tiene título después de la fecha',
  },
  {
    en: 'chair label not followed by a name written "Given FAMILY, role"; no chair recorded',
    fr: 'la mention de la présidence n’est pas suivie d’un nom écrit « Prénom NOM, fonction » ; aucune présidence enregistrée',
    es: 'la etiqueta de presidencia no va seguida de un nombre escrito «Nombre APELLIDO, cargo»; no se registra presidencia',
  },
  {
    en: 'could not read a name written "Given FAMILY, role" after the chair label; no chair recorded',
    fr: 'impossible de lire un nom écrit « Prénom NOM, fonction » après la mention de la présidence ; aucune présidence enregistrée',
    es: 'no se pudo leer un nombre escrito «Nombre APELLIDO, cargo» tras la etiqueta de presidencia; no se registra presidencia',
  },
  {
    en: 'could not read a name written "Given FAMILY, role" after the label; not placed',
    fr: 'impossible de lire un nom écrit « Prénom NOM, fonction » après la mention ; non repris',
    es: 'no se pudo leer un nombre escrito «Nombre APELLIDO, cargo» tras la etiqueta; no se incluye',
  },
  {
    en: 'could not read the time: {*reason}; not placed',
    fr: 'impossible de lire l’heure : {*reason} ; non reprise',
    es: 'no se pudo leer la hora: {*reason}; no se incluye',
  },
  {
    en: 'expected a time range such as "7.00 a.m. – 8.45 a.m. UTC"',
    fr: 'une plage horaire telle que « 7.00 a.m. – 8.45 a.m. UTC » était attendue',
    es: 'se esperaba un intervalo horario como «7.00 a.m. – 8.45 a.m. UTC»',
  },
  {
    en: 'the time range contains an impossible time',
    fr: 'la plage horaire contient une heure impossible',
    es: 'el intervalo horario contiene una hora imposible',
  },
  {
    en: 'the UTC offset is out of range',
    fr: 'le décalage par rapport à UTC est hors limites',
    es: 'la diferencia con UTC está fuera de rango',
  },
  {
    en: 'second time line for this seminar; ignored',
    fr: 'deuxième ligne d’horaire pour ce séminaire ; ignorée',
    es: 'segunda línea de horario para este seminario; se ignora',
  },
  {
    en: 'text after the time was ignored: "{text}"',
    fr: 'le texte après l’heure a été ignoré : « {text} »',
    es: 'se ignoró el texto después de la hora: «{text}»',
  },
  {
    en: 'no time zone given; times taken as UTC',
    fr: 'aucun fuseau horaire indiqué ; heures comprises en UTC',
    es: 'no se indica zona horaria; las horas se toman en UTC',
  },
  {
    en: 'time zone "{zone}" not recognised; times taken as UTC',
    fr: 'fuseau horaire « {zone} » non reconnu ; heures comprises en UTC',
    es: 'zona horaria «{zone}» no reconocida; las horas se toman en UTC',
  },
  {
    en: 'the end time is not after the start time; the seminar is taken to end the next day',
    fr: 'l’heure de fin n’est pas après l’heure de début ; le séminaire est compris comme finissant le lendemain',
    es: 'la hora de fin no es posterior a la de inicio; se entiende que el seminario termina al día siguiente',
  },
  {
    en: 'the time falls outside the years 1000–9999; not placed',
    fr: 'l’heure tombe hors des années 1000 à 9999 ; non reprise',
    es: 'la hora queda fuera de los años 1000 a 9999; no se incluye',
  },
  {
    en: 'this seminar already has a chair; {name} not recorded (the catalogue holds one chair per seminar)',
    fr: 'ce séminaire a déjà une présidence ; {name} non enregistré (le catalogue compte une présidence par séminaire)',
    es: 'este seminario ya tiene presidencia; {name} no se registra (el catálogo admite una presidencia por seminario)',
  },
  {
    en: 'chair marked TBC; the catalogue records TBC only for speakers',
    fr: 'présidence marquée TBC ; le catalogue n’enregistre « à confirmer » que pour les intervenants',
    es: 'presidencia marcada TBC; el catálogo solo registra «por confirmar» para los ponentes',
  },
  {
    en: 'speaker line before any topic heading in this seminar; not placed',
    fr: 'ligne d’intervenant avant tout titre de thème dans ce séminaire ; non reprise',
    es: 'línea de ponente antes de cualquier encabezado de tema en este seminario; no se incluye',
  },
  {
    en: 'more than {n} speakers in one session; not placed',
    fr: 'plus de {n} intervenants dans une session ; non repris',
    es: 'más de {n} ponentes en una sesión; no se incluye',
  },
  {
    en: 'too long for a topic heading (over {n} characters); not placed',
    fr: 'trop long pour un titre de thème (plus de {n} caractères) ; non repris',
    es: 'demasiado largo para un encabezado de tema (más de {n} caracteres); no se incluye',
  },
  {
    en: 'more than {n} topics in one seminar; not placed',
    fr: 'plus de {n} thèmes dans un séminaire ; non repris',
    es: 'más de {n} temas en un seminario; no se incluye',
  },
  {
    en: 'more than {n} distinct topics; not placed',
    fr: 'plus de {n} thèmes distincts ; non repris',
    es: 'más de {n} temas distintos; no se incluye',
  },
  {
    en: 'chair label not followed by a name; no chair recorded',
    fr: 'la mention de la présidence n’est suivie d’aucun nom ; aucune présidence enregistrée',
    es: 'la etiqueta de presidencia no va seguida de ningún nombre; no se registra presidencia',
  },
  {
    en: 'no time line; whole day assumed (00:00–23:59 UTC)',
    fr: 'pas de ligne d’horaire ; journée entière supposée (00:00–23:59 UTC)',
    es: 'no hay línea de horario; se supone el día entero (00:00–23:59 UTC)',
  },
  {
    en: 'seminar has no topic headings',
    fr: 'le séminaire n’a aucun titre de thème',
    es: 'el seminario no tiene encabezados de tema',
  },
  {
    en: 'topic heading has no speakers',
    fr: 'le titre de thème n’a aucun intervenant',
    es: 'el encabezado de tema no tiene ponentes',
  },
  {
    en: 'name written all in capitals; the first word was taken as the given name',
    fr: 'nom écrit tout en capitales ; le premier mot a été pris pour le prénom',
    es: 'nombre escrito todo en mayúsculas; la primera palabra se tomó como nombre de pila',
  },
  {
    en: 'more than {n} people; not placed',
    fr: 'plus de {n} personnes ; non repris',
    es: 'más de {n} personas; no se incluye',
  },
  {
    en: '{*what} longer than {n} characters; cut',
    fr: '{*what} de plus de {n} caractères ; coupé',
    es: '{*what} de más de {n} caracteres; se corta',
  },
  {
    en: 'more than {n} seminars; not placed',
    fr: 'plus de {n} séminaires ; non repris',
    es: 'más de {n} seminarios; no se incluye',
  },
  {
    en: 'no date found for this seminar heading; it and its {n} line(s) are not placed',
    fr: 'aucune date trouvée pour ce titre de séminaire ; lui et ses {n} ligne(s) ne sont pas repris',
    es: 'no se encontró fecha para este encabezado de seminario; ni él ni sus {n} línea(s) se incluyen',
  },
  {
    en: 'the session ends before it starts; its times are not placed',
    fr: 'la session finit avant de commencer ; ses horaires ne sont pas repris',
    es: 'la sesión termina antes de empezar; sus horas no se incluyen',
  },
  {
    en: 'no end time or duration is given; the seminar is taken to last one hour',
    fr: 'aucune heure de fin ni durée indiquée ; le séminaire est compris comme durant une heure',
    es: 'no se indica hora de fin ni duración; se entiende que el seminario dura una hora',
  },
  {
    en: '"{time}" is not the same moment as the time before it; the first time was used',
    fr: '« {time} » n’est pas le même moment que l’heure qui le précède ; la première heure a été retenue',
    es: '«{time}» no es el mismo momento que la hora anterior; se usó la primera hora',
  },
  {
    en: 'could not read a date after the label; not placed',
    fr: 'impossible de lire une date après la mention ; non reprise',
    es: 'no se pudo leer una fecha tras la etiqueta; no se incluye',
  },
  {
    en: 'could not read the duration (such as "1h30" or "90 minutes"); not placed',
    fr: 'impossible de lire la durée (par exemple « 1h30 » ou « 90 minutes ») ; non reprise',
    es: 'no se pudo leer la duración (como «1h30» o «90 minutos»); no se incluye',
  },
  {
    en: 'time zone "{zone}" is not one the importer knows; not placed',
    fr: 'le fuseau horaire « {zone} » est inconnu de l’importateur ; non repris',
    es: 'la zona horaria «{zone}» no la conoce el importador; no se incluye',
  },
  {
    en: 'this seminar already has a venue; ignored',
    fr: 'ce séminaire a déjà un lieu ; ignoré',
    es: 'este seminario ya tiene un lugar; se ignora',
  },
  {
    en: 'more than one name after the chair label; the first is recorded as chair (the catalogue holds one chair per seminar)',
    fr: 'plus d’un nom après la mention de la présidence ; le premier est enregistré (le catalogue compte une présidence par séminaire)',
    es: 'más de un nombre tras la etiqueta de presidencia; se registra el primero (el catálogo admite una presidencia por seminario)',
  },
  {
    en: 'a second, different date for this seminar; the first is kept',
    fr: 'une deuxième date, différente, pour ce séminaire ; la première est gardée',
    es: 'una segunda fecha, distinta, para este seminario; se conserva la primera',
  },
  {
    en: 'could not read "{text}" as a name written "Given FAMILY, role"; not placed',
    fr: 'impossible de lire « {text} » comme un nom écrit « Prénom NOM, fonction » ; non repris',
    es: 'no se pudo leer «{text}» como un nombre escrito «Nombre APELLIDO, cargo»; no se incluye',
  },
  {
    en: 'speakers listed before any topic heading; they are placed in a session titled "{title}"',
    fr: 'intervenants indiqués avant tout titre de thème ; ils sont placés dans une session intitulée « {title} »',
    es: 'ponentes indicados antes de cualquier encabezado de tema; se colocan en una sesión titulada «{title}»',
  },
  {
    en: 'the time is impossible',
    fr: 'l’heure est impossible',
    es: 'la hora es imposible',
  },
  {
    en: 'expected a time such as "7.00 a.m. – 8.45 a.m. UTC" or "15:00 CET"',
    fr: 'une heure telle que « 7.00 a.m. – 8.45 a.m. UTC » ou « 15:00 CET » était attendue',
    es: 'se esperaba una hora como «7.00 a.m. – 8.45 a.m. UTC» o «15:00 CET»',
  },
  {
    en: 'this time happens twice when the clocks go back; the first was taken',
    fr: 'cette heure survient deux fois au retour à l’heure d’hiver ; la première a été retenue',
    es: 'esta hora ocurre dos veces cuando se atrasan los relojes; se tomó la primera',
  },
  {
    en: 'this time does not exist on that day (the clocks go forward); it was moved forward by the change',
    fr: 'cette heure n’existe pas ce jour-là (passage à l’heure d’été) ; elle a été avancée d’autant',
    es: 'esta hora no existe ese día (se adelantan los relojes); se adelantó en la misma medida',
  },
];
