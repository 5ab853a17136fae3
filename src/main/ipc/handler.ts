/**
 * Turns a plain service function into an IPC handler that validates its
 * request against the contract and never throws: every failure comes back as
 * `{ ok: false, code, message }`. Free of electron so it is unit-tested in Node.
 */
import type { ApiMethod } from '../../shared/ipc/channels';
import { type ApiRequest, type ApiResult, IPC_CONTRACT, type IpcErrorCode } from '../../shared/ipc/contract';
import { type Result, err, formatPath } from '../../shared/result';

/** What a handler is told about who called it: the URL of the sending frame. */
export interface IpcCaller {
  senderUrl: string | undefined;
}

export type ApiImplementation<M extends ApiMethod> = (
  request: ApiRequest<M>,
  caller: IpcCaller,
) => Promise<Result<unknown, IpcErrorCode>>;

export type IpcListener = (caller: IpcCaller, rawRequest: unknown) => Promise<ApiResult<ApiMethod>>;

/** Registers listeners by channel; main passes an ipcMain adapter, tests a Map. */
export interface IpcRegistrar {
  handle(channel: string, listener: IpcListener): void;
}

export function createIpcListener<M extends ApiMethod>(
  method: M,
  implementation: ApiImplementation<M>,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): IpcListener {
  const { request: requestSchema } = IPC_CONTRACT[method];
  return async (caller, rawRequest) => {
    if (!isTrustedSender(caller.senderUrl)) {
      return err('forbidden-sender', 'This request did not come from the application window and was refused.');
    }
    const parsed = requestSchema.safeParse(rawRequest ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
      const first = problems[0];
      return err(
        'invalid-request',
        `Invalid request: ${first ? `${first.path}: ${first.message}` : 'unknown'}`,
        problems,
      );
    }
    try {
      return (await implementation(parsed.data as ApiRequest<M>, caller)) as ApiResult<M>;
    } catch (error) {
      // A bug, not a user error: say so plainly and keep the details for the log.
      console.error(`[ipc] ${method} failed`, error);
      return err('internal', `Something went wrong in ${method}. Your work is unchanged.`);
    }
  };
}

export function registerApiMethod<M extends ApiMethod>(
  registrar: IpcRegistrar,
  method: M,
  implementation: ApiImplementation<M>,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  registrar.handle(IPC_CONTRACT[method].channel, createIpcListener(method, implementation, isTrustedSender));
}
