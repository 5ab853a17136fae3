import type { Template } from './import-warning-texts';

/**
 * The names of the fields a warning may mention, each a sentence of its own
 * (`{*what}` in "{*what} longer than {n} characters; cut"), so the field is
 * named in the interface language too.
 */
export const FIELD_NAME_TEMPLATES: Template[] = [
  { en: 'series title', fr: 'titre de série', es: 'título de la serie' },
  { en: 'focus item', fr: 'thème principal', es: 'tema principal' },
  { en: 'reading title', fr: 'titre de lecture', es: 'título de lectura' },
  { en: 'seminar title', fr: 'titre de séminaire', es: 'título del seminario' },
  { en: 'role', fr: 'fonction', es: 'cargo' },
  { en: 'given name', fr: 'prénom', es: 'nombre de pila' },
  { en: 'family name', fr: 'nom de famille', es: 'apellido' },
  { en: 'biography', fr: 'biographie', es: 'biografía' },
  { en: 'chair label', fr: 'mention de la présidence', es: 'etiqueta de presidencia' },
  { en: 'venue', fr: 'lieu', es: 'lugar' },
];
