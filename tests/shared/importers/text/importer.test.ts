import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalogue, validateCatalogue } from '../../../../src/shared/catalogue';
import {
  importProgrammeText,
  type ImportOptions,
  type ImportWarning,
  NO_SEMINAR_MESSAGE,
} from '../../../../src/shared/importers';

const FIXTURES = resolve(__dirname, '../../../fixtures/programmes');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Imports a text that must succeed, and checks the catalogue validates. */
function importOk(
  text: string | string[],
  options?: ImportOptions,
): { catalogue: Catalogue; warnings: ImportWarning[] } {
  const result = importProgrammeText(Array.isArray(text) ? text.join('\n') : text, options);
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  const validated = validateCatalogue(result.catalogue);
  expect(validated.ok, validated.ok ? '' : validated.message).toBe(true);
  return { catalogue: result.catalogue, warnings: result.warnings };
}

const personById = (catalogue: Catalogue, id: string) => catalogue.people.find((person) => person.id === id);
const speakerNames = (catalogue: Catalogue, seminarIndex = 0, sessionIndex = 0) =>
  (catalogue.seminars[seminarIndex]?.sessions[sessionIndex]?.speakers ?? []).map((speaker) => {
    const person = personById(catalogue, speaker.personId);
    return `${person?.givenName}|${person?.familyName}`;
  });
const messagesAt = (warnings: ImportWarning[], line: number) =>
  warnings.filter((warning) => warning.line === line).map((warning) => warning.message);

/** A minimal seminar block under a title line, for tests that only care about one rule. */
function programme(...seminarLines: string[]): string[] {
  return ['Title of the series', '', 'A summary sentence.', '', ...seminarLines];
}

describe('seminar headings', () => {
  it.each([
    ['24 June 2020 - Seminar with Asia-Pacific countries', '2020-06-24', 'Seminar with Asia-Pacific countries', 'en'],
    ['24 june 2020 – Lower-case month', '2020-06-24', 'Lower-case month', 'en'],
    ['24 JUNE 2020 — Upper-case month', '2020-06-24', 'Upper-case month', 'en'],
    ['June 24, 2020 - Month first', '2020-06-24', 'Month first', 'en'],
    ['Wednesday 24 June 2020 - With weekday', '2020-06-24', 'With weekday', 'en'],
    ['9 juillet 2020 - Séminaire dédié', '2020-07-09', 'Séminaire dédié', 'fr'],
    ['1er août 2020 – Premier du mois', '2020-08-01', 'Premier du mois', 'fr'],
    ['29 février 2024 — Année bissextile', '2024-02-29', 'Année bissextile', 'fr'],
    ['3 fevrier 2021 - Sans accent', '2021-02-03', 'Sans accent', 'fr'],
    ['12 Décembre 2020 - Majuscule', '2020-12-12', 'Majuscule', 'fr'],
    [
      '22 de Julio de 2020 - Ciberdelincuencia y Justicia Penal',
      '2020-07-22',
      'Ciberdelincuencia y Justicia Penal',
      'es',
    ],
    ['miércoles 1 de diciembre de 2021 – Con día', '2021-12-01', 'Con día', 'es'],
    ['5 setiembre 2021 — Variante', '2021-09-05', 'Variante', 'es'],
  ])('reads "%s"', (heading, date, title, language) => {
    const { catalogue } = importOk(programme(heading, 'Time: 7.00 a.m. – 8.45 a.m. UTC', 'Topic', 'Jane DOE, Expert'));
    const seminar = catalogue.seminars[0]!;
    expect(seminar.id).toBe(`seminar-${date}`);
    expect(seminar.start.slice(0, 10)).toBe(date);
    expect(seminar.title).toBe(title);
    // The English time label votes against a French or Spanish date; the date wins a tie.
    expect(seminar.language).toBe(language);
  });

  it('warns about a heading whose date does not exist, with its line number, and does not place it', () => {
    const result = importProgrammeText(programme('31 June 2020 - Impossible', 'Topic').join('\n'));
    expect(result.ok).toBe(false);
    expect(result.warnings).toContainEqual({
      line: 5,
      text: '31 June 2020 - Impossible',
      message: 'looks like a seminar heading, but "31 June 2020" is not a real date; not placed',
    });
  });

  it('names seminars that share a date by date and title, keeping source order', () => {
    const { catalogue } = importOk(
      programme(
        '7 July 2020 - B',
        'Time: 8.00 – 9.00 UTC',
        '24 June 2020 - A',
        'Time: 8.00 – 9.00 UTC',
        '7 July 2020 - C',
        'Time: 10.00 – 11.00 UTC',
        '7 July 2020 - D',
        'Time: 12.00 – 13.00 UTC',
      ),
    );
    expect(catalogue.seminars.map((seminar) => [seminar.id, seminar.title])).toEqual([
      ['seminar-2020-07-07-b', 'B'],
      ['seminar-2020-06-24', 'A'],
      ['seminar-2020-07-07-c', 'C'],
      ['seminar-2020-07-07-d', 'D'],
    ]);
  });

  it('gives a seminar the same id when the programme is reordered or another seminar is added', () => {
    const ids = (...lines: string[]) =>
      Object.fromEntries(
        importOk(programme(...lines)).catalogue.seminars.map((seminar) => [seminar.title, seminar.id]),
      );
    const first = ids('7 July 2020 - B', 'Time: 8.00 – 9.00 UTC', '7 July 2020 - C', 'Time: 10.00 – 11.00 UTC');
    const reordered = ids(
      '24 June 2020 - A',
      'Time: 8.00 – 9.00 UTC',
      '7 July 2020 - C',
      'Time: 10.00 – 11.00 UTC',
      '7 July 2020 - B',
      'Time: 8.00 – 9.00 UTC',
    );
    expect(reordered).toMatchObject(first);
  });

  it('numbers seminars with the same date and title -2, -3', () => {
    const { catalogue } = importOk(
      programme('7 July 2020 - B', 'Time: 8.00 – 9.00 UTC', '7 July 2020 - B', 'Time: 10.00 – 11.00 UTC'),
    );
    expect(catalogue.seminars.map((seminar) => seminar.id)).toEqual(['seminar-2020-07-07-b', 'seminar-2020-07-07-b-2']);
  });

  it('warns when a heading has no title', () => {
    const { catalogue, warnings } = importOk(programme('24 June 2020 -', 'Time: 8.00 – 9.00 UTC'));
    expect(catalogue.seminars[0]!.title).toBe('');
    expect(messagesAt(warnings, 5)).toContain('seminar heading has no title after the date');
  });
});

