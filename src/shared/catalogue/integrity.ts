import type { Problem } from '../result';
import type { Catalogue } from './schema';

/**
 * Cross-reference checks that a schema cannot express: unique ids, every
 * reference resolvable, and times that end after they start. Each problem is
 * located by its JSON path (for `briefpack validate` and the editor, which
 * shows it beside the field); describeCatalogueProblem words it for a person.
 */
export function findIntegrityProblems(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  const uniqueIds = (items: ReadonlyArray<{ id: string }>, listName: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ path: `${listName}[${index}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const seriesIds = uniqueIds(catalogue.series, 'series');
  const topicIds = uniqueIds(catalogue.topics, 'topics');
  const personIds = uniqueIds(catalogue.people, 'people');
  uniqueIds(catalogue.seminars, 'seminars');

  catalogue.seminars.forEach((seminar, s) => {
    const at = `seminars[${s}]`;
    if (!seriesIds.has(seminar.seriesId))
      problems.push({ path: `${at}.seriesId`, message: `no series with id "${seminar.seriesId}"` });
    if (Date.parse(seminar.end) <= Date.parse(seminar.start))
      problems.push({ path: `${at}.end`, message: 'must be after start' });
    if (seminar.chair && !personIds.has(seminar.chair.personId))
      problems.push({ path: `${at}.chair.personId`, message: `no person with id "${seminar.chair.personId}"` });
    uniqueIds(seminar.sessions, `${at}.sessions`);
    seminar.sessions.forEach((session, t) => {
      const sessionAt = `${at}.sessions[${t}]`;
      if (!topicIds.has(session.topicId))
        problems.push({ path: `${sessionAt}.topicId`, message: `no topic with id "${session.topicId}"` });
      if (
        session.start !== undefined &&
        session.end !== undefined &&
        Date.parse(session.end) <= Date.parse(session.start)
      )
        problems.push({ path: `${sessionAt}.end`, message: 'must be after start' });
      session.speakers.forEach((speaker, p) => {
        if (!personIds.has(speaker.personId))
          problems.push({
            path: `${sessionAt}.speakers[${p}].personId`,
            message: `no person with id "${speaker.personId}"`,
          });
      });
    });
  });
  return problems;
}
