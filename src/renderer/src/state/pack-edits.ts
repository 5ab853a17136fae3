import type { Catalogue, Language } from '../../../shared/catalogue/schema';
import { withDocumentKind } from '../../../shared/pack/pack';
import { refreshedSnapshot, withSeminars } from '../../../shared/pack/programme';
import type { Pack, TopicBrief } from '../../../shared/pack/schema';
import type { EditAction } from './pack-actions';

/** The pack after one edit; the same object when the edit changes nothing. */
export function editPack(pack: Pack, catalogue: Catalogue, action: EditAction): Pack {
  switch (action.type) {
    case 'setField':
      return pack[action.field] === action.value ? pack : { ...pack, [action.field]: action.value };
    case 'setKind':
      return withDocumentKind(pack, action.kind);
    case 'setTimeZones':
      return sameList(pack.timeZones, action.zones) ? pack : { ...pack, timeZones: [...new Set(action.zones)] };
    case 'addSeminar':
      return pack.seminarIds.includes(action.seminarId) || !catalogue.seminars.some((s) => s.id === action.seminarId)
        ? pack
        : withChosenSeminars(pack, catalogue, [...pack.seminarIds, action.seminarId]);
    case 'removeSeminar':
      return pack.seminarIds.includes(action.seminarId)
        ? withChosenSeminars(
            pack,
            catalogue,
            pack.seminarIds.filter((id) => id !== action.seminarId),
          )
        : pack;
    case 'removeAllSeminars':
      return pack.seminarIds.length === 0 ? pack : withChosenSeminars(pack, catalogue, []);
    case 'refreshProgramme': {
      const programme = refreshedSnapshot(pack.programme, catalogue, pack.seminarIds);
      const kept = new Set(programme.seminars.map((seminar) => seminar.id));
      return { ...pack, programme, seminarIds: pack.seminarIds.filter((id) => kept.has(id)) };
    }
    case 'moveSeminar':
      return moveSeminar(pack, action.from, action.to);
    case 'toggleTopic':
      return toggleTopic(pack, catalogue, action.topicId);
    case 'toggleSection':
      return { ...pack, sections: { ...pack.sections, [action.section]: !pack.sections[action.section] } };
    case 'setTopicBrief':
      return setTopicBrief(pack, action.topicId, action.brief);
    case 'setBio':
      return setBio(pack, action.personId, action.language, action.text);
  }
}

/**
 * The pack with exactly these seminars chosen, its programme snapshot following:
 * a seminar it already holds stays as the user accepted it, a new one is copied
 * from the catalogue, one no longer chosen leaves with the people only it had.
 */
function withChosenSeminars(pack: Pack, catalogue: Catalogue, seminarIds: string[]): Pack {
  return { ...pack, seminarIds, programme: withSeminars(pack.programme, catalogue, seminarIds) };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function moveSeminar(pack: Pack, from: number, to: number): Pack {
  const count = pack.seminarIds.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from >= count) return pack;
  const target = Math.min(Math.max(to, 0), count - 1);
  if (target === from) return pack;
  const seminarIds = [...pack.seminarIds];
  const [moved] = seminarIds.splice(from, 1);
  seminarIds.splice(target, 0, moved!);
  return { ...pack, seminarIds };
}

/**
 * Empty `topicIds` means every topic. Unchecking one topic from "all" stores
 * the explicit list of the others; checking the last missing one goes back to
 * "all" (empty). The last chosen topic cannot be unchecked: an empty list would
 * mean "all" again, the opposite of what was asked.
 */
function toggleTopic(pack: Pack, catalogue: Catalogue, topicId: string): Pack {
  const allIds = catalogue.topics.map((topic) => topic.id);
  if (!allIds.includes(topicId)) return pack;
  const chosen = new Set(pack.topicIds.length === 0 ? allIds : pack.topicIds.filter((id) => allIds.includes(id)));
  if (chosen.has(topicId)) {
    if (chosen.size === 1) return pack;
    chosen.delete(topicId);
  } else {
    chosen.add(topicId);
  }
  const topicIds = chosen.size === allIds.length ? [] : allIds.filter((id) => chosen.has(id));
  return sameList(topicIds, pack.topicIds) ? pack : { ...pack, topicIds };
}

const isBlankBrief = (brief: TopicBrief): boolean =>
  brief.summary === '' && brief.background === '' && brief.pointsToMake.length === 0;

/** A brief with nothing in it is removed, so typing and then deleting leaves the pack as it was. */
function setTopicBrief(pack: Pack, topicId: string, brief: TopicBrief): Pack {
  const current = pack.topicBriefs[topicId];
  const topicBriefs = { ...pack.topicBriefs };
  if (isBlankBrief(brief)) {
    if (!current) return pack;
    delete topicBriefs[topicId];
  } else {
    if (
      current &&
      current.summary === brief.summary &&
      current.background === brief.background &&
      sameList(current.pointsToMake, brief.pointsToMake)
    )
      return pack;
    topicBriefs[topicId] = {
      summary: brief.summary,
      pointsToMake: [...brief.pointsToMake],
      background: brief.background,
    };
  }
  return { ...pack, topicBriefs };
}

/** `undefined` removes the override for that language (the catalogue's bio applies again). */
function setBio(pack: Pack, personId: string, language: Language, text: string | undefined): Pack {
  const current = pack.bioOverrides[personId] ?? {};
  if (current[language] === text) return pack;
  const override = { ...current };
  if (text === undefined) delete override[language];
  else override[language] = text;
  const bioOverrides = { ...pack.bioOverrides };
  if (Object.keys(override).length === 0) delete bioOverrides[personId];
  else bioOverrides[personId] = override;
  return { ...pack, bioOverrides };
}