describe('seminar language', () => {
  it('is French for a French date and French labels, Spanish for Spanish ones', () => {
    const { catalogue } = importOk(
      programme(
        '9 juillet 2020 - Séminaire',
        'Heure: 8.00 a.m. – 9.45 a.m. UTC',
        'Président: François DELERUE, Chercheur',
        '22 de julio de 2020 - Seminario',
        'Hora: 3.00 p.m. – 4.45 p.m. UTC',
        'Presidente: Camino KAVANAGH, Miembro asociado',
      ),
    );
    expect(catalogue.seminars.map((seminar) => seminar.language)).toEqual(['fr', 'es']);
  });

  it('follows the labels when they outvote the date', () => {
    const { catalogue } = importOk(
      programme(
        '9 July 2020 - Séminaire',
        'Heure: 8.00 – 9.45 UTC',
        'Présidente: Anne MARTIN, Juge',
        'Les conférenciers:',
      ),
    );
    expect(catalogue.seminars[0]!.language).toBe('fr');
  });
});

describe('time lines', () => {
  const window = (timeLine: string, heading = '24 June 2020 - S') => {
    const { catalogue, warnings } = importOk(programme(heading, timeLine, 'Topic', 'Jane DOE, Expert'));
    return { start: catalogue.seminars[0]!.start, end: catalogue.seminars[0]!.end, warnings: messagesAt(warnings, 6) };
  };

  it.each([
    ['Time: 7.00 a.m. – 8.45 a.m. UTC', '2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z'],
    ['Time: 7:00 am - 8:45 am UTC', '2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z'],
    ['Time: 7.00 a.m – 8.45 a.m UTC', '2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z'],
    ['Time: 3.00 p.m. – 4.45 p.m. UTC', '2020-06-24T15:00:00Z', '2020-06-24T16:45:00Z'],
    ['Time: 3 pm — 4.45 PM UTC', '2020-06-24T15:00:00Z', '2020-06-24T16:45:00Z'],
    ['Time: 15.00 – 16.45 UTC', '2020-06-24T15:00:00Z', '2020-06-24T16:45:00Z'],
    ['Time: 12 a.m. – 1 a.m. UTC', '2020-06-24T00:00:00Z', '2020-06-24T01:00:00Z'],
    ['Time: 12 p.m. – 1 p.m. UTC', '2020-06-24T12:00:00Z', '2020-06-24T13:00:00Z'],
    ['Time: 7.00 – 8.45 a.m. UTC', '2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z'],
    ['Time: 11.00 – 1.00 p.m. UTC', '2020-06-24T11:00:00Z', '2020-06-24T13:00:00Z'],
    ['Heure: 9h00 – 10h45 UTC', '2020-06-24T09:00:00Z', '2020-06-24T10:45:00Z'],
    ['Hora: 2:00 pm – 3:30 pm (UTC)', '2020-06-24T14:00:00Z', '2020-06-24T15:30:00Z'],
    ['Time: 9.00 – 10.45 UTC+2', '2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z'],
    ['Time: 9.00 – 10.45 GMT-3', '2020-06-24T12:00:00Z', '2020-06-24T13:45:00Z'],
  ])('reads "%s"', (timeLine, start, end) => {
    const result = window(timeLine);
    expect([result.start, result.end]).toEqual([start, end]);
    expect(result.warnings).toEqual([]);
  });

  it('takes an end before the start as the next day, and warns', () => {
    const result = window('Time: 11.00 p.m. – 1.00 a.m. UTC');
    expect([result.start, result.end]).toEqual(['2020-06-24T23:00:00Z', '2020-06-25T01:00:00Z']);
    expect(result.warnings).toEqual([
      'the end time is not after the start time; the seminar is taken to end the next day',
    ]);
  });

  it('never reads a time without a zone, or in a zone it does not know, as UTC', () => {
    const bare = window('Time: 7.00 – 8.45');
    expect([bare.start, bare.end]).toEqual(['2020-06-24T00:00:00Z', '2020-06-24T23:59:00Z']);
    expect(bare.warnings).toEqual([
      'no time zone is given, so the time is not placed: the seminar is kept for the whole day until you set its time',
    ]);
    const unknown = window('Time: 7.00 – 8.45 Atlantis Time');
    expect(unknown.start).toBe('2020-06-24T00:00:00Z');
    expect(unknown.warnings).toEqual([
      'the time zone "Atlantis Time" is not one the importer knows, so the time is not placed: the seminar is kept for the whole day until you set its time',
    ]);
  });

  it('reads a time in CEST as Central European summer time', () => {
    const cest = window('Time: 9.00 – 10.45 CEST');
    expect([cest.start, cest.end]).toEqual(['2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z']);
    expect(cest.warnings).toEqual([]);
  });

  it('assumes the whole day when a seminar has no time line, and says so on the heading line', () => {
    const { catalogue, warnings } = importOk(programme('24 June 2020 - S', 'Topic', 'Jane DOE, Expert'));
    expect([catalogue.seminars[0]!.start, catalogue.seminars[0]!.end]).toEqual([
      '2020-06-24T00:00:00Z',
      '2020-06-24T23:59:00Z',
    ]);
    expect(messagesAt(warnings, 5)).toEqual(['no time line; whole day assumed (00:00–23:59 UTC)']);
  });

  it('warns about a time line it cannot read, then falls back to the whole day', () => {
    const result = window('Time: sometime in the morning');
    expect(result.start).toBe('2020-06-24T00:00:00Z');
    expect(result.warnings).toEqual([
      'could not read the time: expected a time such as "7.00 a.m. – 8.45 a.m. UTC" or "15:00 CET"; not placed',
    ]);
    expect(window('Time: 13 p.m. – 14 p.m. UTC').warnings).toEqual([
      'could not read the time: the time range contains an impossible time; not placed',
    ]);
  });

  it('ignores a second time line with a warning', () => {
    const { catalogue, warnings } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Time: 9.00 – 10.00 UTC', 'Topic'),
    );
    expect(catalogue.seminars[0]!.start).toBe('2020-06-24T07:00:00Z');
    expect(messagesAt(warnings, 7)).toEqual(['second time line for this seminar; ignored']);
  });

  it('accepts an unlabelled UTC range right after the heading', () => {
    const { catalogue } = importOk(programme('24 June 2020 - S', '7.00 a.m. – 8.45 a.m. UTC', 'Topic'));
    expect(catalogue.seminars[0]!.start).toBe('2020-06-24T07:00:00Z');
    expect(catalogue.seminars[0]!.sessions.map((session) => session.title)).toEqual(['Topic']);
  });
});

