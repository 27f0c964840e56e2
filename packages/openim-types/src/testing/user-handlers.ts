import { ErrorCode } from "../gen/error.js";
import type { CommandInfo } from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { FakeCoreFault, noPermission, notFound, required } from "./fake-fault.js";

/** The user commands of the caller, by type and uuid. */
function commandsOf(context: CallContext): Map<string, CommandInfo> {
  return context.server.commandsOf(context.userID);
}

const commandKey = (type: number, uuid: string) => `${type}/${uuid}`;

function ownRequest(context: CallContext, userID: string): void {
  if (userID !== "" && userID !== context.userID)
    throw noPermission(`${context.userID} cannot act for ${userID}`);
}

/** The caller's profile, other users' profiles, and user commands (a small per-user key store). */
export const userHandlers: Handlers = {
  GetSelfUserInfo: (_request, context) => ({ user: { ...context.server.user(context.userID) } }),

  SetSelfInfo: ({ userID, nickname, faceURL, ex, globalRecvMsgOpt }, context) => {
    ownRequest(context, userID);
    const user = context.server.user(context.userID);
    if (nickname !== undefined) user.nickname = nickname;
    if (faceURL !== undefined) user.faceURL = faceURL;
    if (ex !== undefined) user.ex = ex;
    if (globalRecvMsgOpt !== undefined) user.globalRecvMsgOpt = globalRecvMsgOpt;
    context.notify([context.userID], "EventOnSelfInfoUpdated", { user: { ...user } });
    return {};
  },

  GetUsersInfo: ({ userIDs }, context) => ({
    users: userIDs.flatMap((id) => {
      const user = context.server.users.get(id);
      return user ? [{ ...user }] : [];
    }),
  }),

  ProcessUserCommandAdd: ({ userID, type, uuid, value, ex }, context) => {
    ownRequest(context, userID);
    const key = commandKey(type, required(uuid, "uuid"));
    const commands = commandsOf(context);
    if (commands.has(key))
      throw new FakeCoreFault(ErrorCode.DuplicateKey, `command ${uuid} of type ${type} exists`);
    const command: CommandInfo = {
      userID: context.userID,
      type,
      createTime: context.server.now(),
      uuid,
      value: value ?? "",
      ex: ex ?? "",
    };
    commands.set(key, command);
    context.notify([context.userID], "EventOnUserCommandAdd", { command: { ...command } });
    return {};
  },

  ProcessUserCommandUpdate: ({ userID, type, uuid, value, ex }, context) => {
    ownRequest(context, userID);
    const command = commandsOf(context).get(commandKey(type, required(uuid, "uuid")));
    if (!command) throw notFound(`no command ${uuid} of type ${type}`);
    if (value !== undefined) command.value = value;
    if (ex !== undefined) command.ex = ex;
    context.notify([context.userID], "EventOnUserCommandUpdate", { command: { ...command } });
    return {};
  },

  ProcessUserCommandDelete: ({ userID, type, uuid }, context) => {
    ownRequest(context, userID);
    const commands = commandsOf(context);
    const key = commandKey(type, required(uuid, "uuid"));
    const command = commands.get(key);
    if (!command) throw notFound(`no command ${uuid} of type ${type}`);
    commands.delete(key);
    context.notify([context.userID], "EventOnUserCommandDelete", { command });
    return {};
  },

  ProcessUserCommandGetAll: (_request, context) => ({
    commands: [...commandsOf(context).values()].map((command) => ({ ...command })),
  }),
};
