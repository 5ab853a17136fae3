import { formatDate } from '../../time/format';
import { type BuildContext, EM_DASH_SEPARATOR, seminarLine } from '../context';
import type { CoverPage } from '../model';
import { clean, cleanOneLine } from '../text';

export function buildCover(context: BuildContext, title: string): CoverPage {
  const { pack, label } = context;
  const fields = [
    { label: label('delegation'), value: clean(pack.delegation) },
    { label: label('date'), value: formatDate(pack.date, context.language) },
    { label: label('reference'), value: clean(pack.reference) },
    { label: label('classification'), value: cleanOneLine(pack.marking) },
    { label: label('preparedBy'), value: clean(pack.preparedBy) },
  ].filter((field) => field.value !== '');
  return {
    marking: cleanOneLine(pack.marking),
    title,
    ...editionLine(context),
    fields,
    seminarsHeading: label('seminarsCovered'),
    seminars: context.seminars.map((seminar) => seminarLine(context, seminar)),
  };
}

/** "External edition", "Draft: missing parts shown", both, or nothing for a finished internal edition. */
function editionLine(context: BuildContext): Pick<CoverPage, 'edition'> {
  const { label, options } = context;
  const parts = [
    ...(options.edition === 'external' ? [label('externalEdition')] : []),
    ...(options.showGaps ? [label('draftGapsShown')] : []),
  ];
  return parts.length === 0 ? {} : { edition: parts.join(EM_DASH_SEPARATOR) };
}