describe('chairs', () => {
  it.each([
    [
      'Chair: Patryk PAWLAK, Brussels Executive Officer, EUISS',
      'Patryk',
      'PAWLAK',
      'Brussels Executive Officer, EUISS',
    ],
    ['Chair:\u00a0Patryk PAWLAK, Brussels Executive Officer', 'Patryk', 'PAWLAK', 'Brussels Executive Officer'],
    ['Co-chair: Jane DOE, Ambassador', 'Jane', 'DOE', 'Ambassador'],
    ['Président: François DELERUE, Chercheur, France', 'François', 'DELERUE', 'Chercheur, France'],
    ['Présidente : Anne-Marie D’ALMEIDA, Ambassadrice', 'Anne-Marie', 'D’ALMEIDA', 'Ambassadrice'],
    ['Presidente: Camino KAVANAGH, Miembro asociado', 'Camino', 'KAVANAGH', 'Miembro asociado'],
    ['Presidenta: María José ÁLVAREZ, Embajadora', 'María José', 'ÁLVAREZ', 'Embajadora'],
  ])('reads "%s"', (chairLine, givenName, familyName, role) => {
    const { catalogue, warnings } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', chairLine, 'Topic', 'Ann LEE, Expert'),
    );
    const chair = catalogue.seminars[0]!.chair!;
    expect(personById(catalogue, chair.personId)).toMatchObject({ givenName, familyName });
    expect(chair.role).toBe(role);
    expect(warnings).toEqual([]);
  });

  it('reads a chair written on the line after the label', () => {
    const { catalogue } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Chair:', 'Joyce HAKMEH, Fellow'),
    );
    const chair = catalogue.seminars[0]!.chair!;
    expect(personById(catalogue, chair.personId)?.familyName).toBe('HAKMEH');
    expect(catalogue.seminars[0]!.sessions).toEqual([]);
  });

  it('warns about a chair it cannot read, a second chair and a chair marked TBC', () => {
    const { catalogue, warnings } = importOk(
      programme(
        '24 June 2020 - S',
        'Time: 7.00 – 8.00 UTC',
        'Chair: to be announced',
        'Chair: Jane DOE (TBC), Ambassador',
        'Co-chair: John ROE, Minister',
        'Topic',
        'Ann LEE, Expert',
      ),
    );
    expect(messagesAt(warnings, 7)).toEqual([
      'could not read a name written "Given FAMILY, role" after the chair label; no chair recorded',
    ]);
    expect(messagesAt(warnings, 8)).toEqual(['chair marked TBC; the catalogue records TBC only for speakers']);
    expect(messagesAt(warnings, 9)).toEqual([
      'this seminar already has a chair; John ROE not recorded (the catalogue holds one chair per seminar)',
    ]);
    expect(catalogue.seminars[0]!.chair).toEqual({ personId: 'jane-doe', role: 'Ambassador', label: 'Chair' });
  });
});

