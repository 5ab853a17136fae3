/**
 * IPC channel names, one per API method. Kept free of zod so the sandboxed
 * preload can import it without bundling the schemas.
 */
export const IPC_CHANNELS = {
  listSeminars: 'catalogue:list-seminars',
  getCatalogue: 'catalogue:get',
} as const;

export type ApiMethod = keyof typeof IPC_CHANNELS;
export type IpcChannel = (typeof IPC_CHANNELS)[ApiMethod];
