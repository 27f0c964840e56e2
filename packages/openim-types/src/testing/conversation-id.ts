/** The conversation ID OpenIM uses for a one-to-one chat: `si_` and both user IDs, sorted. */
export function singleConversationID(userA: string, userB: string): string {
  return `si_${[userA, userB].sort().join("_")}`;
}

/** The conversation ID OpenIM uses for a group chat. */
export function groupConversationID(groupID: string): string {
  return `sg_${groupID}`;
}