describe('speaker lines', () => {
  const speakers = (...lines: string[]) => {
    const { catalogue, warnings } = importOk(programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Topic', ...lines));
    const session = catalogue.seminars[0]!.sessions[0]!;
    return {
      catalogue,
      warnings,
      speakers: session.speakers.map((speaker) => ({ ...personById(catalogue, speaker.personId)!, ...speaker })),
    };
  };

  it.each([
    ['Albert ANTWI-BOASIAKO, Advisor, Ghana', 'Albert', 'ANTWI-BOASIAKO', 'Advisor, Ghana'],
    [
      'Fernanda TEIXEIRA SOUZA DOMINGOS, Federal Prosecutor',
      'Fernanda',
      'TEIXEIRA SOUZA DOMINGOS',
      'Federal Prosecutor',
    ],
    ['Emilia NAVAS APARICIO, Fiscala General', 'Emilia', 'NAVAS APARICIO', 'Fiscala General'],
    ['Irma Llano PEREIRA, Fiscal', 'Irma Llano', 'PEREIRA', 'Fiscal'],
    ['Papa Assane TOURE, Magistrat', 'Papa Assane', 'TOURE', 'Magistrat'],
    ['George-Maria TYENDEZWA, Assistant Director & Head', 'George-Maria', 'TYENDEZWA', 'Assistant Director & Head'],
    ['Zoë O’NEILL, Trainer', 'Zoë', 'O’NEILL', 'Trainer'],
    ["Sean O'BRIEN, Trainer", 'Sean', "O'BRIEN", 'Trainer'],
    ['José ÑÚÑEZ, Fiscal', 'José', 'ÑÚÑEZ', 'Fiscal'],
    ['Иван ПЕТРОВ, Прокурор', 'Иван', 'ПЕТРОВ', 'Прокурор'],
    ['Ana de la CRUZ, Jueza', 'Ana de la', 'CRUZ', 'Jueza'],
    ['John A SMITH, Analyst', 'John A', 'SMITH', 'Analyst'],
    [
      'Jayantha FERNANDO, Director, CERT, Director | Legal Advisor',
      'Jayantha',
      'FERNANDO',
      'Director, CERT, Director | Legal Advisor',
    ],
    ['Jane DOE', 'Jane', 'DOE', ''],
  ])('reads "%s"', (line, givenName, familyName, role) => {
    const result = speakers(line);
    expect(result.speakers).toMatchObject([{ givenName, familyName, role, tbc: false }]);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    [
      'Emilia NAVAS APARICIO (TBC), Fiscala General de la República de Costa Rica',
      'Fiscala General de la República de Costa Rica',
    ],
    ['Carlos CUBILLO MIRANDA (tbc), Fiscal Adjunto III', 'Fiscal Adjunto III'],
    ['Jane DOE, Ambassador (TBC), Ministry', 'Ambassador, Ministry'],
    ['Jane DOE, Ambassador (T.B.C.)', 'Ambassador'],
    ['Jean-Luc PICARD (à confirmer), Procureur', 'Procureur'],
    ['Ana de la CRUZ (por confirmar), Jueza', 'Jueza'],
  ])('marks "%s" as TBC and removes the mark from the role', (line, role) => {
    expect(speakers(line).speakers).toMatchObject([{ role, tbc: true }]);
  });

  it('places a speaker listed before any topic heading in a session titled like the seminar, and says so', () => {
    const { catalogue, warnings } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Jane DOE, Expert', 'Topic', 'John ROE, Expert'),
    );
    expect(warnings).toEqual([
      {
        line: 7,
        text: 'Jane DOE, Expert',
        message: 'speakers listed before any topic heading; they are placed in a session titled "S"',
      },
    ]);
    expect(catalogue.seminars[0]!.sessions.map((session) => session.title)).toEqual(['S', 'Topic']);
    expect(speakerNames(catalogue, 0, 0)).toEqual(['Jane|DOE']);
    expect(speakerNames(catalogue, 0, 1)).toEqual(['John|ROE']);
  });

  it('takes the first word of an all-capitals name as the given name, and says so', () => {
    const result = speakers('JANE DOE, Expert');
    expect(result.speakers).toMatchObject([{ givenName: 'JANE', familyName: 'DOE', role: 'Expert' }]);
    expect(messagesAt(result.warnings, 8)).toEqual([
      'name written all in capitals; the first word was taken as the given name',
    ]);
  });

  it.each(['Closing remarks by UNODC', 'The role of CERT, in Africa', 'What is CERT?', 'INTERNATIONAL COOPERATION'])(
    'takes "%s" as a topic heading, not a speaker',
    (line) => {
      const { catalogue } = importOk(programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', line, 'Jane DOE, Expert'));
      expect(catalogue.seminars[0]!.sessions.map((session) => session.title)).toEqual([line]);
    },
  );
});

describe('structural labels', () => {
  it.each(['Speakers:', 'Les conférenciers:', 'Les intervenants :', 'Ponentes:', 'Panelists:', 'Panellists'])(
    'places "%s" without a warning',
    (label) => {
      const { catalogue, warnings } = importOk(
        programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', label, 'Topic', 'Jane DOE, Expert'),
      );
      expect(warnings).toEqual([]);
      expect(catalogue.seminars[0]!.sessions.map((session) => session.title)).toEqual(['Topic']);
    },
  );

  it('reads a speaker written on the same line as the label', () => {
    const { catalogue } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Topic', 'Speakers: Jane DOE, Expert'),
    );
    expect(speakerNames(catalogue)).toEqual(['Jane|DOE']);
  });
});

