import { SessionType } from "../gen/common.js";
import {
  type CommandInfo,
  IMConversation,
  type IMGroup,
  type IMGroupMember,
  type IMMessage,
  type IMUser,
} from "../gen/shared.js";
import type { OpenImEventData, OpenImEventName } from "../sdk/sdk-surface-types.js";
import { groupConversationID, singleConversationID } from "./conversation-id.js";
import { notFound } from "./fake-fault.js";
import { type GroupRecord, GroupState } from "./group-state.js";
import { copyMessage, UserMessages } from "./message-store.js";
import { RelationState } from "./relation-state.js";

/** Options of `createFakeOpenImServer`. */
export interface FakeOpenImServerOptions {
  /** Clock for message times, in milliseconds. Defaults to Date.now; times never go backwards. */
  readonly now?: () => number;
  /** Groups that exist from the start: group ID → member user IDs; the first member owns it. */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  /** User profiles that exist from the start (others are created at their first Login). */
  readonly users?: Readonly<Record<string, { readonly nickname?: string; readonly faceURL?: string }>>;
  /** When given, Login must present the user's token here (`TokenInvalid` otherwise). */
  readonly tokens?: Readonly<Record<string, string>>;
  /** Messages kept per conversation and user; storing one more evicts the oldest. Default 10 000. */
  readonly maxMessagesPerConversation?: number;
}

/**
 * The state shared by linked fake cores. Cores created with the same server see each other's
 * messages, friend requests and groups, and receive each other's events.
 */
export interface FakeOpenImServer {
  /** Copies of the messages `userID`'s store holds for a conversation, oldest first. */
  messages(userID: string, conversationID: string): IMMessage[];
}

/** A connected core as the server sees it: who is logged in there, and how to push it an event. */
export interface CoreConnection {
  readonly userID: string | undefined;
  push<E extends OpenImEventName>(name: E, payload: EventPayload<E>): void;
}

/** An event's data as a handler writes it: every field optional. */
export type EventPayload<E extends OpenImEventName> = Partial<OpenImEventData<E>>;

/** Per user and conversation: what the conversation list shows besides the messages. */
export interface ConversationSettings extends Omit<IMConversation, "latestMsg" | "latestMsgSendTime"> {
  hidden: boolean;
}

export class FakeServerState {
  private readonly clock: () => number;
  private lastTime = 0;
  private ids = 0;
  private readonly seqs = new Map<string, number>();
  private readonly messageStores = new Map<string, UserMessages>();
  private readonly settings = new Map<string, Map<string, ConversationSettings>>();
  private readonly connections = new Set<CoreConnection>();
  private readonly messageLimit: number;
  readonly users = new Map<string, IMUser>();
  readonly tokens: ReadonlyMap<string, string> | undefined;
  readonly relations = new RelationState();
  readonly groups: GroupState;
  /** Per user: the FCM token UpdateFcmToken set. */
  readonly fcmTokens = new Map<string, string>();
  private readonly commands = new Map<string, Map<string, CommandInfo>>();

  constructor(options: FakeOpenImServerOptions) {
    this.clock = options.now ?? Date.now;
    this.messageLimit = options.maxMessagesPerConversation ?? 10_000;
    if (!Number.isSafeInteger(this.messageLimit) || this.messageLimit < 1) {
      throw new TypeError("maxMessagesPerConversation must be a positive integer");
    }
    this.tokens = options.tokens ? new Map(Object.entries(options.tokens)) : undefined;
    for (const [userID, profile] of Object.entries(options.users ?? {})) this.ensureUser(userID, profile);
    this.groups = new GroupState();
    for (const [groupID, members] of Object.entries(options.groups ?? {})) {
      for (const member of members) this.ensureUser(member);
      this.groups.seed(groupID, members, this.now());
    }
  }

  /** Strictly increasing, so messages sent in one millisecond still sort by time. */
  now(): number {
    this.lastTime = Math.max(this.clock(), this.lastTime + 1);
    return this.lastTime;
  }

  nextID(prefix: string): string {
    this.ids++;
    return `${prefix}-${this.ids}`;
  }

  nextSeq(conversationID: string): number {
    const seq = (this.seqs.get(conversationID) ?? 0) + 1;
    this.seqs.set(conversationID, seq);
    return seq;
  }

  ensureUser(userID: string, profile: { nickname?: string; faceURL?: string } = {}): IMUser {
    let user = this.users.get(userID);
    if (!user) {
      user = {
        userID,
        nickname: profile.nickname ?? userID,
        faceURL: profile.faceURL ?? "",
        ex: "",
        createTime: this.now(),
        globalRecvMsgOpt: 0,
        attached: "",
      };
      this.users.set(userID, user);
    }
    return user;
  }

  user(userID: string): IMUser {
    const user = this.users.get(userID);
    if (!user) throw notFound(`user ${userID} does not exist`);
    return user;
  }

  group(groupID: string): GroupRecord {
    return this.groups.get(groupID);
  }

