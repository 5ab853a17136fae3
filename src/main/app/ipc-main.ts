import { ipcMain } from 'electron';
import type { IpcRegistrar } from '../ipc/handler';

/** Adapts ipcMain to the electron-free registrar the feature modules use. */
export const ipcMainRegistrar: IpcRegistrar = {
  handle(channel, listener) {
    ipcMain.handle(channel, (event, rawRequest: unknown) =>
      listener({ senderUrl: event.senderFrame?.url }, rawRequest),
    );
  },
};