describe('topics', () => {
  it.each([
    ['What is cybercrime?', 'what-is-cybercrime'],
    ['1. What is cybercrime?', 'what-is-cybercrime'],
    ['Qu’est-ce que la cybercriminalité?', 'what-is-cybercrime'],
    ["Qu'est-ce que la cybercriminalite ?", 'what-is-cybercrime'],
    ['¿Qué es la ciberdelincuencia?', 'what-is-cybercrime'],
    ['Que es la ciberdelincuencia', 'what-is-cybercrime'],
    ['Status of global cybercrime legislation', 'global-legislation'],
    ['État de la législation mondiale sur la cybercriminalité', 'global-legislation'],
    ['Etat de la legislation mondiale sur la cybercriminalite', 'global-legislation'],
    ['El estado de la legislación sobre ciberdelincuencia a nivel mundial', 'global-legislation'],
    ['International cooperation', 'international-cooperation'],
    ['International co-operation', 'international-cooperation'],
    ['Coopération internationale', 'international-cooperation'],
    ['COOPERACIÓN INTERNACIONAL', 'international-cooperation'],
    ['Capacity building', 'capacity-building'],
    ['Capacity-building', 'capacity-building'],
    ['Formation des Autorités chargées de l’application de la loi', 'capacity-building'],
    ["Formation des autorites chargees de l'application de la loi", 'capacity-building'],
    ['Renforcement des capacités', 'capacity-building'],
    ['Desarrollo de capacidades', 'capacity-building'],
    ['Fortalecimiento de capacidades', 'capacity-building'],
    ['Creación de capacidades', 'capacity-building'],
  ])('recognises "%s" as a standard topic and keeps the heading as the session title', (heading, topicId) => {
    const { catalogue } = importOk(programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', heading, 'Jane DOE, Expert'));
    expect(catalogue.seminars[0]!.sessions[0]).toMatchObject({ topicId, title: heading });
    expect(catalogue.topics.map((topic) => topic.id)).toEqual([topicId]);
    const labels = catalogue.topics[0]!.labels;
    expect(Object.keys(labels).sort()).toEqual(['en', 'es', 'fr']);
  });

  it('makes any other heading a topic of its own, labelled in the seminar language and shared by seminars', () => {
    const { catalogue, warnings } = importOk(
      programme(
        '9 juillet 2020 - Séminaire',
        'Heure: 8.00 – 9.00 UTC',
        'Questions et réponses',
        'Jane DOE, Expert',
        '10 July 2020 - Seminar',
        'Time: 8.00 – 9.00 UTC',
        'Questions et Réponses!',
        'Jane DOE, Expert',
        'Global legislation',
        'John ROE, Expert',
        'Q&A',
        'Ann LEE, Expert',
        'Q & A',
        'Ann LEE, Expert',
        'Q-A?',
        'Ann LEE, Expert',
      ),
    );
    expect(warnings).toEqual([]);
    expect(catalogue.topics).toEqual([
      { id: 'questions-et-reponses', labels: { fr: 'Questions et réponses', en: 'Questions et Réponses!' } },
      { id: 'global-legislation-2', labels: { en: 'Global legislation' } },
      { id: 'q-a', labels: { en: 'Q&A' } },
    ]);
    expect(catalogue.seminars[1]!.sessions.map((session) => [session.topicId, session.title])).toEqual([
      ['questions-et-reponses', 'Questions et Réponses!'],
      ['global-legislation-2', 'Global legislation'],
      ['q-a', 'Q&A'],
      ['q-a', 'Q & A'],
      ['q-a', 'Q-A?'],
    ]);
  });

  it('gives distinct headings with the same slug distinct ids', () => {
    const { catalogue } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Панель', 'Jane DOE, E', 'Обсуждение', 'Jane DOE, E'),
    );
    expect(catalogue.topics.map((topic) => topic.id)).toEqual(['topic', 'topic-2']);
  });

  it('warns about a topic heading without speakers, and about lines too long to be a heading', () => {
    const long = 'x'.repeat(201);
    const { catalogue, warnings } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Empty topic', long),
    );
    expect(catalogue.seminars[0]!.sessions.map((session) => session.title)).toEqual(['Empty topic']);
    expect(messagesAt(warnings, 7)).toEqual(['topic heading has no speakers']);
    expect(messagesAt(warnings, 8)).toEqual(['too long for a topic heading (over 200 characters); not placed']);
    expect(warnings.find((warning) => warning.line === 8)!.text).toBe(`${'x'.repeat(199)}…`);
  });
});

