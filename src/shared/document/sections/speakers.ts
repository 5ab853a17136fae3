import { formatShortDate } from '../../time/format';
import { type BuildContext, EM_DASH_SEPARATOR, heading, sectionHeading } from '../context';
import type { Block, FieldsBlock, TextRun } from '../model';
import { displayName, indexName, tbcMark } from '../people';
import { clean, firstNonBlank, paragraph, splitParagraphs } from '../text';

export function buildSpeakers(context: BuildContext): Block[] {
  const { label, language, pack } = context;
  const blocks: Block[] = [sectionHeading(context, 'speakers', 'speakers')];
  if (context.people.length === 0) blocks.push(...context.gap('noSpeakers'));
  for (const entry of context.people) {
    // Level 3: people are found through the speaker index, so they stay out of the contents.
    blocks.push(heading(3, displayName(context, entry), context.anchors.claim('speaker', entry.personId)));

    // The same person is often introduced with slightly different wording; only exact repeats are merged.
    const roles = [...new Set(entry.appearances.map((appearance) => appearance.role).filter((role) => role !== ''))];
    const speaksAt = [
      ...new Set(
        entry.appearances.map((appearance) => {
          const where = `${formatShortDate(appearance.seminar.start, language)}${EM_DASH_SEPARATOR}${clean(appearance.seminar.title)}`;
          const what = appearance.topicLabel ?? label('chair');
          return `${where}${label('colon')}${what}${appearance.tbc ? tbcMark(context) : ''}`;
        }),
      ),
    ];
    const rows: FieldsBlock['rows'] = [];
    if (roles.length > 0)
      rows.push({
        label: label(roles.length === 1 ? 'role' : 'roles'),
        value: [{ text: roles.join(label('semicolon')) }],
      });
    rows.push({ label: label('speaksAt'), value: [{ text: speaksAt.join(label('semicolon')) }] });
    if (entry.appearances.some((appearance) => appearance.tbc)) {
      rows.push({ label: label('status'), value: [{ text: label('participationToBeConfirmed'), italic: true }] });
    }
    blocks.push({ kind: 'fields', rows });

    const override = Object.hasOwn(pack.bioOverrides, entry.personId) ? pack.bioOverrides[entry.personId] : undefined;
    const bio = splitParagraphs(firstNonBlank(override?.[language], entry.person?.bio[language]));
    if (bio.length === 0) blocks.push(...context.gap('noBiography'));
    else blocks.push(...bio.map((text) => paragraph(text)));
  }
  return blocks;
}

export function buildSpeakerIndex(context: BuildContext): Block[] {
  const { label, language } = context;
  const blocks: Block[] = [sectionHeading(context, 'speakerIndex', 'speakerIndex')];
  if (context.people.length === 0) {
    blocks.push(...context.gap('noSpeakers'));
    return blocks;
  }
  const rows = context.people.map((entry): TextRun[][] => {
    const dates = [...new Set(entry.appearances.map((appearance) => appearance.seminar))].map((seminar) =>
      formatShortDate(seminar.start, language),
    );
    return [[{ text: indexName(context, entry), bold: true }], [{ text: dates.join(context.label('listSeparator')) }]];
  });
  blocks.push({ kind: 'table', header: [label('name'), label('seminars')], widths: [2, 3], rows });
  return blocks;
}
