import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, validateCatalogue } from '../../../../src/shared/catalogue';
import { BUILTIN_SERIES_ID, importBuiltinProgramme, type ImportWarning } from '../../../../src/shared/importers';

/**
 * The seed programme, checked field by field against what a person reading it
 * would write down. Written out on purpose rather than snapshotted: a change
 * in the importer must not be able to "update" what the seed says.
 */

const SEED_PATH = resolve(__dirname, '../../../../resources/catalogue/source/cybercrime-webinars-2020.txt');

interface ExpectedPerson {
  givenName: string;
  familyName: string;
  role: string;
}
interface ExpectedSpeaker extends ExpectedPerson {
  tbc: boolean;
}
interface ExpectedSeminar {
  id: string;
  title: string;
  language: 'en' | 'fr' | 'es';
  start: string;
  end: string;
  chair: ExpectedPerson;
  sessions: Array<{ topicId: string; title: string; speakers: ExpectedSpeaker[] }>;
}

const SEGER = {
  givenName: 'Alexander',
  familyName: 'SEGER',
  role: 'Head of Division, Cybercrime Programme Office, Council of Europe',
  tbc: false,
};

const EXPECTED_SEMINARS: ExpectedSeminar[] = [
  {
    id: 'seminar-2020-06-24',
    title: 'Seminar with Asia-Pacific countries',
    language: 'en',
    start: '2020-06-24T07:00:00Z',
    end: '2020-06-24T08:45:00Z',
    chair: { givenName: 'Patryk', familyName: 'PAWLAK', role: 'Brussels Executive Officer, EUISS' },
    sessions: [
      {
        topicId: 'what-is-cybercrime',
        title: 'What is cybercrime?',
        speakers: [
          {
            givenName: 'Jayantha',
            familyName: 'FERNANDO',
            role: 'Director, Sri Lanka CERT, Director | Legal Advisor, ICTA & Director, Colombo Stock Exchange',
            tbc: false,
          },
        ],
      },
      { topicId: 'global-legislation', title: 'Status of global cybercrime legislation', speakers: [SEGER] },
      {
        topicId: 'international-cooperation',
        title: 'International cooperation',
        speakers: [
          {
            givenName: 'Markk',
            familyName: 'PERETE',
            role: 'Undersecretary, Department of Justice, The Philippines',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'capacity-building',
        title: 'Capacity building',
        speakers: [
          { givenName: 'Leotrina', familyName: 'MACOMBER', role: 'Senior Crown Prosecutor, Tonga', tbc: false },
        ],
      },
    ],
  },
  {
    id: 'seminar-2020-07-07',
    title: 'Seminar with African countries',
    language: 'en',
    start: '2020-07-07T08:00:00Z',
    end: '2020-07-07T09:45:00Z',
    chair: { givenName: 'Joyce', familyName: 'HAKMEH', role: 'Senior Fellow, Chatham House' },
    sessions: [
      {
        topicId: 'what-is-cybercrime',
        title: 'What is cybercrime?',
        speakers: [
          {
            givenName: 'Albert',
            familyName: 'ANTWI-BOASIAKO',
            role: 'National Cyber Security Policy and Strategy Advisor, Ministry of Communication, Ghana',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'global-legislation',
        title: 'Status of global cybercrime legislation',
        speakers: [
          SEGER,
          {
            givenName: 'Momodou',
            familyName: 'JALLOW',
            role: 'Principal ICT Officer, Ministry of Information and Communication Infrastructure, The Gambia',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'international-cooperation',
        title: 'International cooperation',
        speakers: [
          {
            givenName: 'George-Maria',
            familyName: 'TYENDEZWA',
            role: 'Assistant Director & Head, Cybercrime Prosecution Unit, Federal Ministry of Justice, Nigeria',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'capacity-building',
        title: 'Capacity building',
        speakers: [
          {
            givenName: 'Pravin',
            familyName: 'HARRAH',
            role: 'Director of Public Prosecutions, Principal State Counsel, Office of the DPP, Mauritius',
            tbc: false,
          },
          { givenName: 'Kaleem', familyName: 'USMANI', role: 'Head of Operations, CERT-MU, Mauritius', tbc: false },
        ],
      },
    ],
  },
  {
    id: 'seminar-2020-07-09',
    title: 'Seminaire dédié aux pays francophones du continent africain',
    language: 'fr',
    start: '2020-07-09T08:00:00Z',
    end: '2020-07-09T09:45:00Z',
    chair: {
      givenName: 'François',
      familyName: 'DELERUE',
      role: 'Chercheur cyberdéfense et droit international à l’Institut de Recherche stratégique de l’École Militaire, France',
    },
    sessions: [
      {
        topicId: 'what-is-cybercrime',
        title: 'Qu’est-ce que la cybercriminalité?',
        speakers: [
          {
            givenName: 'Papa Assane',
            familyName: 'TOURE',
            role: 'Magistrat, Secrétaire Général Adjoint du Gouvernement, Sénégal',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'global-legislation',
        title: 'État de la législation mondiale sur la cybercriminalité',
        speakers: [
          SEGER,
          {
            givenName: 'Sidi',
            familyName: 'RALIOU',
            role: 'Directeur Economie Numérique a Ministère des Postes et Télécommunications et de l’Economie Numérique, Niger',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'international-cooperation',
        title: 'Coopération internationale',
        speakers: [
          {
            givenName: 'Layla',
            familyName: 'EZZOUINE',
            role: 'Chef du Service de lutte contre la criminalité liée aux nouvelles technologies a la direction de la Police Judiciaire de Maroc',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'capacity-building',
        title: 'Formation des Autorités chargées de l’application de la loi',
        speakers: [
          {
            givenName: 'Issa Saferiba',
            familyName: 'FAYAMA',
            role: 'Magistrat, Directeur de Cabinet du Ministre de la Justice, Burkina Faso',
            tbc: false,
          },
        ],
      },
    ],
  },
  {
    id: 'seminar-2020-07-20',
    title: 'Seminar with Latin America and the Caribbean countries',
    language: 'en',
    start: '2020-07-20T15:00:00Z',
    end: '2020-07-20T16:45:00Z',
    chair: {
      givenName: 'Patryk',
      familyName: 'PAWLAK',
      role: 'Brussels Executive Officer, EU Institute for Security Studies',
    },
    sessions: [
      {
        topicId: 'what-is-cybercrime',
        title: 'What is cybercrime?',
        speakers: [
          {
            givenName: 'Fernanda',
            familyName: 'TEIXEIRA SOUZA DOMINGOS',
            role: 'Federal Prosecutor, Brazil | Cybercrime Supporting Group Coordinator',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'global-legislation',
        title: 'Status of global cybercrime legislation',
        speakers: [
          SEGER,
          {
            givenName: 'Pedro',
            familyName: 'VERDELHO',
            role: 'Vice President, Cybercrime Convention Committee (T-CY), Portugal',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'international-cooperation',
        title: 'International cooperation',
        speakers: [
          {
            givenName: 'Camila',
            familyName: 'BOSCH CARTAGENA',
            role: 'Lawyer, Money Laundering, White Collar, Environmental, Cyber and Organized Crimes Unit, Public Prosecution Office, Chile',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'capacity-building',
        title: 'Capacity building',
        speakers: [
          {
            givenName: 'Claudio',
            familyName: 'PEGUERO',
            role: 'Brigade General, Advisor to the Director General on Cybermatters, National Police, Cybercrime Convention Committee (T-CY) Rep and GLACY+ National Coordinator, Dominican Republic',
            tbc: false,
          },
        ],
      },
    ],
  },
  {
    id: 'seminar-2020-07-22',
    title: 'Ciberdelincuencia y Justicia Penal en el Ciberespacio',
    language: 'es',
    start: '2020-07-22T15:00:00Z',
    end: '2020-07-22T16:45:00Z',
    chair: { givenName: 'Camino', familyName: 'KAVANAGH', role: 'Miembro asociado, King’s College de Londres' },
    sessions: [
      {
        topicId: 'what-is-cybercrime',
        title: '¿Qué es la ciberdelincuencia?',
        speakers: [
          {
            givenName: 'Claudio',
            familyName: 'PEGUERO',
            role: 'General de Brigada, Asesor en Asuntos Cibernéticos del Director General de la Policía Nacional, Miembro en el Comité Directivo (T-CY) de la Convención de Budapest, Coordinador Nacional del Proyecto GLACY+, República Dominicana',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'global-legislation',
        title: 'El estado de la legislación sobre ciberdelincuencia a nivel mundial',
        speakers: [
          {
            givenName: 'Marcos',
            familyName: 'SALT',
            role: 'Profesor de Derecho Penal y Derecho Procesal Penal, Universidad de Buenos Aires, Miembro en el Comité Directivo (T-CY) de la Convención de Budapest, Argentina',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'international-cooperation',
        title: 'Cooperación internacional',
        speakers: [
          {
            givenName: 'Irma Llano',
            familyName: 'PEREIRA',
            role: 'Fiscal delegado para la ciberdelincuencia, Ministerio Público, Paraguay',
            tbc: false,
          },
        ],
      },
      {
        topicId: 'capacity-building',
        title: 'Desarrollo de capacidades',
        speakers: [
          {
            givenName: 'Emilia',
            familyName: 'NAVAS APARICIO',
            role: 'Fiscala General de la República de Costa Rica',
            tbc: true,
          },
          {
            givenName: 'Carlos',
            familyName: 'CUBILLO MIRANDA',
            role: 'Fiscal Adjunto III de la Fiscalía General de la República',
            tbc: true,
          },
        ],
      },
    ],
  },
];

let catalogue: Catalogue;
let warnings: ImportWarning[];

beforeAll(() => {
  const result = importBuiltinProgramme(readFileSync(SEED_PATH, 'utf8'));
  if (!result.ok) throw new Error(`seed did not import: ${result.message}`);
  catalogue = result.catalogue;
  warnings = result.warnings;
});

function personName(personId: string): { givenName: string; familyName: string } {
  const person = catalogue.people.find((candidate) => candidate.id === personId);
  if (!person) throw new Error(`no person ${personId}`);
  return { givenName: person.givenName, familyName: person.familyName };
}

describe('seed programme (golden)', () => {
  it('validates as a catalogue', () => {
    expect(validateCatalogue(catalogue).ok).toBe(true);
  });

  it('reports only the stray file-name line under the title', () => {
    expect(warnings).toEqual([
      {
        line: 3,
        text: 'Un webinars cybercrime final',
        message: 'short line right after the title (a file name or subtitle?); not placed',
      },
    ]);
  });

  it('has one series with title, summary paragraphs, focus and an empty further-readings list', () => {
    expect(catalogue.series).toHaveLength(1);
    const series = catalogue.series[0]!;
    expect(series.id).toBe(BUILTIN_SERIES_ID);
    expect(series.title).toBe('Cybercrime and criminal justice in cyberspace');
    const paragraphs = series.summary.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(
      /^The UN Intergovernmental Expert Group on Cybercrime \(IEG\) was established in 2010 “to/,
    );
    expect(paragraphs[0]).toMatch(/three-day organisational session in August 2020\.$/);
    expect(paragraphs[1]).toMatch(/^The aim of this series of seminars .* The seminars will focus on:$/);
    expect(paragraphs[2]).toMatch(/^This series of online seminars .*Attorney General’s office\)\.$/);
    expect(series.focus).toEqual([
      'The concept of cybercrime as a matter of criminal justice',
      'The question of cybercrime legislation and reforms already undertaken by governments worldwide',
      'The challenge of international cooperation in practice',
      'The experience of capacity-building',
    ]);
    expect(series.furtherReadings).toEqual([]);
  });

  it('has the four standard topics with labels in English, French and Spanish', () => {
    expect(catalogue.topics).toEqual([
      {
        id: 'what-is-cybercrime',
        labels: {
          en: 'What is cybercrime?',
          fr: 'Qu’est-ce que la cybercriminalité ?',
          es: '¿Qué es la ciberdelincuencia?',
        },
      },
      {
        id: 'global-legislation',
        labels: {
          en: 'Status of global cybercrime legislation',
          fr: 'État de la législation mondiale sur la cybercriminalité',
          es: 'Estado de la legislación sobre ciberdelincuencia a nivel mundial',
        },
      },
      {
        id: 'international-cooperation',
        labels: { en: 'International cooperation', fr: 'Coopération internationale', es: 'Cooperación internacional' },
      },
      {
        id: 'capacity-building',
        labels: { en: 'Capacity building', fr: 'Renforcement des capacités', es: 'Desarrollo de capacidades' },
      },
    ]);
  });

  it('has 25 distinct people, 30 appearances and 2 TBC speakers', () => {
    expect(catalogue.people).toHaveLength(25);
    expect(new Set(catalogue.people.map((person) => person.id)).size).toBe(25);
    expect(catalogue.people.every((person) => Object.keys(person.bio).length === 0)).toBe(true);
    const speakers = catalogue.seminars.flatMap((seminar) => seminar.sessions.flatMap((session) => session.speakers));
    const chairs = catalogue.seminars.filter((seminar) => seminar.chair !== undefined);
    expect(chairs).toHaveLength(5);
    expect(speakers).toHaveLength(25);
    expect(speakers.filter((speaker) => speaker.tbc).map((speaker) => personName(speaker.personId).familyName)).toEqual(
      ['NAVAS APARICIO', 'CUBILLO MIRANDA'],
    );
  });

  it('gives people ascii ids made of given and family name', () => {
    expect(catalogue.people.map((person) => person.id)).toEqual([
      'patryk-pawlak',
      'jayantha-fernando',
      'alexander-seger',
      'markk-perete',
      'leotrina-macomber',
      'joyce-hakmeh',
      'albert-antwi-boasiako',
      'momodou-jallow',
      'george-maria-tyendezwa',
      'pravin-harrah',
      'kaleem-usmani',
      'francois-delerue',
      'papa-assane-toure',
      'sidi-raliou',
      'layla-ezzouine',
      'issa-saferiba-fayama',
      'fernanda-teixeira-souza-domingos',
      'pedro-verdelho',
      'camila-bosch-cartagena',
      'claudio-peguero',
      'camino-kavanagh',
      'marcos-salt',
      'irma-llano-pereira',
      'emilia-navas-aparicio',
      'carlos-cubillo-miranda',
    ]);
  });

  it('keeps one person who appears several times, with each appearance’s own role', () => {
    const sessionsOf = (personId: string) =>
      catalogue.seminars.filter((seminar) =>
        seminar.sessions.some((session) => session.speakers.some((speaker) => speaker.personId === personId)),
      );
    expect(sessionsOf('alexander-seger').map((seminar) => seminar.id)).toEqual([
      'seminar-2020-06-24',
      'seminar-2020-07-07',
      'seminar-2020-07-09',
      'seminar-2020-07-20',
    ]);
    expect(sessionsOf('claudio-peguero').map((seminar) => seminar.id)).toEqual([
      'seminar-2020-07-20',
      'seminar-2020-07-22',
    ]);
    const chairedByPawlak = catalogue.seminars.filter((seminar) => seminar.chair?.personId === 'patryk-pawlak');
    expect(chairedByPawlak.map((seminar) => seminar.chair?.role)).toEqual([
      'Brussels Executive Officer, EUISS',
      'Brussels Executive Officer, EU Institute for Security Studies',
    ]);
  });

  it('has the five seminars in source order', () => {
    expect(catalogue.seminars.map((seminar) => seminar.id)).toEqual(EXPECTED_SEMINARS.map((seminar) => seminar.id));
  });

  describe.each(EXPECTED_SEMINARS.map((expected, index) => ({ expected, index, id: expected.id })))(
    '$id',
    ({ expected, index }) => {
      it('has id, series, title, language and UTC time window', () => {
        const seminar = catalogue.seminars[index]!;
        expect(seminar.id).toBe(expected.id);
        expect(seminar.seriesId).toBe(BUILTIN_SERIES_ID);
        expect(seminar.title).toBe(expected.title);
        expect(seminar.language).toBe(expected.language);
        expect(seminar.start).toBe(expected.start);
        expect(seminar.end).toBe(expected.end);
      });

      it('has its chair', () => {
        const chair = catalogue.seminars[index]!.chair;
        expect(chair).toBeDefined();
        expect(personName(chair!.personId)).toEqual({
          givenName: expected.chair.givenName,
          familyName: expected.chair.familyName,
        });
        expect(chair!.role).toBe(expected.chair.role);
      });

      it('has its four sessions with their speakers', () => {
        const sessions = catalogue.seminars[index]!.sessions;
        expect(sessions).toHaveLength(4);
        expected.sessions.forEach((expectedSession, s) => {
          const session = sessions[s]!;
          expect(session.topicId).toBe(expectedSession.topicId);
          expect(session.title).toBe(expectedSession.title);
          expect(session.speakers).toHaveLength(expectedSession.speakers.length);
          expectedSession.speakers.forEach((expectedSpeaker, p) => {
            const speaker = session.speakers[p]!;
            expect(personName(speaker.personId)).toEqual({
              givenName: expectedSpeaker.givenName,
              familyName: expectedSpeaker.familyName,
            });
            expect(speaker.role).toBe(expectedSpeaker.role);
            expect(speaker.tbc).toBe(expectedSpeaker.tbc);
          });
        });
      });
    },
  );
});
