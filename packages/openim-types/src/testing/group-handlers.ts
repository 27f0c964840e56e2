import { ApprovalStatus } from "../gen/common.js";
import { ErrorCode } from "../gen/error.js";
import { GroupFilter } from "../gen/group.js";
import {
  GroupJoinSource,
  GroupNeedVerification,
  GroupStatus,
  type IMGroupMember,
  type IMGroupRequest,
} from "../gen/shared.js";
import type { CallContext, Handlers } from "./call-context.js";
import { FakeCoreFault, invalidArgument, noPermission, required } from "./fake-fault.js";
import { copyGroup, copyMembers } from "./fake-server.js";
import { type GroupRecord, GroupRole } from "./group-state.js";
import { paginate } from "./paginate.js";

function memberOf(record: GroupRecord, userID: string): IMGroupMember {
  const member = record.members.get(userID);
  if (!member)
    throw new FakeCoreFault(ErrorCode.SrvNotInGroupYet, `${userID} is not in group ${record.info.groupID}`);
  return member;
}

function requireRole(record: GroupRecord, userID: string, level: number): IMGroupMember {
  const member = memberOf(record, userID);
  if (member.roleLevel < level) {
    const role = level === GroupRole.Owner ? "the owner" : "an owner or admin";
    throw noPermission(`only ${role} of group ${record.info.groupID} may do this`);
  }
  return member;
}

const memberIDs = (record: GroupRecord) => [...record.members.keys()];

/** Adds users to a group and tells everyone: the newcomers their new group, the group its new members. */
function admit(
  context: CallContext,
  record: GroupRecord,
  userIDs: readonly string[],
  source: GroupJoinSource,
  inviter: string,
) {
  const { server } = context;
  for (const userID of userIDs) {
    if (record.members.has(userID)) continue;
    server.ensureUser(userID);
    const member = server.groups.addMember(record, userID, GroupRole.Member, server.now(), source, inviter);
    member.nickname = server.users.get(userID)?.nickname ?? userID;
    context.notify([userID], "EventOnJoinedGroupAdded", { group: copyGroup(record.info) });
    context.notify(memberIDs(record), "EventOnGroupMemberAdded", { member: { ...member } });
  }
}

function remove(context: CallContext, record: GroupRecord, userID: string) {
  const member = context.server.groups.removeMember(record, userID);
  if (!member) return;
  context.notify([userID], "EventOnJoinedGroupDeleted", { group: copyGroup(record.info) });
  context.notify([...memberIDs(record), userID], "EventOnGroupMemberDeleted", { member });
}

function groupChanged(context: CallContext, record: GroupRecord) {
  context.notify(memberIDs(record), "EventOnGroupInfoChanged", { group: copyGroup(record.info) });
}

function memberChanged(context: CallContext, record: GroupRecord, member: IMGroupMember) {
  context.notify(memberIDs(record), "EventOnGroupMemberInfoChanged", { member: { ...member } });
}

const filters: Record<number, (member: IMGroupMember) => boolean> = {
  [GroupFilter.All]: () => true,
  [GroupFilter.Owner]: (m) => m.roleLevel === GroupRole.Owner,
  [GroupFilter.Admin]: (m) => m.roleLevel === GroupRole.Admin,
  [GroupFilter.OrdinaryUsers]: (m) => m.roleLevel === GroupRole.Member,
  [GroupFilter.AdminAndOrdinaryUsers]: (m) => m.roleLevel !== GroupRole.Owner,
  [GroupFilter.OwnerAndAdmin]: (m) => m.roleLevel !== GroupRole.Member,
};

