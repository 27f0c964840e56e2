import type { IMBlack, IMFriend, IMFriendRequest } from "../gen/shared.js";

/** Friends (one-way records, as OpenIM keeps them), friend requests and blacklists of every user. */
export class RelationState {
  private readonly friends = new Map<string, Map<string, IMFriend>>();
  private readonly blacks = new Map<string, Map<string, IMBlack>>();
  readonly requests: IMFriendRequest[] = [];

  friendsOf(ownerUserID: string): Map<string, IMFriend> {
    let mine = this.friends.get(ownerUserID);
    if (!mine) {
      mine = new Map();
      this.friends.set(ownerUserID, mine);
    }
    return mine;
  }

  blacksOf(ownerUserID: string): Map<string, IMBlack> {
    let mine = this.blacks.get(ownerUserID);
    if (!mine) {
      mine = new Map();
      this.blacks.set(ownerUserID, mine);
    }
    return mine;
  }

  isFriend(ownerUserID: string, otherUserID: string): boolean {
    return this.friends.get(ownerUserID)?.has(otherUserID) ?? false;
  }

  /** Whether `ownerUserID` has `otherUserID` on their blacklist. */
  hasBlocked(ownerUserID: string, otherUserID: string): boolean {
    return this.blacks.get(ownerUserID)?.has(otherUserID) ?? false;
  }

  /** The newest unhandled request from one user to another. */
  pendingRequest(fromUserID: string, toUserID: string): IMFriendRequest | undefined {
    return [...this.requests]
      .reverse()
      .find(
        (request) =>
          request.fromUserID === fromUserID && request.toUserID === toUserID && request.handleResult === 0,
      );
  }
}
