import { ErrorCode } from "../gen/error.js";
import {
  GroupApplyMemberFriend,
  GroupJoinSource,
  GroupLookMemberInfo,
  GroupNeedVerification,
  GroupStatus,
  type IMGroup,
  type IMGroupMember,
  type IMGroupRequest,
} from "../gen/shared.js";
import { FakeCoreFault } from "./fake-fault.js";

/** OpenIM's role levels of a group member. */
export const GroupRole = { Owner: 100, Admin: 60, Member: 20 } as const;

export interface GroupRecord {
  info: IMGroup;
  readonly members: Map<string, IMGroupMember>;
  /** ChangeGroupMute: only the owner and admins may send. */
  muted: boolean;
}

/** Every group of the server, its members, and join requests. */
export class GroupState {
  private readonly groups = new Map<string, GroupRecord>();
  readonly requests: IMGroupRequest[] = [];

  seed(groupID: string, memberIDs: readonly string[], now: number): GroupRecord {
    const [owner = ""] = memberIDs;
    const record = this.create(
      { groupID, groupName: groupID, ownerUserID: owner, creatorUserID: owner },
      now,
    );
    for (const userID of memberIDs) {
      this.addMember(
        record,
        userID,
        userID === owner ? GroupRole.Owner : GroupRole.Member,
        now,
        GroupJoinSource.Invitation,
        owner,
      );
    }
    return record;
  }

  create(info: Partial<IMGroup> & { groupID: string }, now: number): GroupRecord {
    if (this.groups.has(info.groupID)) {
      throw new FakeCoreFault(ErrorCode.SrvGroupIDExisted, `group ${info.groupID} already exists`);
    }
    const record: GroupRecord = {
      info: {
        groupName: "",
        notification: "",
        introduction: "",
        faceURL: "",
        ownerUserID: "",
        ex: "",
        creatorUserID: "",
        needVerification: GroupNeedVerification.ApplyNeedVerificationInviteDirectly,
        lookMemberInfo: GroupLookMemberInfo.ProhibitGroupLookMemberInfo,
        applyMemberFriend: GroupApplyMemberFriend.ProhibitGroupApplyMemberFriend,
        notificationUpdateTime: 0,
        notificationUserID: "",
        attachedInfo: "",
        ...info,
        createTime: now,
        memberCount: 0,
        status: GroupStatus.Default,
      },
      members: new Map(),
      muted: false,
    };
    this.groups.set(info.groupID, record);
    return record;
  }

  addMember(
    record: GroupRecord,
    userID: string,
    roleLevel: number,
    now: number,
    joinSource: GroupJoinSource,
    inviterUserID: string,
  ): IMGroupMember {
    const member: IMGroupMember = {
      groupID: record.info.groupID,
      userID,
      nickname: userID,
      faceURL: "",
      roleLevel,
      joinTime: now,
      joinSource,
      inviterUserID,
      muteEndTime: 0,
      operatorUserID: inviterUserID,
      ex: "",
      attachedInfo: "",
    };
    record.members.set(userID, member);
    record.info.memberCount = record.members.size;
    return member;
  }

  removeMember(record: GroupRecord, userID: string): IMGroupMember | undefined {
    const member = record.members.get(userID);
    record.members.delete(userID);
    record.info.memberCount = record.members.size;
    return member;
  }

  find(groupID: string): GroupRecord | undefined {
    return this.groups.get(groupID);
  }

  /** A group that exists and is not dismissed; `SrvGroupIDNotFound` / `SrvDismissedAlready` otherwise. */
  get(groupID: string): GroupRecord {
    const record = this.groups.get(groupID);
    if (!record) throw new FakeCoreFault(ErrorCode.SrvGroupIDNotFound, `group ${groupID} does not exist`);
    if (record.info.status === GroupStatus.Dismissed) {
      throw new FakeCoreFault(ErrorCode.SrvDismissedAlready, `group ${groupID} was dismissed`);
    }
    return record;
  }

  /** The groups `userID` is a member of, oldest first. */
  joinedBy(userID: string): GroupRecord[] {
    return [...this.groups.values()].filter(
      (record) => record.info.status !== GroupStatus.Dismissed && record.members.has(userID),
    );
  }
}