  messagesOf(userID: string): UserMessages {
    let store = this.messageStores.get(userID);
    if (!store) {
      store = new UserMessages(this.messageLimit);
      this.messageStores.set(userID, store);
    }
    return store;
  }

  /** A user's commands, keyed by type and uuid. */
  commandsOf(userID: string): Map<string, CommandInfo> {
    let mine = this.commands.get(userID);
    if (!mine) {
      mine = new Map();
      this.commands.set(userID, mine);
    }
    return mine;
  }

  /** Every user who has a message store. */
  storeOwners(): string[] {
    return [...this.messageStores.keys()];
  }

  /** A user's settings of a conversation, created (visible) on first use. */
  conversation(userID: string, conversationID: string): ConversationSettings {
    let mine = this.settings.get(userID);
    if (!mine) {
      mine = new Map();
      this.settings.set(userID, mine);
    }
    let found = mine.get(conversationID);
    if (!found) {
      found = this.newConversation(userID, conversationID);
      mine.set(conversationID, found);
    }
    return found;
  }

  hasConversation(userID: string, conversationID: string): boolean {
    return this.settings.get(userID)?.has(conversationID) ?? false;
  }

  forgetConversation(userID: string, conversationID: string): boolean {
    return this.settings.get(userID)?.delete(conversationID) ?? false;
  }

  conversationIDs(userID: string): string[] {
    return [...(this.settings.get(userID)?.keys() ?? [])];
  }

  /** The IMConversation a user sees: settings, the newest message and its time. */
  conversationView(userID: string, conversationID: string): IMConversation {
    const { hidden: _hidden, ...settings } = this.conversation(userID, conversationID);
    const list = this.messagesOf(userID).list(conversationID);
    const latest = list[list.length - 1];
    return {
      ...settings,
      latestMsg: latest ? copyMessage(latest) : undefined,
      latestMsgSendTime: latest?.sendTime ?? 0,
    };
  }

  private newConversation(userID: string, conversationID: string): ConversationSettings {
    // The codec's defaults for every field; the newest message is looked up, not stored.
    const {
      latestMsg: _latest,
      latestMsgSendTime: _time,
      ...defaults
    } = IMConversation.fromPartial({
      conversationID,
      conversationType: SessionType.Single,
    });
    const base: ConversationSettings = { ...defaults, hidden: false };
    if (conversationID.startsWith("sg_")) {
      const groupID = conversationID.slice(3);
      const group = this.groups.find(groupID);
      return {
        ...base,
        conversationType: SessionType.ReadGroup,
        groupID,
        showName: group?.info.groupName ?? groupID,
        faceURL: group?.info.faceURL ?? "",
      };
    }
    if (conversationID.startsWith("si_")) {
      const peer = conversationID
        .slice(3)
        .split("_")
        .find((id) => id !== userID);
      const peerID = peer ?? userID;
      const profile = this.users.get(peerID);
      return {
        ...base,
        userID: peerID,
        showName: profile?.nickname ?? peerID,
        faceURL: profile?.faceURL ?? "",
      };
    }
    return { ...base, conversationType: SessionType.Notification };
  }

  connect(connection: CoreConnection): void {
    this.connections.add(connection);
  }

  disconnect(connection: CoreConnection): void {
    this.connections.delete(connection);
  }

  /** Pushes an event to every core where one of these users is logged in, except `except`. */
  push<E extends OpenImEventName>(
    userIDs: Iterable<string>,
    name: E,
    payload: EventPayload<E>,
    except?: CoreConnection,
  ): void {
    const users = new Set(userIDs);
    for (const connection of this.connections) {
      if (connection === except || connection.userID === undefined || !users.has(connection.userID)) continue;
      connection.push(name, payload);
    }
  }
}

/** The conversation a message to `recvID` or `groupID` from `userID` belongs to. */
export function conversationOf(userID: string, recvID: string, groupID: string): string {
  return groupID === "" ? singleConversationID(userID, recvID) : groupConversationID(groupID);
}

/** A group member list as it is answered: copies. */
export const copyMembers = (members: Iterable<IMGroupMember>): IMGroupMember[] =>
  [...members].map((member) => ({ ...member }));

export const copyGroup = (group: IMGroup): IMGroup => ({ ...group });

const states = new WeakMap<FakeOpenImServer, FakeServerState>();

/** Creates the server state that fake cores share; cores given one server see each other's messages. */
export function createFakeOpenImServer(options: FakeOpenImServerOptions = {}): FakeOpenImServer {
  const state = new FakeServerState(options);
  const server: FakeOpenImServer = {
    messages: (userID, conversationID) => state.messagesOf(userID).list(conversationID).map(copyMessage),
  };
  states.set(server, state);
  return server;
}

export function serverState(server: FakeOpenImServer): FakeServerState {
  const state = states.get(server);
  if (!state) throw new TypeError("not a server made by createFakeOpenImServer");
  return state;
}