describe('people', () => {
  it('keeps one person per given and family name, ignoring case and accents, across seminars and roles', () => {
    const { catalogue } = importOk(
      programme(
        '24 June 2020 - S',
        'Time: 7.00 – 8.00 UTC',
        'Chair: François DELERUE, Chercheur',
        'Topic',
        'Francois DELERUE, Researcher',
        '25 June 2020 - T',
        'Time: 7.00 – 8.00 UTC',
        'Chair: FRANÇOIS DÉLERUE, Chercheur',
        'Topic',
        'José ÁLVAREZ, Fiscal',
        'Jose ALVAREZ, Fiscal General',
        'Jean-Luc PICARD, Captain',
        'Jean LUC-PICARD, Admiral',
      ),
    );
    expect(catalogue.people.map((person) => [person.id, person.givenName, person.familyName])).toEqual([
      ['francois-delerue', 'François', 'DELERUE'],
      ['jose-alvarez', 'José', 'ÁLVAREZ'],
      ['jean-luc-picard', 'Jean-Luc', 'PICARD'],
      ['jean-luc-picard-2', 'Jean', 'LUC-PICARD'],
    ]);
    expect(catalogue.seminars[0]!.chair?.personId).toBe('francois-delerue');
    expect(catalogue.seminars[0]!.sessions[0]!.speakers[0]).toEqual({
      personId: 'francois-delerue',
      role: 'Researcher',
      tbc: false,
    });
    expect(catalogue.seminars[1]!.chair?.personId).toBe('francois-delerue');
    expect(catalogue.seminars[1]!.sessions[0]!.speakers.map((speaker) => [speaker.personId, speaker.role])).toEqual([
      ['jose-alvarez', 'Fiscal'],
      ['jose-alvarez', 'Fiscal General'],
      ['jean-luc-picard', 'Captain'],
      ['jean-luc-picard-2', 'Admiral'],
    ]);
  });
});

