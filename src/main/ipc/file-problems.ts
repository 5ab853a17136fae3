import type { FileProblem } from '../../shared/result';

/** A file-system error as something the person can be told about (see describeFsError for the English). */
export function writeProblem(error: unknown): FileProblem | undefined {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no-folder';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EBUSY':
      return 'in-use';
    case 'EISDIR':
      return 'not-a-file';
    default:
      return undefined;
  }
}
