import { ApprovalStatus } from "../gen/common.js";
import { ErrorCode } from "../gen/error.js";
import { CheckFriendResult, Relationship } from "../gen/relation.js";
import type { IMFriend, IMFriendRequest } from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { FakeCoreFault, notFound, required } from "./fake-fault.js";
import { paginate } from "./paginate.js";

function friendRecord(context: CallContext, ownerUserID: string, friendUserID: string): IMFriend {
  const profile = context.server.ensureUser(friendUserID);
  return {
    ownerUserID,
    friendUserID,
    remark: "",
    createTime: context.server.now(),
    addSource: 0,
    operatorUserID: context.userID,
    nickname: profile.nickname,
    faceURL: profile.faceURL,
    ex: "",
    attachedInfo: "",
    isPinned: false,
  };
}

function friendsOf(context: CallContext, filterBlack: boolean): IMFriend[] {
  const { relations } = context.server;
  return [...relations.friendsOf(context.userID).values()]
    .filter((friend) => !filterBlack || !relations.hasBlocked(context.userID, friend.friendUserID))
    .map((friend) => ({ ...friend }));
}

/** Friends, friend requests and the blacklist. Both sides' cores hear of each change. */
export const relationHandlers: Handlers = {
  GetSpecifiedFriends: ({ friendUserIDs, filterBlack }, context) => {
    const wanted = new Set(friendUserIDs);
    return { friends: friendsOf(context, filterBlack).filter((friend) => wanted.has(friend.friendUserID)) };
  },

  AddFriend: ({ userID, reqMsg, ex }, context) => {
    const { server } = context;
    const from = context.userID;
    required(userID, "userID");
    if (userID === from) throw new FakeCoreFault(ErrorCode.SrvCanNotAddYourself, "you cannot add yourself");
    if (server.relations.isFriend(from, userID)) {
      throw new FakeCoreFault(ErrorCode.SrvRelationshipAlready, `${userID} is a friend already`);
    }
    if (server.relations.hasBlocked(userID, from)) {
      throw new FakeCoreFault(ErrorCode.SrvBlockedByPeer, `${userID} has blocked ${from}`);
    }
    const sender = server.ensureUser(from);
    const receiver = server.ensureUser(userID);
    const request: IMFriendRequest = {
      fromUserID: from,
      fromNickname: sender.nickname,
      fromFaceURL: sender.faceURL,
      toUserID: userID,
      toNickname: receiver.nickname,
      toFaceURL: receiver.faceURL,
      handleResult: ApprovalStatus.Default,
      reqMsg,
      createTime: server.now(),
      handlerUserID: "",
      handleMsg: "",
      handleTime: 0,
      ex,
      attached: "",
    };
    server.relations.requests.push(request);
    context.notify([from, userID], "EventOnFriendApplicationAdded", { request: { ...request } });
    return {};
  },

  GetFriendRequests: ({ send }, context) => ({
    requests: context.server.relations.requests
      .filter((request) => (send ? request.fromUserID : request.toUserID) === context.userID)
      .map((request) => ({ ...request })),
  }),

  HandlerFriendRequest: ({ userID, handleMsg, status }, context) => {
    const { server } = context;
    const me = context.userID;
    const request = server.relations.pendingRequest(required(userID, "userID"), me);
    if (!request) throw notFound(`no pending friend request from ${userID}`);
    if (status !== ApprovalStatus.Approved && status !== ApprovalStatus.Rejected) {
      throw new FakeCoreFault(ErrorCode.Args, "status must be Approved or Rejected");
    }
    request.handleResult = status;
    request.handleMsg = handleMsg;
    request.handlerUserID = me;
    request.handleTime = server.now();
    if (status === ApprovalStatus.Rejected) {
      context.notify([userID, me], "EventOnFriendApplicationRejected", { request: { ...request } });
      return {};
    }
    context.notify([userID, me], "EventOnFriendApplicationAccepted", { request: { ...request } });
    for (const [owner, other] of [
      [me, userID],
      [userID, me],
    ] as const) {
      const friend = friendRecord(context, owner, other);
      server.relations.friendsOf(owner).set(other, friend);
      context.notify([owner], "EventOnFriendAdded", { friend: { ...friend } });
    }
    return {};
  },

  CheckFriend: ({ friendUserIDs }, context) => ({
    result: friendUserIDs.map((userID) => ({
      userID,
      result: context.server.relations.isFriend(context.userID, userID)
        ? CheckFriendResult.IsFriend
        : CheckFriendResult.NotFriend,
    })),
  }),

  DeleteFriend: ({ userID }, context) => {
    const mine = context.server.relations.friendsOf(context.userID);
    const friend = mine.get(required(userID, "userID"));
    if (!friend) throw notFound(`${userID} is not a friend`);
    // One-way, as OpenIM does it: the other side keeps its record.
    mine.delete(userID);
    context.notify([context.userID], "EventOnFriendDeleted", { friend });
    return {};
  },

  GetFriends: ({ filterBlack }, context) => ({ friends: friendsOf(context, filterBlack) }),

  GetFriendsPage: ({ filterBlack, pagination }, context) => ({
    friends: paginate(friendsOf(context, filterBlack), pagination),
  }),

  SearchFriends: ({ keyword, searchUserID, searchNickname, searchRemark }, context) => {
    const needle = required(keyword, "keyword").toLowerCase();
    const hit = (value: string) => value.toLowerCase().includes(needle);
    return {
      friends: friendsOf(context, false)
        .filter(
          (friend) =>
            (searchUserID && hit(friend.friendUserID)) ||
            (searchNickname && hit(friend.nickname)) ||
            (searchRemark && hit(friend.remark)),
        )
        .map((friend) => ({
          friend,
          relationship: context.server.relations.hasBlocked(context.userID, friend.friendUserID)
            ? Relationship.Black
            : Relationship.Friend,
        })),
    };
  },

  AddBlack: ({ userID, ex }, context) => {
    const { server } = context;
    required(userID, "userID");
    if (userID === context.userID) throw new FakeCoreFault(ErrorCode.Args, "you cannot block yourself");
    const profile = server.ensureUser(userID);
    const black = {
      ownerUserID: context.userID,
      blockUserID: userID,
      nickname: profile.nickname,
      faceURL: profile.faceURL,
      createTime: server.now(),
      addSource: 0,
      operatorUserID: context.userID,
      ex,
      attached: "",
    };
    server.relations.blacksOf(context.userID).set(userID, black);
    context.notify([context.userID], "EventOnBlackAdded", { black: { ...black } });
    return {};
  },

  DeleteBlack: ({ userID }, context) => {
    const blacks = context.server.relations.blacksOf(context.userID);
    const black = blacks.get(required(userID, "userID"));
    if (!black) throw notFound(`${userID} is not on the blacklist`);
    blacks.delete(userID);
    context.notify([context.userID], "EventOnBlackDeleted", { black });
    return {};
  },

  GetBlacks: (_request, context) => ({
    blacks: [...context.server.relations.blacksOf(context.userID).values()].map((black) => ({ ...black })),
  }),

  UpdateFriends: ({ userID, pinned, Remark, ex }, context) => {
    const friend = context.server.relations.friendsOf(context.userID).get(required(userID, "userID"));
    if (!friend) throw notFound(`${userID} is not a friend`);
    if (pinned !== undefined) friend.isPinned = pinned;
    if (Remark !== undefined) friend.remark = Remark;
    if (ex !== undefined) friend.ex = ex;
    context.notify([context.userID], "EventOnFriendInfoChanged", { friend: { ...friend } });
    return {};
  },
};