describe('series', () => {
  it('takes the first line as title, prose as summary, bullets as focus and readings after their heading', () => {
    const { catalogue, warnings } = importOk([
      'Cyber Series 2021',
      '',
      'draft v2 final',
      '',
      'First paragraph, wrapped',
      'onto a second line.',
      '',
      'Second paragraph. We will focus on:',
      '• Bullet one',
      '- Bullet two',
      '* Bullet three',
      '– Bullet four',
      '•',
      '',
      'Further readings',
      '',
      'Budapest Convention – https://www.coe.int/en/web/cybercrime',
      'UNODC study https://www.unodc.org/study.pdf',
      '• Bulleted reading: https://example.org/a',
      'A book without a link',
      '',
      '24 June 2020 - S',
      'Time: 7.00 – 8.00 UTC',
    ]);
    const series = catalogue.series[0]!;
    expect(series).toEqual({
      id: 'cyber-series-2021',
      title: 'Cyber Series 2021',
      summary: 'First paragraph, wrapped onto a second line.\n\nSecond paragraph. We will focus on:',
      focus: ['Bullet one', 'Bullet two', 'Bullet three', 'Bullet four'],
      focusAfterParagraph: 2,
      furtherReadings: [
        { title: 'Budapest Convention', url: 'https://www.coe.int/en/web/cybercrime' },
        { title: 'UNODC study', url: 'https://www.unodc.org/study.pdf' },
        { title: 'Bulleted reading', url: 'https://example.org/a' },
        { title: 'A book without a link' },
      ],
    });
    expect(warnings).toEqual([
      {
        line: 3,
        text: 'draft v2 final',
        message: 'short line right after the title (a file name or subtitle?); not placed',
      },
      { line: 13, text: '•', message: 'empty bullet; not placed' },
      { line: 22, text: '24 June 2020 - S', message: 'seminar has no topic headings' },
    ]);
    expect(catalogue.seminars[0]!.seriesId).toBe('cyber-series-2021');
  });

  it('uses options.seriesId when given', () => {
    const { catalogue } = importOk(programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC'), { seriesId: 'my-series' });
    expect(catalogue.series[0]!.id).toBe('my-series');
    expect(catalogue.seminars[0]!.seriesId).toBe('my-series');
  });

  it('falls back to the first seminar title when the text starts with a seminar', () => {
    const { catalogue, warnings } = importOk(['24 June 2020 - Seminar A', 'Time: 7.00 – 8.00 UTC']);
    expect(catalogue.series[0]).toMatchObject({ id: 'seminar-a', title: 'Seminar A', summary: '' });
    expect(messagesAt(warnings, 1)).toContain(
      'no series title before the first seminar; the seminar title is used as the series title',
    );
  });
});

describe('no seminar', () => {
  it.each([[''], ['   \n\n\t'], ['Just a title\n\nSome prose.'], ['\uFEFF']])('refuses %j', (text) => {
    const result = importProgrammeText(text);
    expect(result).toMatchObject({ ok: false, code: 'no-seminar', message: NO_SEMINAR_MESSAGE });
  });

  it('keeps the warnings found so far', () => {
    const result = importProgrammeText('Title\nfile.docx\n\n31 June 2020 - x');
    expect(result.ok).toBe(false);
    expect(result.warnings.map((warning) => warning.line)).toEqual([2, 4]);
  });
});

describe('text hygiene', () => {
  const seedLike = programme(
    '24 June 2020 - S',
    'Time:\t7.00 a.m. – 8.45 a.m.\u00a0UTC',
    'Chair:\u00a0 Patryk\u00a0PAWLAK, Officer',
    'What is cybercrime?',
    'Jane\u200b DOE, Expert',
    '31 June 2020 - warning here',
  );

  it.each([
    ['LF', seedLike.join('\n')],
    ['CRLF', seedLike.join('\r\n')],
    ['CR', seedLike.join('\r')],
    ['BOM + CRLF', `\uFEFF${seedLike.join('\r\n')}`],
  ])('reads %s line endings with the same line numbers', (_name, text) => {
    const { catalogue, warnings } = importOk(text);
    const seminar = catalogue.seminars[0]!;
    expect(catalogue.series[0]!.title).toBe('Title of the series');
    expect(seminar.start).toBe('2020-06-24T07:00:00Z');
    expect(seminar.chair?.role).toBe('Officer');
    expect(speakerNames(catalogue)).toEqual(['Jane|DOE']);
    expect(warnings.map((warning) => warning.line)).toEqual([10]);
  });

  it('cuts over-long values to the schema limits with a warning', () => {
    const role = 'r'.repeat(5_000);
    const { catalogue, warnings } = importOk(
      programme('24 June 2020 - S', 'Time: 7.00 – 8.00 UTC', 'Topic', `Jane DOE, ${role}`),
    );
    expect(catalogue.seminars[0]!.sessions[0]!.speakers[0]!.role).toHaveLength(2_000);
    expect(messagesAt(warnings, 8)).toEqual(['role longer than 2,000 characters; cut']);
    expect(warnings[0]!.text.length).toBeLessThanOrEqual(200);
  });
});

describe('fixtures', () => {
  it('imports a French programme with readings, TBC in French and a topic of its own', () => {
    const { catalogue, warnings } = importOk(fixture('series-fr.txt'));
    const series = catalogue.series[0]!;
    expect(series.id).toBe('cybercriminalite-et-justice-penale-dans-le-cyberespace');
    expect(series.summary).toBe(
      'Ce cycle de séminaires en ligne s’adresse aux fonctionnaires des affaires étrangères et aux experts de la justice pénale.\n\nLes séminaires porteront sur :',
    );
    expect(series.focus).toEqual(['La notion de cybercriminalité', 'La coopération internationale en pratique']);
    expect(series.furtherReadings).toEqual([
      {
        title: 'Convention de Budapest',
        url: 'https://www.coe.int/fr/web/cybercrime/the-budapest-convention',
      },
      { title: 'Rapport du groupe d’experts', url: 'https://www.unodc.org/documents/rapport.pdf' },
      { title: 'Guide pratique (version imprimée)' },
    ]);
    const seminar = catalogue.seminars[0]!;
    expect(seminar).toMatchObject({
      id: 'seminar-2021-02-03',
      title: 'Séminaire avec les pays du Maghreb',
      language: 'fr',
      start: '2021-02-03T09:00:00Z',
      end: '2021-02-03T10:45:00Z',
      chair: { personId: 'anne-marie-d-almeida', role: 'Ambassadrice, Mission permanente, Vienne' },
    });
    expect(seminar.sessions.map((session) => [session.topicId, session.title])).toEqual([
      ['what-is-cybercrime', "Qu'est-ce que la cybercriminalite ?"],
      ['capacity-building', 'Renforcement des capacités'],
      ['questions-et-reponses', 'Questions et réponses'],
    ]);
    expect(seminar.sessions[0]!.speakers).toEqual([
      { personId: 'jean-luc-picard', role: 'Procureur, Tribunal de Paris', tbc: true },
    ]);
    expect(seminar.sessions[2]!.speakers).toEqual([
      { personId: 'jean-luc-picard', role: 'Procureur général, Cour d’appel', tbc: false },
    ]);
    expect(catalogue.topics.find((topic) => topic.id === 'questions-et-reponses')?.labels).toEqual({
      fr: 'Questions et réponses',
    });
    expect(warnings).toEqual([]);
  });

  it('imports a Spanish programme with weekday, numbered topic, shared meridiem and an all-capitals name', () => {
    const { catalogue, warnings } = importOk(fixture('series-es.txt'));
    expect(catalogue.series[0]!.furtherReadings).toEqual([
      { title: 'Convenio de Budapest', url: 'https://www.coe.int/es/web/cybercrime' },
    ]);
    expect(
      catalogue.seminars.map((seminar) => [seminar.id, seminar.language, seminar.start, seminar.end, seminar.title]),
    ).toEqual([
      ['seminar-2021-12-01', 'es', '2021-12-01T14:00:00Z', '2021-12-01T15:30:00Z', 'Seminario con países andinos'],
      [
        'seminar-2021-12-15',
        'es',
        // "Hora: 11 a.m. – 1 p.m." names no zone: the time is not placed, never read as UTC.
        '2021-12-15T00:00:00Z',
        '2021-12-15T23:59:00Z',
        'Seminario con países centroamericanos',
      ],
    ]);
    expect(personById(catalogue, catalogue.seminars[0]!.chair!.personId)).toMatchObject({
      givenName: 'María José',
      familyName: 'ÁLVAREZ DE LA PEÑA',
    });
    expect(catalogue.seminars[0]!.sessions.map((session) => session.topicId)).toEqual([
      'what-is-cybercrime',
      'capacity-building',
    ]);
    expect(speakerNames(catalogue, 0, 1)).toEqual(['Ana de la|CRUZ']);
    expect(catalogue.seminars[0]!.sessions[1]!.speakers[0]!.tbc).toBe(true);
    // "JOSE ÑUÑEZ" is the same person as "José ÑÚÑEZ".
    expect(catalogue.seminars[1]!.sessions[0]!.speakers[0]!.personId).toBe('jose-nunez');
    expect(catalogue.people.filter((person) => person.id.startsWith('jose-nunez'))).toHaveLength(1);
    expect(warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [
        27,
        'no time zone is given, so the time is not placed: the seminar is kept for the whole day until you set its time',
      ],
      [33, 'name written all in capitals; the first word was taken as the given name'],
    ]);
  });
});
