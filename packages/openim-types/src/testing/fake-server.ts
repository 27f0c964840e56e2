import { IMMessage } from "../gen/shared.js";
import { FakeCoreErrorCode, FakeCoreFault } from "./fake-fault.js";

export interface FakeOpenImServerOptions {
  /** Clock for message times, in milliseconds. Defaults to Date.now; times never go backwards. */
  readonly now?: () => number;
  /** Group memberships: group ID → member user IDs. Sending to any other group fails. */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The state shared by linked fake cores: every user's message store, per-conversation sequence
 * numbers and server message IDs. Cores created with the same server see each other's messages.
 */
export interface FakeOpenImServer {
  /** Copies of the messages `userID`'s store holds for a conversation, oldest first. */
  messages(userID: string, conversationID: string): IMMessage[];
}

/** A connected core as the server sees it: who it is and how to push an event to it. */
export interface CoreConnection {
  readonly userID: string;
  push(event: Uint8Array): void;
}

/** Deep copy through the codec, so stores never share objects and unknown fields survive. */
export const copyMessage = (message: IMMessage): IMMessage =>
  IMMessage.decode(IMMessage.encode(message).finish());

export class FakeServerState {
  private readonly clock: () => number;
  private lastTime = 0;
  private ids = 0;
  private readonly seqs = new Map<string, number>();
  private readonly stores = new Map<string, Map<string, IMMessage[]>>();
  private readonly connections = new Set<CoreConnection>();
  readonly groups: ReadonlyMap<string, readonly string[]>;

  constructor(options: FakeOpenImServerOptions) {
    this.clock = options.now ?? Date.now;
    this.groups = new Map(Object.entries(options.groups ?? {}));
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

  groupMembers(groupID: string): readonly string[] {
    const members = this.groups.get(groupID);
    if (!members) throw new FakeCoreFault(FakeCoreErrorCode.NotFound, `group ${groupID} does not exist`);
    return members;
  }

  /** The live list of a user's messages in a conversation, oldest first. */
  conversation(userID: string, conversationID: string): IMMessage[] {
    let store = this.stores.get(userID);
    if (!store) {
      store = new Map();
      this.stores.set(userID, store);
    }
    let list = store.get(conversationID);
    if (!list) {
      list = [];
      store.set(conversationID, list);
    }
    return list;
  }

  find(userID: string, conversationID: string, clientMsgID: string): IMMessage {
    const found = this.conversation(userID, conversationID).find((m) => m.clientMsgID === clientMsgID);
    if (!found)
      throw new FakeCoreFault(
        FakeCoreErrorCode.NotFound,
        `message ${clientMsgID} is not in ${conversationID}`,
      );
    return found;
  }

  /** Every user whose store holds the conversation. */
  holders(conversationID: string): string[] {
    return [...this.stores].filter(([, store]) => store.has(conversationID)).map(([userID]) => userID);
  }

  connect(connection: CoreConnection): void {
    this.connections.add(connection);
  }

  disconnect(connection: CoreConnection): void {
    this.connections.delete(connection);
  }

  /** Pushes an event to every connected core of these users except the one that caused it. */
  broadcast(userIDs: Iterable<string>, except: CoreConnection, event: Uint8Array): void {
    const users = new Set(userIDs);
    for (const connection of this.connections) {
      if (connection !== except && users.has(connection.userID)) connection.push(event);
    }
  }
}

const states = new WeakMap<FakeOpenImServer, FakeServerState>();

export function createFakeOpenImServer(options: FakeOpenImServerOptions = {}): FakeOpenImServer {
  const state = new FakeServerState(options);
  const server: FakeOpenImServer = {
    messages: (userID, conversationID) => state.conversation(userID, conversationID).map(copyMessage),
  };
  states.set(server, state);
  return server;
}

export function serverState(server: FakeOpenImServer): FakeServerState {
  const state = states.get(server);
  if (!state) throw new TypeError("not a server made by createFakeOpenImServer");
  return state;
}
