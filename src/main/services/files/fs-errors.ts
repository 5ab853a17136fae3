/** Plain-language reasons for file-system errors, for messages that name the file concerned. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EISDIR':
      return 'a folder has that name';
    case 'EBUSY':
      return 'the file is open in another program';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ENOTREG':
      // NotARegularFileError: a device, a fifo, a folder or a socket has that name.
      return `${(error as { kind?: string }).kind ?? 'not a regular file'} has that name`;
    case 'ELOOP':
      return 'the path has too many symbolic links';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EFBIG':
      return 'the file is too large for this disk';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
