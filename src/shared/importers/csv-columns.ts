import { foldForMatching } from './text/text';

/** The columns a programme spreadsheet may have (docs/formats.md, resources/import/programme-template.csv). */
export const CSV_COLUMNS = [
  'seminar',
  'date',
  'start',
  'end',
  'time zone',
  'venue',
  'language',
  'chair',
  'session',
  'session start',
  'session end',
  'honorific',
  'speaker given name',
  'speaker family name',
  'role',
  'organisation',
  'country',
  'tbc',
  'bio',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Column names as spreadsheets write them, in English, French or Spanish (folded: lower case, no accents). */
export const CSV_ALIASES: Record<string, CsvColumn> = Object.fromEntries(
  (
    [
      [
        'seminar',
        [
          'seminar',
          'seminar title',
          'webinar',
          'event',
          'seminaire',
          'titre du seminaire',
          'seminario',
          'titulo del seminario',
        ],
      ],
      ['date', ['date', 'day', 'jour', 'fecha', 'dia']],
      ['start', ['start', 'start time', 'from', 'debut', 'heure de debut', 'inicio', 'hora de inicio']],
      ['end', ['end', 'end time', 'to', 'fin', 'heure de fin', 'hora de fin']],
      ['time zone', ['time zone', 'timezone', 'zone', 'fuseau horaire', 'zona horaria', 'huso horario']],
      ['venue', ['venue', 'location', 'place', 'lieu', 'lugar', 'sede']],
      ['language', ['language', 'langue', 'idioma', 'lengua']],
      [
        'chair',
        [
          'chair',
          'moderator',
          'chairperson',
          'president',
          'presidence',
          'moderateur',
          'presidente',
          'moderador',
          'presidencia',
        ],
      ],
      ['session', ['session', 'session title', 'topic', 'seance', 'theme', 'sesion', 'tema']],
      ['session start', ['session start', 'debut de la seance', 'inicio de la sesion']],
      ['session end', ['session end', 'fin de la seance', 'fin de la sesion']],
      ['honorific', ['honorific', 'civilite', 'tratamiento']],
      [
        'speaker given name',
        [
          'speaker given name',
          'given name',
          'first name',
          'prenom',
          'prenom de l intervenant',
          'nombre',
          'nombre del ponente',
        ],
      ],
      [
        'speaker family name',
        [
          'speaker family name',
          'family name',
          'last name',
          'surname',
          'nom',
          'nom de famille',
          'apellido',
          'apellidos',
        ],
      ],
      ['role', ['role', 'function', 'position', 'fonction', 'cargo', 'funcion']],
      ['organisation', ['organisation', 'organization', 'affiliation', 'organisme', 'organizacion', 'institucion']],
      ['country', ['country', 'pays', 'pais']],
      ['tbc', ['tbc', 'to be confirmed', 'a confirmer', 'por confirmar']],
      ['bio', ['bio', 'biography', 'biographie', 'biografia']],
    ] as const
  ).flatMap(([column, names]) => names.map((name) => [name, column] as const)),
);

/** Values of the TBC column that mean "to be confirmed". */
export const TBC_YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'x',
  'tbc',
  'oui',
  'si',
  'vrai',
  'verdadero',
  'a confirmer',
  'por confirmar',
]);

const FRENCH_HEADERS = new Set([
  'seminaire',
  'debut',
  'fuseau horaire',
  'presidence',
  'seance',
  'prenom',
  'nom',
  'fonction',
  'pays',
  'a confirmer',
  'lieu',
  'langue',
  'theme',
  'jour',
]);
const SPANISH_HEADERS = new Set([
  'seminario',
  'fecha',
  'inicio',
  'zona horaria',
  'presidencia',
  'sesion',
  'nombre',
  'apellido',
  'apellidos',
  'cargo',
  'por confirmar',
  'lugar',
  'idioma',
  'tema',
  'dia',
]);

/** The language the column names are written in: the seminars' language when no "language" column says. */
export function headerLanguage(cells: readonly string[]): 'en' | 'fr' | 'es' {
  const folded = cells.map((cell) => foldForMatching(cell));
  const french = folded.filter((cell) => FRENCH_HEADERS.has(cell)).length;
  const spanish = folded.filter((cell) => SPANISH_HEADERS.has(cell)).length;
  if (french > spanish && french >= 2) return 'fr';
  if (spanish > french && spanish >= 2) return 'es';
  return 'en';
}
