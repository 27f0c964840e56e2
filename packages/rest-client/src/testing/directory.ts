import { BoundedMap } from "./bounded-map.js";

/** A user the fake knows: registered through the API, or the token's own user. */
export interface FakeUser {
  userId: bigint;
  username: string;
  password: string;
  nickName?: string;
}

export interface FakeGroup {
  groupId: bigint;
  name: string;
  owner: bigint;
  type: number;
  description: string;
  avatar: string;
  createdAt: number;
  /** Member → when they joined. */
  members: Map<bigint, number>;
}

export interface DirectoryLimits {
  maxUsers: number;
  maxGroups: number;
  maxTokens: number;
}

/**
 * Users, their tokens and groups, in memory. Each store keeps at most its limit: the oldest
 * entries are evicted first (a token of an evicted user then stops working).
 */
export class Directory {
  readonly users: BoundedMap<bigint, FakeUser>;
  readonly groups: BoundedMap<bigint, FakeGroup>;
  /** Issued token → user. */
  readonly tokens: BoundedMap<string, bigint>;
  private nextUserId: bigint;
  private nextGroupId: bigint;
  private tokenCounter = 0;

  constructor(firstUserId: bigint, firstGroupId: bigint, limits: DirectoryLimits) {
    this.nextUserId = firstUserId;
    this.nextGroupId = firstGroupId;
    this.users = new BoundedMap(limits.maxUsers);
    this.groups = new BoundedMap(limits.maxGroups);
    this.tokens = new BoundedMap(limits.maxTokens);
  }

  findByName(username: string): FakeUser | undefined {
    for (const user of this.users.values()) if (user.username === username) return user;
    return undefined;
  }

  register(username: string, password: string): FakeUser | undefined {
    if (this.findByName(username)) return undefined;
    const user: FakeUser = { userId: this.nextUserId++, username, password };
    this.users.set(user.userId, user);
    return user;
  }

  issueToken(userId: bigint): string {
    this.tokenCounter++;
    const token = `fake-user-token-${userId}-${this.tokenCounter}`;
    this.tokens.set(token, userId);
    return token;
  }

  createGroup(
    owner: bigint,
    fields: { name?: string; type?: number; description?: string; avatar?: string },
  ) {
    const now = Date.now();
    const group: FakeGroup = {
      groupId: this.nextGroupId++,
      name: fields.name ?? "",
      owner,
      type: fields.type ?? 0,
      description: fields.description ?? "",
      avatar: fields.avatar ?? "",
      createdAt: now,
      members: new Map([[owner, now]]),
    };
    this.groups.set(group.groupId, group);
    return group;
  }
}
