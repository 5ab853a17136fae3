import { defineStrings } from '../../i18n';

/** What the pack pane and the export dialog say about the two kinds of document. */
export const KIND_STRINGS = defineStrings({
  en: {
    kindHeading: 'Document',
    kindBriefing: 'Briefing pack',
    kindBriefingHint: 'For a delegation: cover, agenda, speakers, topic briefs, background not for disclosure.',
    kindProgramme: 'Programme',
    kindProgrammeHint:
      'For organisers: title page, agenda with session times, speakers with organisation and country, bios. No delegation or classification.',
    programmeDetailsHeading: 'Programme details',
    programmeLanguage: 'Language of the programme',
    eachSeminarLanguage: 'Each seminar in its own language',
    paperA5Booklet: 'A5 booklet (printed on A4, folded)',
    sectionTitlePage: 'Title page',
    sectionBios: 'Speakers’ biographies',
    sectionProgramme: 'Agenda',
    programmeMarkingHelp: 'A programme prints no marking unless you type one here.',
  },
  fr: {
    kindHeading: 'Document',
    kindBriefing: 'Dossier d’information',
    kindBriefingHint:
      'Pour une délégation : couverture, programme, intervenants, notes thématiques, contexte à ne pas divulguer.',
    kindProgramme: 'Programme',
    kindProgrammeHint:
      'Pour les organisateurs : page de titre, programme avec horaires des sessions, intervenants avec organisation et pays, biographies. Ni délégation ni classification.',
    programmeDetailsHeading: 'Détails du programme',
    programmeLanguage: 'Langue du programme',
    eachSeminarLanguage: 'Chaque séminaire dans sa langue',
    paperA5Booklet: 'Livret A5 (imprimé sur A4, plié)',
    sectionTitlePage: 'Page de titre',
    sectionBios: 'Biographies des intervenants',
    sectionProgramme: 'Programme',
    programmeMarkingHelp: 'Un programme n’imprime aucune mention, sauf si vous en saisissez une ici.',
  },
  es: {
    kindHeading: 'Documento',
    kindBriefing: 'Dosier informativo',
    kindBriefingHint: 'Para una delegación: portada, agenda, ponentes, notas temáticas, antecedentes (no divulgar).',
    kindProgramme: 'Programa',
    kindProgrammeHint:
      'Para organizadores: portada, agenda con horarios de las sesiones, ponentes con organización y país, biografías. Sin delegación ni clasificación.',
    programmeDetailsHeading: 'Datos del programa',
    programmeLanguage: 'Idioma del programa',
    eachSeminarLanguage: 'Cada seminario en su idioma',
    paperA5Booklet: 'Folleto A5 (impreso en A4, plegado)',
    sectionTitlePage: 'Portada',
    sectionBios: 'Biografías de los ponentes',
    sectionProgramme: 'Agenda',
    programmeMarkingHelp: 'Un programa no imprime ninguna marca salvo que escriba una aquí.',
  },
});