/** Groups, their members and join requests. Changes are pushed to every member's cores. */
export const groupHandlers: Handlers = {
  CreateGroup: ({ memberUserIDs, adminUserIDs, groupInfo }, context) => {
    const { server, userID } = context;
    const groupID = groupInfo?.groupID || server.nextID("group");
    const { memberCount: _count, createTime: _time, status: _status, ...info } = groupInfo ?? {};
    const record = server.groups.create(
      { ...info, groupID, ownerUserID: userID, creatorUserID: userID },
      server.now(),
    );
    server.groups.addMember(record, userID, GroupRole.Owner, server.now(), GroupJoinSource.Admin, userID);
    context.notify([userID], "EventOnJoinedGroupAdded", { group: copyGroup(record.info) });
    admit(
      context,
      record,
      [...adminUserIDs, ...memberUserIDs].filter((id) => id !== userID),
      GroupJoinSource.Invitation,
      userID,
    );
    for (const adminID of adminUserIDs) {
      const admin = record.members.get(adminID);
      if (admin) admin.roleLevel = GroupRole.Admin;
    }
    return { groupInfo: copyGroup(record.info) };
  },

  JoinGroup: ({ groupID, reqMessage, joinSource, ex }, context) => {
    const { server, userID } = context;
    const record = server.groups.get(required(groupID, "groupID"));
    if (record.members.has(userID))
      throw new FakeCoreFault(ErrorCode.SrvRelationshipAlready, `${userID} is in ${groupID} already`);
    if (record.info.needVerification === GroupNeedVerification.DirectAccess) {
      admit(context, record, [userID], joinSource, "");
      return {};
    }
    const user = server.ensureUser(userID);
    const request: IMGroupRequest = {
      groupID,
      groupName: record.info.groupName,
      notification: record.info.notification,
      introduction: record.info.introduction,
      groupFaceURL: record.info.faceURL,
      createTime: record.info.createTime,
      status: record.info.status,
      creatorUserID: record.info.creatorUserID,
      ownerUserID: record.info.ownerUserID,
      memberCount: record.members.size,
      userID,
      nickname: user.nickname,
      userFaceURL: user.faceURL,
      handleResult: ApprovalStatus.Default,
      reqMsg: reqMessage,
      handledMsg: "",
      reqTime: server.now(),
      handleUserID: "",
      handledTime: 0,
      ex,
      attachedInfo: "",
      joinSource,
      inviterUserID: "",
    };
    server.groups.requests.push(request);
    const deciders = [...record.members.values()]
      .filter((m) => m.roleLevel >= GroupRole.Admin)
      .map((m) => m.userID);
    context.notify([userID, ...deciders], "EventOnGroupApplicationAdded", { request: { ...request } });
    return {};
  },

  QuitGroup: ({ groupID }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const member = memberOf(record, context.userID);
    if (member.roleLevel === GroupRole.Owner)
      throw noPermission("the owner cannot quit; transfer or dismiss the group");
    remove(context, record, context.userID);
    return {};
  },

  DismissGroup: ({ groupID }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    requireRole(record, context.userID, GroupRole.Owner);
    record.info.status = GroupStatus.Dismissed;
    context.notify(memberIDs(record), "EventOnGroupDismissed", { group: copyGroup(record.info) });
    return {};
  },

  ChangeGroupMute: ({ groupID, mute }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    requireRole(record, context.userID, GroupRole.Admin);
    record.muted = mute;
    groupChanged(context, record);
    return {};
  },

  ChangeGroupMemberMute: ({ groupID, userID, mutedSeconds }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const actor = requireRole(record, context.userID, GroupRole.Admin);
    const member = memberOf(record, userID);
    if (member.roleLevel >= actor.roleLevel) throw noPermission(`${context.userID} cannot mute ${userID}`);
    member.muteEndTime = mutedSeconds === 0 ? 0 : context.server.now() + mutedSeconds * 1000;
    member.operatorUserID = context.userID;
    memberChanged(context, record, member);
    return {};
  },

  TransferGroupOwner: ({ groupID, ownerUserID }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const owner = requireRole(record, context.userID, GroupRole.Owner);
    const next = memberOf(record, required(ownerUserID, "ownerUserID"));
    owner.roleLevel = GroupRole.Member;
    next.roleLevel = GroupRole.Owner;
    record.info.ownerUserID = next.userID;
    groupChanged(context, record);
    memberChanged(context, record, owner);
    memberChanged(context, record, next);
    return {};
  },

  KickGroupMember: ({ groupID, kickedUserIDs }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const actor = requireRole(record, context.userID, GroupRole.Admin);
    for (const userID of kickedUserIDs) {
      if (memberOf(record, userID).roleLevel >= actor.roleLevel)
        throw noPermission(`${context.userID} cannot remove ${userID}`);
    }
    for (const userID of kickedUserIDs) remove(context, record, userID);
    return {};
  },

  SetGroupInfo: (request, context) => {
    const record = context.server.groups.get(required(request.groupID, "groupID"));
    requireRole(record, context.userID, GroupRole.Admin);
    const { groupID: _id, _unknownFields: _unknown, ...changes } = request;
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) (record.info as unknown as Record<string, unknown>)[key] = value;
    }
    if (changes.notification !== undefined) {
      record.info.notificationUpdateTime = context.server.now();
      record.info.notificationUserID = context.userID;
    }
    groupChanged(context, record);
    return {};
  },

  SetGroupMemberInfo: (request, context) => {
    const record = context.server.groups.get(required(request.groupID, "groupID"));
    const member = memberOf(record, required(request.userID, "userID"));
    const actor = memberOf(record, context.userID);
    if (member.userID !== context.userID && actor.roleLevel < GroupRole.Admin) {
      throw noPermission(`${context.userID} cannot change ${member.userID}`);
    }
    if (request.roleLevel !== undefined && actor.roleLevel < GroupRole.Owner) {
      throw noPermission("only the owner may change roles");
    }
    const { groupID: _g, userID: _u, _unknownFields: _unknown, ...changes } = request;
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) (member as unknown as Record<string, unknown>)[key] = value;
    }
    memberChanged(context, record, member);
    return {};
  },

  GetJoinedGroups: (_request, context) => ({
    groups: context.server.groups.joinedBy(context.userID).map((record) => copyGroup(record.info)),
  }),

  GetJoinedGroupsPage: ({ pagination }, context) => ({
    groups: paginate(context.server.groups.joinedBy(context.userID), pagination).map((record) =>
      copyGroup(record.info),
    ),
  }),

  GetSpecifiedGroupsInfo: ({ groupIDs }, context) => ({
    groups: groupIDs.flatMap((id) => {
      const record = context.server.groups.find(id);
      return record ? [copyGroup(record.info)] : [];
    }),
  }),

  SearchGroups: ({ keyword, searchGroupID, searchGroupName }, context) => {
    const needle = required(keyword, "keyword").toLowerCase();
    if (!searchGroupID && !searchGroupName) throw invalidArgument("search by group ID, group name, or both");
    return {
      groups: context.server.groups
        .joinedBy(context.userID)
        .filter(
          ({ info }) =>
            (searchGroupID && info.groupID.toLowerCase().includes(needle)) ||
            (searchGroupName && info.groupName.toLowerCase().includes(needle)),
        )
        .map((record) => copyGroup(record.info)),
    };
  },

  GetGroupMemberOwnerAndAdmin: ({ groupID }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    return {
      members: copyMembers([...record.members.values()].filter((m) => m.roleLevel >= GroupRole.Admin)),
    };
  },

  GetGroupMembersByJoinTimeFilter: ({ groupID, joinTimeBegin, joinTimeEnd, pagination }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const end = joinTimeEnd === 0 ? Number.POSITIVE_INFINITY : joinTimeEnd;
    const members = [...record.members.values()].filter(
      (m) => m.joinTime >= joinTimeBegin && m.joinTime <= end,
    );
    return { members: copyMembers(paginate(members, pagination)) };
  },

  GetSpecifiedGroupMembersInfo: ({ groupID, userIDs }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    return { members: copyMembers(userIDs.flatMap((id) => record.members.get(id) ?? [])) };
  },

  GetGroupMembers: ({ groupID, filter, pagination }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const keep = filters[filter];
    if (!keep) throw invalidArgument(`filter ${filter} is not a GroupFilter`);
    return { members: copyMembers(paginate([...record.members.values()].filter(keep), pagination)) };
  },

  GetGroupRequest: ({ send }, context) => {
    const { server, userID } = context;
    const deciding = new Set(
      server.groups
        .joinedBy(userID)
        .filter((record) => (record.members.get(userID)?.roleLevel ?? 0) >= GroupRole.Admin)
        .map((record) => record.info.groupID),
    );
    const requests = server.groups.requests.filter((request) =>
      send ? request.userID === userID : deciding.has(request.groupID),
    );
    return { requests: requests.map((request) => ({ ...request })) };
  },

  SearchGroupMembers: ({ groupID, Keyword, searchUserID, searchMemberNickname, pagination }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    const needle = required(Keyword, "Keyword").toLowerCase();
    const members = [...record.members.values()].filter(
      (m) =>
        (searchUserID && m.userID.toLowerCase().includes(needle)) ||
        (searchMemberNickname && m.nickname.toLowerCase().includes(needle)),
    );
    return { members: copyMembers(paginate(members, pagination)) };
  },

  IsJoinGroup: ({ groupID, userID }, context) => {
    const record = context.server.groups.find(required(groupID, "groupID"));
    const who = userID || context.userID;
    return {
      joined: record !== undefined && record.info.status !== GroupStatus.Dismissed && record.members.has(who),
    };
  },

  GetUsersInGroup: ({ groupID, userIDs }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    return { userIDs: userIDs.filter((id) => record.members.has(id)) };
  },

  InviteUserToGroup: ({ groupID, userIDs }, context) => {
    const record = context.server.groups.get(required(groupID, "groupID"));
    memberOf(record, context.userID);
    if (userIDs.length === 0) throw invalidArgument("userIDs is empty");
    admit(context, record, userIDs, GroupJoinSource.Invitation, context.userID);
    return {};
  },

  HandlerGroupRequest: ({ groupID, fromUserID, handledMsg, status }, context) => {
    const { server } = context;
    const record = server.groups.get(required(groupID, "groupID"));
    requireRole(record, context.userID, GroupRole.Admin);
    const request = [...server.groups.requests]
      .reverse()
      .find(
        (r) => r.groupID === groupID && r.userID === fromUserID && r.handleResult === ApprovalStatus.Default,
      );
    if (!request)
      throw new FakeCoreFault(ErrorCode.RecordNotFound, `no pending request of ${fromUserID} to ${groupID}`);
    if (status !== ApprovalStatus.Approved && status !== ApprovalStatus.Rejected) {
      throw invalidArgument("status must be Approved or Rejected");
    }
    request.handleResult = status;
    request.handledMsg = handledMsg;
    request.handleUserID = context.userID;
    request.handledTime = server.now();
    const deciders = [...record.members.values()]
      .filter((m) => m.roleLevel >= GroupRole.Admin)
      .map((m) => m.userID);
    const event =
      status === ApprovalStatus.Approved
        ? "EventOnGroupApplicationAccepted"
        : "EventOnGroupApplicationRejected";
    context.notify([fromUserID, ...deciders], event, { request: { ...request } });
    if (status === ApprovalStatus.Approved)
      admit(context, record, [fromUserID], request.joinSource, context.userID);
    return {};
  },
};
