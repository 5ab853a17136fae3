import type { LocalisedText } from '../../catalogue/schema';
import { foldForMatching } from './text';

export type StandardTopicId =
  'what-is-cybercrime' | 'global-legislation' | 'international-cooperation' | 'capacity-building';

export interface StandardTopic {
  id: StandardTopicId;
  labels: Required<Pick<LocalisedText, 'en' | 'fr' | 'es'>>;
  /** Headings that name this topic, any language; compared after folding. */
  headings: string[];
}

/** The four topics of the series, in the order the programme presents them. */
export const STANDARD_TOPICS: readonly StandardTopic[] = [
  {
    id: 'what-is-cybercrime',
    labels: {
      en: 'What is cybercrime?',
      fr: 'Qu’est-ce que la cybercriminalité ?',
      es: '¿Qué es la ciberdelincuencia?',
    },
    headings: [
      'What is cybercrime?',
      'What is cyber crime?',
      'What is cyber-crime?',
      'Qu’est-ce que la cybercriminalité ?',
      'Qu’est-ce que la cybercriminalité?',
      '¿Qué es la ciberdelincuencia?',
      '¿Qué es el ciberdelito?',
      '¿Qué es la cibercriminalidad?',
    ],
  },
  {
    id: 'global-legislation',
    labels: {
      en: 'Status of global cybercrime legislation',
      fr: 'État de la législation mondiale sur la cybercriminalité',
      es: 'Estado de la legislación sobre ciberdelincuencia a nivel mundial',
    },
    headings: [
      'Status of global cybercrime legislation',
      'State of global cybercrime legislation',
      'Global cybercrime legislation',
      'Status of cybercrime legislation worldwide',
      'État de la législation mondiale sur la cybercriminalité',
      'Situation de la législation mondiale sur la cybercriminalité',
      'État de la législation sur la cybercriminalité dans le monde',
      'La législation mondiale sur la cybercriminalité',
      'El estado de la legislación sobre ciberdelincuencia a nivel mundial',
      'Estado de la legislación mundial sobre ciberdelincuencia',
      'Situación de la legislación sobre ciberdelincuencia a nivel mundial',
      'Situación de la legislación mundial sobre ciberdelincuencia',
    ],
  },
  {
    id: 'international-cooperation',
    labels: { en: 'International cooperation', fr: 'Coopération internationale', es: 'Cooperación internacional' },
    headings: [
      'International cooperation',
      'International co-operation',
      'Coopération internationale',
      'Cooperación internacional',
    ],
  },
  {
    id: 'capacity-building',
    labels: { en: 'Capacity building', fr: 'Renforcement des capacités', es: 'Desarrollo de capacidades' },
    headings: [
      'Capacity building',
      'Capacity-building',
      'Capacity development',
      'Formation des Autorités chargées de l’application de la loi',
      'Renforcement des capacités',
      'Développement des capacités',
      'Desarrollo de capacidades',
      'Fortalecimiento de capacidades',
      'Fortalecimiento de las capacidades',
      'Creación de capacidades',
    ],
  },
];

/**
 * Folds a heading for topic matching, also dropping a leading number
 * ("1.", "2)") and a leading article, which programmes add or omit freely.
 */
function topicKey(heading: string): string {
  return foldForMatching(heading.replace(/^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s+/i, ''))
    .replace(/^(?:the|el|la|le|les|l)\s+/, '')
    .trim();
}

const STANDARD_BY_KEY: ReadonlyMap<string, StandardTopic> = new Map(
  STANDARD_TOPICS.flatMap((topic) => topic.headings.map((heading) => [topicKey(heading), topic] as const)),
);

/** The standard topic a heading names, if any. */
export function matchStandardTopic(heading: string): StandardTopic | undefined {
  return STANDARD_BY_KEY.get(topicKey(heading));
}

/** Key under which two headings count as the same (non-standard) topic. */
export function customTopicKey(heading: string): string {
  return topicKey(heading);
}
