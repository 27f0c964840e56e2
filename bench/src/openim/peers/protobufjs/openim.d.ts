import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace openim. */
export namespace openim {

    /** Namespace sdk. */
    namespace sdk {

        /** Namespace common. */
        namespace common {

            /** Properties of an OfflinePushInfo. */
            interface IOfflinePushInfo {

                /** OfflinePushInfo title */
                title?: (string|null);

                /** OfflinePushInfo desc */
                desc?: (string|null);

                /** OfflinePushInfo ex */
                ex?: (string|null);

                /** OfflinePushInfo iOSPushSound */
                iOSPushSound?: (string|null);

                /** OfflinePushInfo iOSBadgeCount */
                iOSBadgeCount?: (boolean|null);

                /** OfflinePushInfo signalInfo */
                signalInfo?: (string|null);
            }

            /** Represents an OfflinePushInfo. */
            class OfflinePushInfo implements IOfflinePushInfo {

                /**
                 * Constructs a new OfflinePushInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.common.IOfflinePushInfo);

                /** OfflinePushInfo title. */
                public title: string;

                /** OfflinePushInfo desc. */
                public desc: string;

                /** OfflinePushInfo ex. */
                public ex: string;

                /** OfflinePushInfo iOSPushSound. */
                public iOSPushSound: string;

                /** OfflinePushInfo iOSBadgeCount. */
                public iOSBadgeCount: boolean;

                /** OfflinePushInfo signalInfo. */
                public signalInfo: string;

                /**
                 * Creates a new OfflinePushInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OfflinePushInfo instance
                 */
                public static create(properties?: openim.sdk.common.IOfflinePushInfo): openim.sdk.common.OfflinePushInfo;

                /**
                 * Encodes the specified OfflinePushInfo message. Does not implicitly {@link openim.sdk.common.OfflinePushInfo.verify|verify} messages.
                 * @param message OfflinePushInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.common.IOfflinePushInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OfflinePushInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns OfflinePushInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.common.OfflinePushInfo;

                /**
                 * Creates an OfflinePushInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns OfflinePushInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.common.OfflinePushInfo;

                /**
                 * Creates a plain object from an OfflinePushInfo message. Also converts values to other types if specified.
                 * @param message OfflinePushInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.common.OfflinePushInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this OfflinePushInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for OfflinePushInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RequestPagination. */
            interface IRequestPagination {

                /** RequestPagination pageNumber */
                pageNumber?: (number|null);

                /** RequestPagination showNumber */
                showNumber?: (number|null);
            }

            /** Represents a RequestPagination. */
            class RequestPagination implements IRequestPagination {

                /**
                 * Constructs a new RequestPagination.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.common.IRequestPagination);

                /** RequestPagination pageNumber. */
                public pageNumber: number;

                /** RequestPagination showNumber. */
                public showNumber: number;

                /**
                 * Creates a new RequestPagination instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RequestPagination instance
                 */
                public static create(properties?: openim.sdk.common.IRequestPagination): openim.sdk.common.RequestPagination;

                /**
                 * Encodes the specified RequestPagination message. Does not implicitly {@link openim.sdk.common.RequestPagination.verify|verify} messages.
                 * @param message RequestPagination message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.common.IRequestPagination, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RequestPagination message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RequestPagination
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.common.RequestPagination;

                /**
                 * Creates a RequestPagination message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RequestPagination
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.common.RequestPagination;

                /**
                 * Creates a plain object from a RequestPagination message. Also converts values to other types if specified.
                 * @param message RequestPagination
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.common.RequestPagination, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RequestPagination to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for RequestPagination
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** SessionType enum. */
            enum SessionType {
                SessionType_ = 0,
                Single = 1,
                WriteGroup = 2,
                ReadGroup = 3,
                Notification = 4
            }

            /** MsgFrom enum. */
            enum MsgFrom {
                MsgFrom_ = 0,
                User = 100,
                System = 200
            }

            /** Platform enum. */
            enum Platform {
                Platform_ = 0,
                iOS = 1,
                Android = 2,
                Windows = 3,
                macOS = 4,
                Web = 5,
                MiniWeb = 6,
                Linux = 7,
                AndroidPad = 8,
                iPad = 9,
                Admin = 10,
                HarmonyOS = 11
            }

            /** AppFramework enum. */
            enum AppFramework {
                AppFramework_ = 0,
                Native = 1,
                Flutter = 2,
                ReactNative = 3,
                Electron = 4,
                Unity = 5,
                UnrealEngine = 6,
                Qt = 7,
                DotNet = 8,
                DotNetMAUI = 9,
                Avalonia = 10,
                Cordova = 11,
                UniApp = 12
            }

            /** MsgStatus enum. */
            enum MsgStatus {
                MsgStatus_ = 0,
                Sending = 1,
                SendSuccess = 2,
                SendFailed = 3,
                HasDeleted = 4,
                Filtered = 5
            }

            /** ContentType enum. */
            enum ContentType {
                ContentType_ = 0,
                Text = 101,
                Picture = 102,
                Sound = 103,
                Video = 104,
                File = 105,
                AtText = 106,
                Merge = 107,
                Card = 108,
                Location = 109,
                Custom = 110,
                Typing = 113,
                Quote = 114,
                Face = 115,
                Stream = 116,
                AdvancedText = 117,
                CustomMsgNotTriggerConversation = 119,
                CustomMsgOnlineOnly = 120,
                FriendApplicationApprovedNotification = 1201,
                GroupCreatedNotification = 1501,
                MemberQuitNotification = 1504,
                GroupOwnerTransferredNotification = 1507,
                MemberKickedNotification = 1508,
                MemberInvitedNotification = 1509,
                MemberEnterNotification = 1510,
                GroupDismissedNotification = 1511,
                GroupMemberMutedNotification = 1512,
                GroupMemberCancelMutedNotification = 1513,
                GroupMutedNotification = 1514,
                GroupCancelMutedNotification = 1515,
                ConversationPrivateChatNotification = 1701,
                BusinessNotification = 2001,
                RevokedNotification = 2101
            }

            /** ApprovalStatus enum. */
            enum ApprovalStatus {
                Default = 0,
                Approved = 1,
                Rejected = -1
            }

            /** ConvRecvMsgOpt enum. */
            enum ConvRecvMsgOpt {
                ReceiveMessage = 0,
                NotReceiveMessage = 1,
                ReceiveNotNotifyMessage = 2
            }

            /** ConvGroupAtType enum. */
            enum ConvGroupAtType {
                AtNormal = 0,
                AtMe = 1,
                AtAll = 2,
                AtAllAtMe = 3
            }

            /** GlobalRecvMsgOpt enum. */
            enum GlobalRecvMsgOpt {
                Normal = 0,
                NotReceive = 1,
                NotNotify = 2
            }

            /** LogLevel enum. */
            enum LogLevel {
                LevelFatal = 0,
                LevelPanic = 1,
                LevelError = 2,
                LevelWarn = 3,
                LevelInfo = 4,
                LevelDebug = 5,
                LevelDebugWithSQL = 6
            }
        }

        /** Namespace shared. */
        namespace shared {

            /** Properties of a IMUser. */
            interface IIMUser {

                /** IMUser userID */
                userID?: (string|null);

                /** IMUser nickname */
                nickname?: (string|null);

                /** IMUser faceURL */
                faceURL?: (string|null);

                /** IMUser ex */
                ex?: (string|null);

                /** IMUser createTime */
                createTime?: (number|Long|null);

                /** IMUser globalRecvMsgOpt */
                globalRecvMsgOpt?: (openim.sdk.common.GlobalRecvMsgOpt|null);

                /** IMUser attached */
                attached?: (string|null);
            }

            /** Represents a IMUser. */
            class IMUser implements IIMUser {

                /**
                 * Constructs a new IMUser.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMUser);

                /** IMUser userID. */
                public userID: string;

                /** IMUser nickname. */
                public nickname: string;

                /** IMUser faceURL. */
                public faceURL: string;

                /** IMUser ex. */
                public ex: string;

                /** IMUser createTime. */
                public createTime: (number|Long);

                /** IMUser globalRecvMsgOpt. */
                public globalRecvMsgOpt: openim.sdk.common.GlobalRecvMsgOpt;

                /** IMUser attached. */
                public attached: string;

                /**
                 * Creates a new IMUser instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMUser instance
                 */
                public static create(properties?: openim.sdk.shared.IIMUser): openim.sdk.shared.IMUser;

                /**
                 * Encodes the specified IMUser message. Does not implicitly {@link openim.sdk.shared.IMUser.verify|verify} messages.
                 * @param message IMUser message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMUser, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMUser message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMUser
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMUser;

                /**
                 * Creates a IMUser message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMUser
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMUser;

                /**
                 * Creates a plain object from a IMUser message. Also converts values to other types if specified.
                 * @param message IMUser
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMUser, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMUser to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMUser
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CommandInfo. */
            interface ICommandInfo {

                /** CommandInfo userID */
                userID?: (string|null);

                /** CommandInfo type */
                type?: (number|null);

                /** CommandInfo createTime */
                createTime?: (number|Long|null);

                /** CommandInfo uuid */
                uuid?: (string|null);

                /** CommandInfo value */
                value?: (string|null);

                /** CommandInfo ex */
                ex?: (string|null);
            }

            /** Represents a CommandInfo. */
            class CommandInfo implements ICommandInfo {

                /**
                 * Constructs a new CommandInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ICommandInfo);

                /** CommandInfo userID. */
                public userID: string;

                /** CommandInfo type. */
                public type: number;

                /** CommandInfo createTime. */
                public createTime: (number|Long);

                /** CommandInfo uuid. */
                public uuid: string;

                /** CommandInfo value. */
                public value: string;

                /** CommandInfo ex. */
                public ex: string;

                /**
                 * Creates a new CommandInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CommandInfo instance
                 */
                public static create(properties?: openim.sdk.shared.ICommandInfo): openim.sdk.shared.CommandInfo;

                /**
                 * Encodes the specified CommandInfo message. Does not implicitly {@link openim.sdk.shared.CommandInfo.verify|verify} messages.
                 * @param message CommandInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ICommandInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CommandInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CommandInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.CommandInfo;

                /**
                 * Creates a CommandInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CommandInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.CommandInfo;

                /**
                 * Creates a plain object from a CommandInfo message. Also converts values to other types if specified.
                 * @param message CommandInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.CommandInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CommandInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CommandInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMFriend. */
            interface IIMFriend {

                /** IMFriend ownerUserID */
                ownerUserID?: (string|null);

                /** IMFriend friendUserID */
                friendUserID?: (string|null);

                /** IMFriend remark */
                remark?: (string|null);

                /** IMFriend createTime */
                createTime?: (number|Long|null);

                /** IMFriend addSource */
                addSource?: (number|null);

                /** IMFriend operatorUserID */
                operatorUserID?: (string|null);

                /** IMFriend nickname */
                nickname?: (string|null);

                /** IMFriend faceURL */
                faceURL?: (string|null);

                /** IMFriend ex */
                ex?: (string|null);

                /** IMFriend attachedInfo */
                attachedInfo?: (string|null);

                /** IMFriend isPinned */
                isPinned?: (boolean|null);
            }

            /** Represents a IMFriend. */
            class IMFriend implements IIMFriend {

                /**
                 * Constructs a new IMFriend.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMFriend);

                /** IMFriend ownerUserID. */
                public ownerUserID: string;

                /** IMFriend friendUserID. */
                public friendUserID: string;

                /** IMFriend remark. */
                public remark: string;

                /** IMFriend createTime. */
                public createTime: (number|Long);

                /** IMFriend addSource. */
                public addSource: number;

                /** IMFriend operatorUserID. */
                public operatorUserID: string;

                /** IMFriend nickname. */
                public nickname: string;

                /** IMFriend faceURL. */
                public faceURL: string;

                /** IMFriend ex. */
                public ex: string;

                /** IMFriend attachedInfo. */
                public attachedInfo: string;

                /** IMFriend isPinned. */
                public isPinned: boolean;

                /**
                 * Creates a new IMFriend instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMFriend instance
                 */
                public static create(properties?: openim.sdk.shared.IIMFriend): openim.sdk.shared.IMFriend;

                /**
                 * Encodes the specified IMFriend message. Does not implicitly {@link openim.sdk.shared.IMFriend.verify|verify} messages.
                 * @param message IMFriend message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMFriend, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMFriend message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMFriend
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMFriend;

                /**
                 * Creates a IMFriend message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMFriend
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMFriend;

                /**
                 * Creates a plain object from a IMFriend message. Also converts values to other types if specified.
                 * @param message IMFriend
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMFriend, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMFriend to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMFriend
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMBlack. */
            interface IIMBlack {

                /** IMBlack ownerUserID */
                ownerUserID?: (string|null);

                /** IMBlack blockUserID */
                blockUserID?: (string|null);

                /** IMBlack nickname */
                nickname?: (string|null);

                /** IMBlack faceURL */
                faceURL?: (string|null);

                /** IMBlack createTime */
                createTime?: (number|Long|null);

                /** IMBlack addSource */
                addSource?: (number|null);

                /** IMBlack operatorUserID */
                operatorUserID?: (string|null);

                /** IMBlack ex */
                ex?: (string|null);

                /** IMBlack attached */
                attached?: (string|null);
            }

            /** Represents a IMBlack. */
            class IMBlack implements IIMBlack {

                /**
                 * Constructs a new IMBlack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMBlack);

                /** IMBlack ownerUserID. */
                public ownerUserID: string;

                /** IMBlack blockUserID. */
                public blockUserID: string;

                /** IMBlack nickname. */
                public nickname: string;

                /** IMBlack faceURL. */
                public faceURL: string;

                /** IMBlack createTime. */
                public createTime: (number|Long);

                /** IMBlack addSource. */
                public addSource: number;

                /** IMBlack operatorUserID. */
                public operatorUserID: string;

                /** IMBlack ex. */
                public ex: string;

                /** IMBlack attached. */
                public attached: string;

                /**
                 * Creates a new IMBlack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMBlack instance
                 */
                public static create(properties?: openim.sdk.shared.IIMBlack): openim.sdk.shared.IMBlack;

                /**
                 * Encodes the specified IMBlack message. Does not implicitly {@link openim.sdk.shared.IMBlack.verify|verify} messages.
                 * @param message IMBlack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMBlack, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMBlack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMBlack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMBlack;

                /**
                 * Creates a IMBlack message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMBlack
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMBlack;

                /**
                 * Creates a plain object from a IMBlack message. Also converts values to other types if specified.
                 * @param message IMBlack
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMBlack, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMBlack to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMBlack
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMFriendRequest. */
            interface IIMFriendRequest {

                /** IMFriendRequest fromUserID */
                fromUserID?: (string|null);

                /** IMFriendRequest fromNickname */
                fromNickname?: (string|null);

                /** IMFriendRequest fromFaceURL */
                fromFaceURL?: (string|null);

                /** IMFriendRequest toUserID */
                toUserID?: (string|null);

                /** IMFriendRequest toNickname */
                toNickname?: (string|null);

                /** IMFriendRequest toFaceURL */
                toFaceURL?: (string|null);

                /** IMFriendRequest handleResult */
                handleResult?: (number|null);

                /** IMFriendRequest reqMsg */
                reqMsg?: (string|null);

                /** IMFriendRequest createTime */
                createTime?: (number|Long|null);

                /** IMFriendRequest handlerUserID */
                handlerUserID?: (string|null);

                /** IMFriendRequest handleMsg */
                handleMsg?: (string|null);

                /** IMFriendRequest handleTime */
                handleTime?: (number|Long|null);

                /** IMFriendRequest ex */
                ex?: (string|null);

                /** IMFriendRequest attached */
                attached?: (string|null);
            }

            /** Represents a IMFriendRequest. */
            class IMFriendRequest implements IIMFriendRequest {

                /**
                 * Constructs a new IMFriendRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMFriendRequest);

                /** IMFriendRequest fromUserID. */
                public fromUserID: string;

                /** IMFriendRequest fromNickname. */
                public fromNickname: string;

                /** IMFriendRequest fromFaceURL. */
                public fromFaceURL: string;

                /** IMFriendRequest toUserID. */
                public toUserID: string;

                /** IMFriendRequest toNickname. */
                public toNickname: string;

                /** IMFriendRequest toFaceURL. */
                public toFaceURL: string;

                /** IMFriendRequest handleResult. */
                public handleResult: number;

                /** IMFriendRequest reqMsg. */
                public reqMsg: string;

                /** IMFriendRequest createTime. */
                public createTime: (number|Long);

                /** IMFriendRequest handlerUserID. */
                public handlerUserID: string;

                /** IMFriendRequest handleMsg. */
                public handleMsg: string;

                /** IMFriendRequest handleTime. */
                public handleTime: (number|Long);

                /** IMFriendRequest ex. */
                public ex: string;

                /** IMFriendRequest attached. */
                public attached: string;

                /**
                 * Creates a new IMFriendRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMFriendRequest instance
                 */
                public static create(properties?: openim.sdk.shared.IIMFriendRequest): openim.sdk.shared.IMFriendRequest;

                /**
                 * Encodes the specified IMFriendRequest message. Does not implicitly {@link openim.sdk.shared.IMFriendRequest.verify|verify} messages.
                 * @param message IMFriendRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMFriendRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMFriendRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMFriendRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMFriendRequest;

                /**
                 * Creates a IMFriendRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMFriendRequest
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMFriendRequest;

                /**
                 * Creates a plain object from a IMFriendRequest message. Also converts values to other types if specified.
                 * @param message IMFriendRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMFriendRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMFriendRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMFriendRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMGroup. */
            interface IIMGroup {

                /** IMGroup groupID */
                groupID?: (string|null);

                /** IMGroup groupName */
                groupName?: (string|null);

                /** IMGroup notification */
                notification?: (string|null);

                /** IMGroup introduction */
                introduction?: (string|null);

                /** IMGroup faceURL */
                faceURL?: (string|null);

                /** IMGroup ownerUserID */
                ownerUserID?: (string|null);

                /** IMGroup createTime */
                createTime?: (number|Long|null);

                /** IMGroup memberCount */
                memberCount?: (number|Long|null);

                /** IMGroup ex */
                ex?: (string|null);

                /** IMGroup status */
                status?: (openim.sdk.shared.GroupStatus|null);

                /** IMGroup creatorUserID */
                creatorUserID?: (string|null);

                /** IMGroup needVerification */
                needVerification?: (openim.sdk.shared.GroupNeedVerification|null);

                /** IMGroup lookMemberInfo */
                lookMemberInfo?: (openim.sdk.shared.GroupLookMemberInfo|null);

                /** IMGroup applyMemberFriend */
                applyMemberFriend?: (openim.sdk.shared.GroupApplyMemberFriend|null);

                /** IMGroup notificationUpdateTime */
                notificationUpdateTime?: (number|Long|null);

                /** IMGroup notificationUserID */
                notificationUserID?: (string|null);

                /** IMGroup attachedInfo */
                attachedInfo?: (string|null);
            }

            /** Represents a IMGroup. */
            class IMGroup implements IIMGroup {

                /**
                 * Constructs a new IMGroup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMGroup);

                /** IMGroup groupID. */
                public groupID: string;

                /** IMGroup groupName. */
                public groupName: string;

                /** IMGroup notification. */
                public notification: string;

                /** IMGroup introduction. */
                public introduction: string;

                /** IMGroup faceURL. */
                public faceURL: string;

                /** IMGroup ownerUserID. */
                public ownerUserID: string;

                /** IMGroup createTime. */
                public createTime: (number|Long);

                /** IMGroup memberCount. */
                public memberCount: (number|Long);

                /** IMGroup ex. */
                public ex: string;

                /** IMGroup status. */
                public status: openim.sdk.shared.GroupStatus;

                /** IMGroup creatorUserID. */
                public creatorUserID: string;

                /** IMGroup needVerification. */
                public needVerification: openim.sdk.shared.GroupNeedVerification;

                /** IMGroup lookMemberInfo. */
                public lookMemberInfo: openim.sdk.shared.GroupLookMemberInfo;

                /** IMGroup applyMemberFriend. */
                public applyMemberFriend: openim.sdk.shared.GroupApplyMemberFriend;

                /** IMGroup notificationUpdateTime. */
                public notificationUpdateTime: (number|Long);

                /** IMGroup notificationUserID. */
                public notificationUserID: string;

                /** IMGroup attachedInfo. */
                public attachedInfo: string;

                /**
                 * Creates a new IMGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMGroup instance
                 */
                public static create(properties?: openim.sdk.shared.IIMGroup): openim.sdk.shared.IMGroup;

                /**
                 * Encodes the specified IMGroup message. Does not implicitly {@link openim.sdk.shared.IMGroup.verify|verify} messages.
                 * @param message IMGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMGroup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMGroup;

                /**
                 * Creates a IMGroup message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMGroup
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMGroup;

                /**
                 * Creates a plain object from a IMGroup message. Also converts values to other types if specified.
                 * @param message IMGroup
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMGroup, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMGroup to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMGroup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMGroupMember. */
            interface IIMGroupMember {

                /** IMGroupMember groupID */
                groupID?: (string|null);

                /** IMGroupMember userID */
                userID?: (string|null);

                /** IMGroupMember nickname */
                nickname?: (string|null);

                /** IMGroupMember faceURL */
                faceURL?: (string|null);

                /** IMGroupMember roleLevel */
                roleLevel?: (number|null);

                /** IMGroupMember joinTime */
                joinTime?: (number|Long|null);

                /** IMGroupMember joinSource */
                joinSource?: (openim.sdk.shared.GroupJoinSource|null);

                /** IMGroupMember inviterUserID */
                inviterUserID?: (string|null);

                /** IMGroupMember muteEndTime */
                muteEndTime?: (number|Long|null);

                /** IMGroupMember operatorUserID */
                operatorUserID?: (string|null);

                /** IMGroupMember ex */
                ex?: (string|null);

                /** IMGroupMember attachedInfo */
                attachedInfo?: (string|null);
            }

            /** Represents a IMGroupMember. */
            class IMGroupMember implements IIMGroupMember {

                /**
                 * Constructs a new IMGroupMember.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMGroupMember);

                /** IMGroupMember groupID. */
                public groupID: string;

                /** IMGroupMember userID. */
                public userID: string;

                /** IMGroupMember nickname. */
                public nickname: string;

                /** IMGroupMember faceURL. */
                public faceURL: string;

                /** IMGroupMember roleLevel. */
                public roleLevel: number;

                /** IMGroupMember joinTime. */
                public joinTime: (number|Long);

                /** IMGroupMember joinSource. */
                public joinSource: openim.sdk.shared.GroupJoinSource;

                /** IMGroupMember inviterUserID. */
                public inviterUserID: string;

                /** IMGroupMember muteEndTime. */
                public muteEndTime: (number|Long);

                /** IMGroupMember operatorUserID. */
                public operatorUserID: string;

                /** IMGroupMember ex. */
                public ex: string;

                /** IMGroupMember attachedInfo. */
                public attachedInfo: string;

                /**
                 * Creates a new IMGroupMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMGroupMember instance
                 */
                public static create(properties?: openim.sdk.shared.IIMGroupMember): openim.sdk.shared.IMGroupMember;

                /**
                 * Encodes the specified IMGroupMember message. Does not implicitly {@link openim.sdk.shared.IMGroupMember.verify|verify} messages.
                 * @param message IMGroupMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMGroupMember, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMGroupMember message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMGroupMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMGroupMember;

                /**
                 * Creates a IMGroupMember message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMGroupMember
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMGroupMember;

                /**
                 * Creates a plain object from a IMGroupMember message. Also converts values to other types if specified.
                 * @param message IMGroupMember
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMGroupMember, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMGroupMember to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMGroupMember
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMGroupRequest. */
            interface IIMGroupRequest {

                /** IMGroupRequest groupID */
                groupID?: (string|null);

                /** IMGroupRequest groupName */
                groupName?: (string|null);

                /** IMGroupRequest notification */
                notification?: (string|null);

                /** IMGroupRequest introduction */
                introduction?: (string|null);

                /** IMGroupRequest groupFaceURL */
                groupFaceURL?: (string|null);

                /** IMGroupRequest createTime */
                createTime?: (number|Long|null);

                /** IMGroupRequest status */
                status?: (number|null);

                /** IMGroupRequest creatorUserID */
                creatorUserID?: (string|null);

                /** IMGroupRequest ownerUserID */
                ownerUserID?: (string|null);

                /** IMGroupRequest memberCount */
                memberCount?: (number|null);

                /** IMGroupRequest userID */
                userID?: (string|null);

                /** IMGroupRequest nickname */
                nickname?: (string|null);

                /** IMGroupRequest userFaceURL */
                userFaceURL?: (string|null);

                /** IMGroupRequest handleResult */
                handleResult?: (number|null);

                /** IMGroupRequest reqMsg */
                reqMsg?: (string|null);

                /** IMGroupRequest handledMsg */
                handledMsg?: (string|null);

                /** IMGroupRequest reqTime */
                reqTime?: (number|Long|null);

                /** IMGroupRequest handleUserID */
                handleUserID?: (string|null);

                /** IMGroupRequest handledTime */
                handledTime?: (number|Long|null);

                /** IMGroupRequest ex */
                ex?: (string|null);

                /** IMGroupRequest attachedInfo */
                attachedInfo?: (string|null);

                /** IMGroupRequest joinSource */
                joinSource?: (openim.sdk.shared.GroupJoinSource|null);

                /** IMGroupRequest inviterUserID */
                inviterUserID?: (string|null);
            }

            /** Represents a IMGroupRequest. */
            class IMGroupRequest implements IIMGroupRequest {

                /**
                 * Constructs a new IMGroupRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMGroupRequest);

                /** IMGroupRequest groupID. */
                public groupID: string;

                /** IMGroupRequest groupName. */
                public groupName: string;

                /** IMGroupRequest notification. */
                public notification: string;

                /** IMGroupRequest introduction. */
                public introduction: string;

                /** IMGroupRequest groupFaceURL. */
                public groupFaceURL: string;

                /** IMGroupRequest createTime. */
                public createTime: (number|Long);

                /** IMGroupRequest status. */
                public status: number;

                /** IMGroupRequest creatorUserID. */
                public creatorUserID: string;

                /** IMGroupRequest ownerUserID. */
                public ownerUserID: string;

                /** IMGroupRequest memberCount. */
                public memberCount: number;

                /** IMGroupRequest userID. */
                public userID: string;

                /** IMGroupRequest nickname. */
                public nickname: string;

                /** IMGroupRequest userFaceURL. */
                public userFaceURL: string;

                /** IMGroupRequest handleResult. */
                public handleResult: number;

                /** IMGroupRequest reqMsg. */
                public reqMsg: string;

                /** IMGroupRequest handledMsg. */
                public handledMsg: string;

                /** IMGroupRequest reqTime. */
                public reqTime: (number|Long);

                /** IMGroupRequest handleUserID. */
                public handleUserID: string;

                /** IMGroupRequest handledTime. */
                public handledTime: (number|Long);

                /** IMGroupRequest ex. */
                public ex: string;

                /** IMGroupRequest attachedInfo. */
                public attachedInfo: string;

                /** IMGroupRequest joinSource. */
                public joinSource: openim.sdk.shared.GroupJoinSource;

                /** IMGroupRequest inviterUserID. */
                public inviterUserID: string;

                /**
                 * Creates a new IMGroupRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMGroupRequest instance
                 */
                public static create(properties?: openim.sdk.shared.IIMGroupRequest): openim.sdk.shared.IMGroupRequest;

                /**
                 * Encodes the specified IMGroupRequest message. Does not implicitly {@link openim.sdk.shared.IMGroupRequest.verify|verify} messages.
                 * @param message IMGroupRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMGroupRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMGroupRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMGroupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMGroupRequest;

                /**
                 * Creates a IMGroupRequest message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMGroupRequest
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMGroupRequest;

                /**
                 * Creates a plain object from a IMGroupRequest message. Also converts values to other types if specified.
                 * @param message IMGroupRequest
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMGroupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMGroupRequest to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMGroupRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMConversation. */
            interface IIMConversation {

                /** IMConversation conversationID */
                conversationID?: (string|null);

                /** IMConversation conversationType */
                conversationType?: (openim.sdk.common.SessionType|null);

                /** IMConversation userID */
                userID?: (string|null);

                /** IMConversation groupID */
                groupID?: (string|null);

                /** IMConversation showName */
                showName?: (string|null);

                /** IMConversation faceURL */
                faceURL?: (string|null);

                /** IMConversation recvMsgOpt */
                recvMsgOpt?: (openim.sdk.common.ConvRecvMsgOpt|null);

                /** IMConversation unreadCount */
                unreadCount?: (number|null);

                /** IMConversation groupAtType */
                groupAtType?: (openim.sdk.common.ConvGroupAtType|null);

                /** IMConversation latestMsg */
                latestMsg?: (openim.sdk.shared.IIMMessage|null);

                /** IMConversation latestMsgSendTime */
                latestMsgSendTime?: (number|Long|null);

                /** IMConversation draftText */
                draftText?: (string|null);

                /** IMConversation draftTextTime */
                draftTextTime?: (number|Long|null);

                /** IMConversation isPinned */
                isPinned?: (boolean|null);

                /** IMConversation isPrivateChat */
                isPrivateChat?: (boolean|null);

                /** IMConversation burnDuration */
                burnDuration?: (number|null);

                /** IMConversation ex */
                ex?: (string|null);

                /** IMConversation msgDestructTime */
                msgDestructTime?: (number|Long|null);

                /** IMConversation isMsgDestruct */
                isMsgDestruct?: (boolean|null);
            }

            /** Represents a IMConversation. */
            class IMConversation implements IIMConversation {

                /**
                 * Constructs a new IMConversation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMConversation);

                /** IMConversation conversationID. */
                public conversationID: string;

                /** IMConversation conversationType. */
                public conversationType: openim.sdk.common.SessionType;

                /** IMConversation userID. */
                public userID: string;

                /** IMConversation groupID. */
                public groupID: string;

                /** IMConversation showName. */
                public showName: string;

                /** IMConversation faceURL. */
                public faceURL: string;

                /** IMConversation recvMsgOpt. */
                public recvMsgOpt: openim.sdk.common.ConvRecvMsgOpt;

                /** IMConversation unreadCount. */
                public unreadCount: number;

                /** IMConversation groupAtType. */
                public groupAtType: openim.sdk.common.ConvGroupAtType;

                /** IMConversation latestMsg. */
                public latestMsg?: (openim.sdk.shared.IIMMessage|null);

                /** IMConversation latestMsgSendTime. */
                public latestMsgSendTime: (number|Long);

                /** IMConversation draftText. */
                public draftText: string;

                /** IMConversation draftTextTime. */
                public draftTextTime: (number|Long);

                /** IMConversation isPinned. */
                public isPinned: boolean;

                /** IMConversation isPrivateChat. */
                public isPrivateChat: boolean;

                /** IMConversation burnDuration. */
                public burnDuration: number;

                /** IMConversation ex. */
                public ex: string;

                /** IMConversation msgDestructTime. */
                public msgDestructTime: (number|Long);

                /** IMConversation isMsgDestruct. */
                public isMsgDestruct: boolean;

                /**
                 * Creates a new IMConversation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMConversation instance
                 */
                public static create(properties?: openim.sdk.shared.IIMConversation): openim.sdk.shared.IMConversation;

                /**
                 * Encodes the specified IMConversation message. Does not implicitly {@link openim.sdk.shared.IMConversation.verify|verify} messages.
                 * @param message IMConversation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMConversation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMConversation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMConversation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMConversation;

                /**
                 * Creates a IMConversation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMConversation
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMConversation;

                /**
                 * Creates a plain object from a IMConversation message. Also converts values to other types if specified.
                 * @param message IMConversation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMConversation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMConversation to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMConversation
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AtInfo. */
            interface IAtInfo {

                /** AtInfo atUserID */
                atUserID?: (string|null);

                /** AtInfo groupNickname */
                groupNickname?: (string|null);
            }

            /** Represents an AtInfo. */
            class AtInfo implements IAtInfo {

                /**
                 * Constructs a new AtInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IAtInfo);

                /** AtInfo atUserID. */
                public atUserID: string;

                /** AtInfo groupNickname. */
                public groupNickname: string;

                /**
                 * Creates a new AtInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AtInfo instance
                 */
                public static create(properties?: openim.sdk.shared.IAtInfo): openim.sdk.shared.AtInfo;

                /**
                 * Encodes the specified AtInfo message. Does not implicitly {@link openim.sdk.shared.AtInfo.verify|verify} messages.
                 * @param message AtInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IAtInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AtInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AtInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.AtInfo;

                /**
                 * Creates an AtInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AtInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.AtInfo;

                /**
                 * Creates a plain object from an AtInfo message. Also converts values to other types if specified.
                 * @param message AtInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.AtInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AtInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for AtInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an ImageInfo. */
            interface IImageInfo {

                /** ImageInfo width */
                width?: (number|null);

                /** ImageInfo height */
                height?: (number|null);

                /** ImageInfo type */
                type?: (string|null);

                /** ImageInfo size */
                size?: (number|Long|null);
            }

            /** Represents an ImageInfo. */
            class ImageInfo implements IImageInfo {

                /**
                 * Constructs a new ImageInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IImageInfo);

                /** ImageInfo width. */
                public width: number;

                /** ImageInfo height. */
                public height: number;

                /** ImageInfo type. */
                public type: string;

                /** ImageInfo size. */
                public size: (number|Long);

                /**
                 * Creates a new ImageInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ImageInfo instance
                 */
                public static create(properties?: openim.sdk.shared.IImageInfo): openim.sdk.shared.ImageInfo;

                /**
                 * Encodes the specified ImageInfo message. Does not implicitly {@link openim.sdk.shared.ImageInfo.verify|verify} messages.
                 * @param message ImageInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IImageInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ImageInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ImageInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.ImageInfo;

                /**
                 * Creates an ImageInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ImageInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.ImageInfo;

                /**
                 * Creates a plain object from an ImageInfo message. Also converts values to other types if specified.
                 * @param message ImageInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.ImageInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ImageInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ImageInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PictureBaseInfo. */
            interface IPictureBaseInfo {

                /** PictureBaseInfo uuid */
                uuid?: (string|null);

                /** PictureBaseInfo type */
                type?: (string|null);

                /** PictureBaseInfo size */
                size?: (number|Long|null);

                /** PictureBaseInfo width */
                width?: (number|null);

                /** PictureBaseInfo height */
                height?: (number|null);

                /** PictureBaseInfo url */
                url?: (string|null);
            }

            /** Represents a PictureBaseInfo. */
            class PictureBaseInfo implements IPictureBaseInfo {

                /**
                 * Constructs a new PictureBaseInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IPictureBaseInfo);

                /** PictureBaseInfo uuid. */
                public uuid: string;

                /** PictureBaseInfo type. */
                public type: string;

                /** PictureBaseInfo size. */
                public size: (number|Long);

                /** PictureBaseInfo width. */
                public width: number;

                /** PictureBaseInfo height. */
                public height: number;

                /** PictureBaseInfo url. */
                public url: string;

                /**
                 * Creates a new PictureBaseInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PictureBaseInfo instance
                 */
                public static create(properties?: openim.sdk.shared.IPictureBaseInfo): openim.sdk.shared.PictureBaseInfo;

                /**
                 * Encodes the specified PictureBaseInfo message. Does not implicitly {@link openim.sdk.shared.PictureBaseInfo.verify|verify} messages.
                 * @param message PictureBaseInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IPictureBaseInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PictureBaseInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PictureBaseInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.PictureBaseInfo;

                /**
                 * Creates a PictureBaseInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PictureBaseInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.PictureBaseInfo;

                /**
                 * Creates a plain object from a PictureBaseInfo message. Also converts values to other types if specified.
                 * @param message PictureBaseInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.PictureBaseInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PictureBaseInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PictureBaseInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SoundBaseInfo. */
            interface ISoundBaseInfo {

                /** SoundBaseInfo uuid */
                uuid?: (string|null);

                /** SoundBaseInfo soundPath */
                soundPath?: (string|null);

                /** SoundBaseInfo sourceURL */
                sourceURL?: (string|null);

                /** SoundBaseInfo dataSize */
                dataSize?: (number|Long|null);

                /** SoundBaseInfo duration */
                duration?: (number|Long|null);

                /** SoundBaseInfo soundType */
                soundType?: (string|null);
            }

            /** Represents a SoundBaseInfo. */
            class SoundBaseInfo implements ISoundBaseInfo {

                /**
                 * Constructs a new SoundBaseInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ISoundBaseInfo);

                /** SoundBaseInfo uuid. */
                public uuid: string;

                /** SoundBaseInfo soundPath. */
                public soundPath: string;

                /** SoundBaseInfo sourceURL. */
                public sourceURL: string;

                /** SoundBaseInfo dataSize. */
                public dataSize: (number|Long);

                /** SoundBaseInfo duration. */
                public duration: (number|Long);

                /** SoundBaseInfo soundType. */
                public soundType: string;

                /**
                 * Creates a new SoundBaseInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SoundBaseInfo instance
                 */
                public static create(properties?: openim.sdk.shared.ISoundBaseInfo): openim.sdk.shared.SoundBaseInfo;

                /**
                 * Encodes the specified SoundBaseInfo message. Does not implicitly {@link openim.sdk.shared.SoundBaseInfo.verify|verify} messages.
                 * @param message SoundBaseInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ISoundBaseInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SoundBaseInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SoundBaseInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.SoundBaseInfo;

                /**
                 * Creates a SoundBaseInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SoundBaseInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.SoundBaseInfo;

                /**
                 * Creates a plain object from a SoundBaseInfo message. Also converts values to other types if specified.
                 * @param message SoundBaseInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.SoundBaseInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SoundBaseInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for SoundBaseInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a VideoBaseInfo. */
            interface IVideoBaseInfo {

                /** VideoBaseInfo videoPath */
                videoPath?: (string|null);

                /** VideoBaseInfo videoUUID */
                videoUUID?: (string|null);

                /** VideoBaseInfo videoURL */
                videoURL?: (string|null);

                /** VideoBaseInfo videoType */
                videoType?: (string|null);

                /** VideoBaseInfo videoSize */
                videoSize?: (number|Long|null);

                /** VideoBaseInfo duration */
                duration?: (number|Long|null);

                /** VideoBaseInfo snapshotPath */
                snapshotPath?: (string|null);

                /** VideoBaseInfo snapshotUUID */
                snapshotUUID?: (string|null);

                /** VideoBaseInfo snapshotSize */
                snapshotSize?: (number|Long|null);

                /** VideoBaseInfo snapshotURL */
                snapshotURL?: (string|null);

                /** VideoBaseInfo snapshotWidth */
                snapshotWidth?: (number|null);

                /** VideoBaseInfo snapshotHeight */
                snapshotHeight?: (number|null);

                /** VideoBaseInfo snapshotType */
                snapshotType?: (string|null);
            }

            /** Represents a VideoBaseInfo. */
            class VideoBaseInfo implements IVideoBaseInfo {

                /**
                 * Constructs a new VideoBaseInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IVideoBaseInfo);

                /** VideoBaseInfo videoPath. */
                public videoPath: string;

                /** VideoBaseInfo videoUUID. */
                public videoUUID: string;

                /** VideoBaseInfo videoURL. */
                public videoURL: string;

                /** VideoBaseInfo videoType. */
                public videoType: string;

                /** VideoBaseInfo videoSize. */
                public videoSize: (number|Long);

                /** VideoBaseInfo duration. */
                public duration: (number|Long);

                /** VideoBaseInfo snapshotPath. */
                public snapshotPath: string;

                /** VideoBaseInfo snapshotUUID. */
                public snapshotUUID: string;

                /** VideoBaseInfo snapshotSize. */
                public snapshotSize: (number|Long);

                /** VideoBaseInfo snapshotURL. */
                public snapshotURL: string;

                /** VideoBaseInfo snapshotWidth. */
                public snapshotWidth: number;

                /** VideoBaseInfo snapshotHeight. */
                public snapshotHeight: number;

                /** VideoBaseInfo snapshotType. */
                public snapshotType: string;

                /**
                 * Creates a new VideoBaseInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VideoBaseInfo instance
                 */
                public static create(properties?: openim.sdk.shared.IVideoBaseInfo): openim.sdk.shared.VideoBaseInfo;

                /**
                 * Encodes the specified VideoBaseInfo message. Does not implicitly {@link openim.sdk.shared.VideoBaseInfo.verify|verify} messages.
                 * @param message VideoBaseInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IVideoBaseInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VideoBaseInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns VideoBaseInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.VideoBaseInfo;

                /**
                 * Creates a VideoBaseInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VideoBaseInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.VideoBaseInfo;

                /**
                 * Creates a plain object from a VideoBaseInfo message. Also converts values to other types if specified.
                 * @param message VideoBaseInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.VideoBaseInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VideoBaseInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for VideoBaseInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FileBaseInfo. */
            interface IFileBaseInfo {

                /** FileBaseInfo filePath */
                filePath?: (string|null);

                /** FileBaseInfo uuid */
                uuid?: (string|null);

                /** FileBaseInfo sourceURL */
                sourceURL?: (string|null);

                /** FileBaseInfo fileName */
                fileName?: (string|null);

                /** FileBaseInfo fileSize */
                fileSize?: (number|Long|null);

                /** FileBaseInfo fileType */
                fileType?: (string|null);
            }

            /** Represents a FileBaseInfo. */
            class FileBaseInfo implements IFileBaseInfo {

                /**
                 * Constructs a new FileBaseInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IFileBaseInfo);

                /** FileBaseInfo filePath. */
                public filePath: string;

                /** FileBaseInfo uuid. */
                public uuid: string;

                /** FileBaseInfo sourceURL. */
                public sourceURL: string;

                /** FileBaseInfo fileName. */
                public fileName: string;

                /** FileBaseInfo fileSize. */
                public fileSize: (number|Long);

                /** FileBaseInfo fileType. */
                public fileType: string;

                /**
                 * Creates a new FileBaseInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FileBaseInfo instance
                 */
                public static create(properties?: openim.sdk.shared.IFileBaseInfo): openim.sdk.shared.FileBaseInfo;

                /**
                 * Encodes the specified FileBaseInfo message. Does not implicitly {@link openim.sdk.shared.FileBaseInfo.verify|verify} messages.
                 * @param message FileBaseInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IFileBaseInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FileBaseInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FileBaseInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.FileBaseInfo;

                /**
                 * Creates a FileBaseInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FileBaseInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.FileBaseInfo;

                /**
                 * Creates a plain object from a FileBaseInfo message. Also converts values to other types if specified.
                 * @param message FileBaseInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.FileBaseInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FileBaseInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FileBaseInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TextElem. */
            interface ITextElem {

                /** TextElem content */
                content?: (string|null);
            }

            /** Represents a TextElem. */
            class TextElem implements ITextElem {

                /**
                 * Constructs a new TextElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ITextElem);

                /** TextElem content. */
                public content: string;

                /**
                 * Creates a new TextElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TextElem instance
                 */
                public static create(properties?: openim.sdk.shared.ITextElem): openim.sdk.shared.TextElem;

                /**
                 * Encodes the specified TextElem message. Does not implicitly {@link openim.sdk.shared.TextElem.verify|verify} messages.
                 * @param message TextElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ITextElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TextElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TextElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.TextElem;

                /**
                 * Creates a TextElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TextElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.TextElem;

                /**
                 * Creates a plain object from a TextElem message. Also converts values to other types if specified.
                 * @param message TextElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.TextElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TextElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TextElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CardElem. */
            interface ICardElem {

                /** CardElem userID */
                userID?: (string|null);

                /** CardElem nickname */
                nickname?: (string|null);

                /** CardElem faceURL */
                faceURL?: (string|null);

                /** CardElem ex */
                ex?: (string|null);
            }

            /** Represents a CardElem. */
            class CardElem implements ICardElem {

                /**
                 * Constructs a new CardElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ICardElem);

                /** CardElem userID. */
                public userID: string;

                /** CardElem nickname. */
                public nickname: string;

                /** CardElem faceURL. */
                public faceURL: string;

                /** CardElem ex. */
                public ex: string;

                /**
                 * Creates a new CardElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CardElem instance
                 */
                public static create(properties?: openim.sdk.shared.ICardElem): openim.sdk.shared.CardElem;

                /**
                 * Encodes the specified CardElem message. Does not implicitly {@link openim.sdk.shared.CardElem.verify|verify} messages.
                 * @param message CardElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ICardElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CardElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CardElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.CardElem;

                /**
                 * Creates a CardElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CardElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.CardElem;

                /**
                 * Creates a plain object from a CardElem message. Also converts values to other types if specified.
                 * @param message CardElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.CardElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CardElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CardElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PictureElem. */
            interface IPictureElem {

                /** PictureElem sourcePath */
                sourcePath?: (string|null);

                /** PictureElem sourcePicture */
                sourcePicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** PictureElem bigPicture */
                bigPicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** PictureElem snapshotPicture */
                snapshotPicture?: (openim.sdk.shared.IPictureBaseInfo|null);
            }

            /** Represents a PictureElem. */
            class PictureElem implements IPictureElem {

                /**
                 * Constructs a new PictureElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IPictureElem);

                /** PictureElem sourcePath. */
                public sourcePath: string;

                /** PictureElem sourcePicture. */
                public sourcePicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** PictureElem bigPicture. */
                public bigPicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** PictureElem snapshotPicture. */
                public snapshotPicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /**
                 * Creates a new PictureElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PictureElem instance
                 */
                public static create(properties?: openim.sdk.shared.IPictureElem): openim.sdk.shared.PictureElem;

                /**
                 * Encodes the specified PictureElem message. Does not implicitly {@link openim.sdk.shared.PictureElem.verify|verify} messages.
                 * @param message PictureElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IPictureElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PictureElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PictureElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.PictureElem;

                /**
                 * Creates a PictureElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PictureElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.PictureElem;

                /**
                 * Creates a plain object from a PictureElem message. Also converts values to other types if specified.
                 * @param message PictureElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.PictureElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PictureElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for PictureElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SoundElem. */
            interface ISoundElem {

                /** SoundElem uuid */
                uuid?: (string|null);

                /** SoundElem soundPath */
                soundPath?: (string|null);

                /** SoundElem sourceURL */
                sourceURL?: (string|null);

                /** SoundElem dataSize */
                dataSize?: (number|Long|null);

                /** SoundElem duration */
                duration?: (number|Long|null);

                /** SoundElem soundType */
                soundType?: (string|null);
            }

            /** Represents a SoundElem. */
            class SoundElem implements ISoundElem {

                /**
                 * Constructs a new SoundElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ISoundElem);

                /** SoundElem uuid. */
                public uuid: string;

                /** SoundElem soundPath. */
                public soundPath: string;

                /** SoundElem sourceURL. */
                public sourceURL: string;

                /** SoundElem dataSize. */
                public dataSize: (number|Long);

                /** SoundElem duration. */
                public duration: (number|Long);

                /** SoundElem soundType. */
                public soundType: string;

                /**
                 * Creates a new SoundElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SoundElem instance
                 */
                public static create(properties?: openim.sdk.shared.ISoundElem): openim.sdk.shared.SoundElem;

                /**
                 * Encodes the specified SoundElem message. Does not implicitly {@link openim.sdk.shared.SoundElem.verify|verify} messages.
                 * @param message SoundElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ISoundElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SoundElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SoundElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.SoundElem;

                /**
                 * Creates a SoundElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SoundElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.SoundElem;

                /**
                 * Creates a plain object from a SoundElem message. Also converts values to other types if specified.
                 * @param message SoundElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.SoundElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SoundElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for SoundElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a VideoElem. */
            interface IVideoElem {

                /** VideoElem videoPath */
                videoPath?: (string|null);

                /** VideoElem videoUUID */
                videoUUID?: (string|null);

                /** VideoElem videoURL */
                videoURL?: (string|null);

                /** VideoElem videoType */
                videoType?: (string|null);

                /** VideoElem videoSize */
                videoSize?: (number|Long|null);

                /** VideoElem duration */
                duration?: (number|Long|null);

                /** VideoElem snapshotPath */
                snapshotPath?: (string|null);

                /** VideoElem snapshotUUID */
                snapshotUUID?: (string|null);

                /** VideoElem snapshotSize */
                snapshotSize?: (number|Long|null);

                /** VideoElem snapshotURL */
                snapshotURL?: (string|null);

                /** VideoElem snapshotWidth */
                snapshotWidth?: (number|null);

                /** VideoElem snapshotHeight */
                snapshotHeight?: (number|null);

                /** VideoElem snapshotType */
                snapshotType?: (string|null);
            }

            /** Represents a VideoElem. */
            class VideoElem implements IVideoElem {

                /**
                 * Constructs a new VideoElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IVideoElem);

                /** VideoElem videoPath. */
                public videoPath: string;

                /** VideoElem videoUUID. */
                public videoUUID: string;

                /** VideoElem videoURL. */
                public videoURL: string;

                /** VideoElem videoType. */
                public videoType: string;

                /** VideoElem videoSize. */
                public videoSize: (number|Long);

                /** VideoElem duration. */
                public duration: (number|Long);

                /** VideoElem snapshotPath. */
                public snapshotPath: string;

                /** VideoElem snapshotUUID. */
                public snapshotUUID: string;

                /** VideoElem snapshotSize. */
                public snapshotSize: (number|Long);

                /** VideoElem snapshotURL. */
                public snapshotURL: string;

                /** VideoElem snapshotWidth. */
                public snapshotWidth: number;

                /** VideoElem snapshotHeight. */
                public snapshotHeight: number;

                /** VideoElem snapshotType. */
                public snapshotType: string;

                /**
                 * Creates a new VideoElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VideoElem instance
                 */
                public static create(properties?: openim.sdk.shared.IVideoElem): openim.sdk.shared.VideoElem;

                /**
                 * Encodes the specified VideoElem message. Does not implicitly {@link openim.sdk.shared.VideoElem.verify|verify} messages.
                 * @param message VideoElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IVideoElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VideoElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns VideoElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.VideoElem;

                /**
                 * Creates a VideoElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VideoElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.VideoElem;

                /**
                 * Creates a plain object from a VideoElem message. Also converts values to other types if specified.
                 * @param message VideoElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.VideoElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VideoElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for VideoElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FileElem. */
            interface IFileElem {

                /** FileElem filePath */
                filePath?: (string|null);

                /** FileElem uuid */
                uuid?: (string|null);

                /** FileElem sourceURL */
                sourceURL?: (string|null);

                /** FileElem fileName */
                fileName?: (string|null);

                /** FileElem fileSize */
                fileSize?: (number|Long|null);

                /** FileElem fileType */
                fileType?: (string|null);
            }

            /** Represents a FileElem. */
            class FileElem implements IFileElem {

                /**
                 * Constructs a new FileElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IFileElem);

                /** FileElem filePath. */
                public filePath: string;

                /** FileElem uuid. */
                public uuid: string;

                /** FileElem sourceURL. */
                public sourceURL: string;

                /** FileElem fileName. */
                public fileName: string;

                /** FileElem fileSize. */
                public fileSize: (number|Long);

                /** FileElem fileType. */
                public fileType: string;

                /**
                 * Creates a new FileElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FileElem instance
                 */
                public static create(properties?: openim.sdk.shared.IFileElem): openim.sdk.shared.FileElem;

                /**
                 * Encodes the specified FileElem message. Does not implicitly {@link openim.sdk.shared.FileElem.verify|verify} messages.
                 * @param message FileElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IFileElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FileElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FileElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.FileElem;

                /**
                 * Creates a FileElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FileElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.FileElem;

                /**
                 * Creates a plain object from a FileElem message. Also converts values to other types if specified.
                 * @param message FileElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.FileElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FileElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FileElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MessageEntity. */
            interface IMessageEntity {

                /** MessageEntity type */
                type?: (string|null);

                /** MessageEntity offset */
                offset?: (number|null);

                /** MessageEntity length */
                length?: (number|null);

                /** MessageEntity url */
                url?: (string|null);

                /** MessageEntity ex */
                ex?: (string|null);
            }

            /** Represents a MessageEntity. */
            class MessageEntity implements IMessageEntity {

                /**
                 * Constructs a new MessageEntity.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IMessageEntity);

                /** MessageEntity type. */
                public type: string;

                /** MessageEntity offset. */
                public offset: number;

                /** MessageEntity length. */
                public length: number;

                /** MessageEntity url. */
                public url: string;

                /** MessageEntity ex. */
                public ex: string;

                /**
                 * Creates a new MessageEntity instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MessageEntity instance
                 */
                public static create(properties?: openim.sdk.shared.IMessageEntity): openim.sdk.shared.MessageEntity;

                /**
                 * Encodes the specified MessageEntity message. Does not implicitly {@link openim.sdk.shared.MessageEntity.verify|verify} messages.
                 * @param message MessageEntity message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IMessageEntity, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MessageEntity message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MessageEntity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.MessageEntity;

                /**
                 * Creates a MessageEntity message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MessageEntity
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.MessageEntity;

                /**
                 * Creates a plain object from a MessageEntity message. Also converts values to other types if specified.
                 * @param message MessageEntity
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.MessageEntity, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MessageEntity to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MessageEntity
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MergeElem. */
            interface IMergeElem {

                /** MergeElem title */
                title?: (string|null);

                /** MergeElem abstractList */
                abstractList?: (string[]|null);

                /** MergeElem multiMessage */
                multiMessage?: (openim.sdk.shared.IIMMessage[]|null);

                /** MergeElem messageEntityList */
                messageEntityList?: (openim.sdk.shared.IMessageEntity[]|null);
            }

            /** Represents a MergeElem. */
            class MergeElem implements IMergeElem {

                /**
                 * Constructs a new MergeElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IMergeElem);

                /** MergeElem title. */
                public title: string;

                /** MergeElem abstractList. */
                public abstractList: string[];

                /** MergeElem multiMessage. */
                public multiMessage: openim.sdk.shared.IIMMessage[];

                /** MergeElem messageEntityList. */
                public messageEntityList: openim.sdk.shared.IMessageEntity[];

                /**
                 * Creates a new MergeElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MergeElem instance
                 */
                public static create(properties?: openim.sdk.shared.IMergeElem): openim.sdk.shared.MergeElem;

                /**
                 * Encodes the specified MergeElem message. Does not implicitly {@link openim.sdk.shared.MergeElem.verify|verify} messages.
                 * @param message MergeElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IMergeElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MergeElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MergeElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.MergeElem;

                /**
                 * Creates a MergeElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MergeElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.MergeElem;

                /**
                 * Creates a plain object from a MergeElem message. Also converts values to other types if specified.
                 * @param message MergeElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.MergeElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MergeElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MergeElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AtTextElem. */
            interface IAtTextElem {

                /** AtTextElem text */
                text?: (string|null);

                /** AtTextElem atUserList */
                atUserList?: (string[]|null);

                /** AtTextElem atUsersInfo */
                atUsersInfo?: (openim.sdk.shared.IAtInfo[]|null);

                /** AtTextElem quoteMessage */
                quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /** AtTextElem isAtSelf */
                isAtSelf?: (boolean|null);
            }

            /** Represents an AtTextElem. */
            class AtTextElem implements IAtTextElem {

                /**
                 * Constructs a new AtTextElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IAtTextElem);

                /** AtTextElem text. */
                public text: string;

                /** AtTextElem atUserList. */
                public atUserList: string[];

                /** AtTextElem atUsersInfo. */
                public atUsersInfo: openim.sdk.shared.IAtInfo[];

                /** AtTextElem quoteMessage. */
                public quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /** AtTextElem isAtSelf. */
                public isAtSelf: boolean;

                /**
                 * Creates a new AtTextElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AtTextElem instance
                 */
                public static create(properties?: openim.sdk.shared.IAtTextElem): openim.sdk.shared.AtTextElem;

                /**
                 * Encodes the specified AtTextElem message. Does not implicitly {@link openim.sdk.shared.AtTextElem.verify|verify} messages.
                 * @param message AtTextElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IAtTextElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AtTextElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AtTextElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.AtTextElem;

                /**
                 * Creates an AtTextElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AtTextElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.AtTextElem;

                /**
                 * Creates a plain object from an AtTextElem message. Also converts values to other types if specified.
                 * @param message AtTextElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.AtTextElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AtTextElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for AtTextElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FaceElem. */
            interface IFaceElem {

                /** FaceElem index */
                index?: (number|null);

                /** FaceElem data */
                data?: (string|null);
            }

            /** Represents a FaceElem. */
            class FaceElem implements IFaceElem {

                /**
                 * Constructs a new FaceElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IFaceElem);

                /** FaceElem index. */
                public index: number;

                /** FaceElem data. */
                public data: string;

                /**
                 * Creates a new FaceElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FaceElem instance
                 */
                public static create(properties?: openim.sdk.shared.IFaceElem): openim.sdk.shared.FaceElem;

                /**
                 * Encodes the specified FaceElem message. Does not implicitly {@link openim.sdk.shared.FaceElem.verify|verify} messages.
                 * @param message FaceElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IFaceElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FaceElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FaceElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.FaceElem;

                /**
                 * Creates a FaceElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FaceElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.FaceElem;

                /**
                 * Creates a plain object from a FaceElem message. Also converts values to other types if specified.
                 * @param message FaceElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.FaceElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FaceElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FaceElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a LocationElem. */
            interface ILocationElem {

                /** LocationElem description */
                description?: (string|null);

                /** LocationElem longitude */
                longitude?: (number|null);

                /** LocationElem latitude */
                latitude?: (number|null);
            }

            /** Represents a LocationElem. */
            class LocationElem implements ILocationElem {

                /**
                 * Constructs a new LocationElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ILocationElem);

                /** LocationElem description. */
                public description: string;

                /** LocationElem longitude. */
                public longitude: number;

                /** LocationElem latitude. */
                public latitude: number;

                /**
                 * Creates a new LocationElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LocationElem instance
                 */
                public static create(properties?: openim.sdk.shared.ILocationElem): openim.sdk.shared.LocationElem;

                /**
                 * Encodes the specified LocationElem message. Does not implicitly {@link openim.sdk.shared.LocationElem.verify|verify} messages.
                 * @param message LocationElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ILocationElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LocationElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns LocationElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.LocationElem;

                /**
                 * Creates a LocationElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LocationElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.LocationElem;

                /**
                 * Creates a plain object from a LocationElem message. Also converts values to other types if specified.
                 * @param message LocationElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.LocationElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LocationElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for LocationElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CustomElem. */
            interface ICustomElem {

                /** CustomElem data */
                data?: (string|null);

                /** CustomElem description */
                description?: (string|null);

                /** CustomElem extension */
                extension?: (string|null);
            }

            /** Represents a CustomElem. */
            class CustomElem implements ICustomElem {

                /**
                 * Constructs a new CustomElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ICustomElem);

                /** CustomElem data. */
                public data: string;

                /** CustomElem description. */
                public description: string;

                /** CustomElem extension. */
                public extension: string;

                /**
                 * Creates a new CustomElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CustomElem instance
                 */
                public static create(properties?: openim.sdk.shared.ICustomElem): openim.sdk.shared.CustomElem;

                /**
                 * Encodes the specified CustomElem message. Does not implicitly {@link openim.sdk.shared.CustomElem.verify|verify} messages.
                 * @param message CustomElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ICustomElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CustomElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CustomElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.CustomElem;

                /**
                 * Creates a CustomElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CustomElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.CustomElem;

                /**
                 * Creates a plain object from a CustomElem message. Also converts values to other types if specified.
                 * @param message CustomElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.CustomElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CustomElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CustomElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuoteElem. */
            interface IQuoteElem {

                /** QuoteElem text */
                text?: (string|null);

                /** QuoteElem quoteMessage */
                quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /** QuoteElem messageEntityList */
                messageEntityList?: (openim.sdk.shared.IMessageEntity[]|null);
            }

            /** Represents a QuoteElem. */
            class QuoteElem implements IQuoteElem {

                /**
                 * Constructs a new QuoteElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IQuoteElem);

                /** QuoteElem text. */
                public text: string;

                /** QuoteElem quoteMessage. */
                public quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /** QuoteElem messageEntityList. */
                public messageEntityList: openim.sdk.shared.IMessageEntity[];

                /**
                 * Creates a new QuoteElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuoteElem instance
                 */
                public static create(properties?: openim.sdk.shared.IQuoteElem): openim.sdk.shared.QuoteElem;

                /**
                 * Encodes the specified QuoteElem message. Does not implicitly {@link openim.sdk.shared.QuoteElem.verify|verify} messages.
                 * @param message QuoteElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IQuoteElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuoteElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuoteElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.QuoteElem;

                /**
                 * Creates a QuoteElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns QuoteElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.QuoteElem;

                /**
                 * Creates a plain object from a QuoteElem message. Also converts values to other types if specified.
                 * @param message QuoteElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.QuoteElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this QuoteElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for QuoteElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AdvancedTextElem. */
            interface IAdvancedTextElem {

                /** AdvancedTextElem text */
                text?: (string|null);

                /** AdvancedTextElem messageEntityList */
                messageEntityList?: (openim.sdk.shared.IMessageEntity[]|null);
            }

            /** Represents an AdvancedTextElem. */
            class AdvancedTextElem implements IAdvancedTextElem {

                /**
                 * Constructs a new AdvancedTextElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IAdvancedTextElem);

                /** AdvancedTextElem text. */
                public text: string;

                /** AdvancedTextElem messageEntityList. */
                public messageEntityList: openim.sdk.shared.IMessageEntity[];

                /**
                 * Creates a new AdvancedTextElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AdvancedTextElem instance
                 */
                public static create(properties?: openim.sdk.shared.IAdvancedTextElem): openim.sdk.shared.AdvancedTextElem;

                /**
                 * Encodes the specified AdvancedTextElem message. Does not implicitly {@link openim.sdk.shared.AdvancedTextElem.verify|verify} messages.
                 * @param message AdvancedTextElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IAdvancedTextElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AdvancedTextElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AdvancedTextElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.AdvancedTextElem;

                /**
                 * Creates an AdvancedTextElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AdvancedTextElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.AdvancedTextElem;

                /**
                 * Creates a plain object from an AdvancedTextElem message. Also converts values to other types if specified.
                 * @param message AdvancedTextElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.AdvancedTextElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AdvancedTextElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for AdvancedTextElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TypingElem. */
            interface ITypingElem {

                /** TypingElem msgTips */
                msgTips?: (string|null);
            }

            /** Represents a TypingElem. */
            class TypingElem implements ITypingElem {

                /**
                 * Constructs a new TypingElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.ITypingElem);

                /** TypingElem msgTips. */
                public msgTips: string;

                /**
                 * Creates a new TypingElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TypingElem instance
                 */
                public static create(properties?: openim.sdk.shared.ITypingElem): openim.sdk.shared.TypingElem;

                /**
                 * Encodes the specified TypingElem message. Does not implicitly {@link openim.sdk.shared.TypingElem.verify|verify} messages.
                 * @param message TypingElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.ITypingElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TypingElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TypingElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.TypingElem;

                /**
                 * Creates a TypingElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TypingElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.TypingElem;

                /**
                 * Creates a plain object from a TypingElem message. Also converts values to other types if specified.
                 * @param message TypingElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.TypingElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TypingElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TypingElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StreamElem. */
            interface IStreamElem {

                /** StreamElem type */
                type?: (string|null);

                /** StreamElem content */
                content?: (string|null);

                /** StreamElem packets */
                packets?: (string[]|null);

                /** StreamElem end */
                end?: (boolean|null);
            }

            /** Represents a StreamElem. */
            class StreamElem implements IStreamElem {

                /**
                 * Constructs a new StreamElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IStreamElem);

                /** StreamElem type. */
                public type: string;

                /** StreamElem content. */
                public content: string;

                /** StreamElem packets. */
                public packets: string[];

                /** StreamElem end. */
                public end: boolean;

                /**
                 * Creates a new StreamElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StreamElem instance
                 */
                public static create(properties?: openim.sdk.shared.IStreamElem): openim.sdk.shared.StreamElem;

                /**
                 * Encodes the specified StreamElem message. Does not implicitly {@link openim.sdk.shared.StreamElem.verify|verify} messages.
                 * @param message StreamElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IStreamElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StreamElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StreamElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.StreamElem;

                /**
                 * Creates a StreamElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StreamElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.StreamElem;

                /**
                 * Creates a plain object from a StreamElem message. Also converts values to other types if specified.
                 * @param message StreamElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.StreamElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StreamElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for StreamElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupHasReadInfo. */
            interface IGroupHasReadInfo {

                /** GroupHasReadInfo hasReadUserIDList */
                hasReadUserIDList?: (string[]|null);

                /** GroupHasReadInfo hasReadCount */
                hasReadCount?: (number|null);

                /** GroupHasReadInfo groupMemberCount */
                groupMemberCount?: (number|null);
            }

            /** Represents a GroupHasReadInfo. */
            class GroupHasReadInfo implements IGroupHasReadInfo {

                /**
                 * Constructs a new GroupHasReadInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupHasReadInfo);

                /** GroupHasReadInfo hasReadUserIDList. */
                public hasReadUserIDList: string[];

                /** GroupHasReadInfo hasReadCount. */
                public hasReadCount: number;

                /** GroupHasReadInfo groupMemberCount. */
                public groupMemberCount: number;

                /**
                 * Creates a new GroupHasReadInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupHasReadInfo instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupHasReadInfo): openim.sdk.shared.GroupHasReadInfo;

                /**
                 * Encodes the specified GroupHasReadInfo message. Does not implicitly {@link openim.sdk.shared.GroupHasReadInfo.verify|verify} messages.
                 * @param message GroupHasReadInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupHasReadInfo, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupHasReadInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupHasReadInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupHasReadInfo;

                /**
                 * Creates a GroupHasReadInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupHasReadInfo
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupHasReadInfo;

                /**
                 * Creates a plain object from a GroupHasReadInfo message. Also converts values to other types if specified.
                 * @param message GroupHasReadInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupHasReadInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupHasReadInfo to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupHasReadInfo
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an UploadProgress. */
            interface IUploadProgress {

                /** UploadProgress total */
                total?: (number|Long|null);

                /** UploadProgress save */
                save?: (number|Long|null);

                /** UploadProgress current */
                current?: (number|Long|null);

                /** UploadProgress uploadID */
                uploadID?: (string|null);
            }

            /** Represents an UploadProgress. */
            class UploadProgress implements IUploadProgress {

                /**
                 * Constructs a new UploadProgress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IUploadProgress);

                /** UploadProgress total. */
                public total: (number|Long);

                /** UploadProgress save. */
                public save: (number|Long);

                /** UploadProgress current. */
                public current: (number|Long);

                /** UploadProgress uploadID. */
                public uploadID: string;

                /**
                 * Creates a new UploadProgress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UploadProgress instance
                 */
                public static create(properties?: openim.sdk.shared.IUploadProgress): openim.sdk.shared.UploadProgress;

                /**
                 * Encodes the specified UploadProgress message. Does not implicitly {@link openim.sdk.shared.UploadProgress.verify|verify} messages.
                 * @param message UploadProgress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IUploadProgress, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UploadProgress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns UploadProgress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.UploadProgress;

                /**
                 * Creates an UploadProgress message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns UploadProgress
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.UploadProgress;

                /**
                 * Creates a plain object from an UploadProgress message. Also converts values to other types if specified.
                 * @param message UploadProgress
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.UploadProgress, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this UploadProgress to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for UploadProgress
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AttachedInfoElem. */
            interface IAttachedInfoElem {

                /** AttachedInfoElem groupHasReadInfo */
                groupHasReadInfo?: (openim.sdk.shared.IGroupHasReadInfo|null);

                /** AttachedInfoElem isPrivateChat */
                isPrivateChat?: (boolean|null);

                /** AttachedInfoElem burnDuration */
                burnDuration?: (number|null);

                /** AttachedInfoElem hasReadTime */
                hasReadTime?: (number|Long|null);

                /** AttachedInfoElem progress */
                progress?: (openim.sdk.shared.IUploadProgress|null);
            }

            /** Represents an AttachedInfoElem. */
            class AttachedInfoElem implements IAttachedInfoElem {

                /**
                 * Constructs a new AttachedInfoElem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IAttachedInfoElem);

                /** AttachedInfoElem groupHasReadInfo. */
                public groupHasReadInfo?: (openim.sdk.shared.IGroupHasReadInfo|null);

                /** AttachedInfoElem isPrivateChat. */
                public isPrivateChat: boolean;

                /** AttachedInfoElem burnDuration. */
                public burnDuration: number;

                /** AttachedInfoElem hasReadTime. */
                public hasReadTime: (number|Long);

                /** AttachedInfoElem progress. */
                public progress?: (openim.sdk.shared.IUploadProgress|null);

                /**
                 * Creates a new AttachedInfoElem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AttachedInfoElem instance
                 */
                public static create(properties?: openim.sdk.shared.IAttachedInfoElem): openim.sdk.shared.AttachedInfoElem;

                /**
                 * Encodes the specified AttachedInfoElem message. Does not implicitly {@link openim.sdk.shared.AttachedInfoElem.verify|verify} messages.
                 * @param message AttachedInfoElem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IAttachedInfoElem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AttachedInfoElem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AttachedInfoElem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.AttachedInfoElem;

                /**
                 * Creates an AttachedInfoElem message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns AttachedInfoElem
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.AttachedInfoElem;

                /**
                 * Creates a plain object from an AttachedInfoElem message. Also converts values to other types if specified.
                 * @param message AttachedInfoElem
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.AttachedInfoElem, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this AttachedInfoElem to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for AttachedInfoElem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupCreatedTips. */
            interface IGroupCreatedTips {

                /** GroupCreatedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupCreatedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupCreatedTips memberList */
                memberList?: (openim.sdk.shared.IIMGroupMember[]|null);

                /** GroupCreatedTips operationTime */
                operationTime?: (number|Long|null);

                /** GroupCreatedTips groupOwnerUser */
                groupOwnerUser?: (openim.sdk.shared.IIMGroupMember|null);
            }

            /** Represents a GroupCreatedTips. */
            class GroupCreatedTips implements IGroupCreatedTips {

                /**
                 * Constructs a new GroupCreatedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupCreatedTips);

                /** GroupCreatedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupCreatedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupCreatedTips memberList. */
                public memberList: openim.sdk.shared.IIMGroupMember[];

                /** GroupCreatedTips operationTime. */
                public operationTime: (number|Long);

                /** GroupCreatedTips groupOwnerUser. */
                public groupOwnerUser?: (openim.sdk.shared.IIMGroupMember|null);

                /**
                 * Creates a new GroupCreatedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupCreatedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupCreatedTips): openim.sdk.shared.GroupCreatedTips;

                /**
                 * Encodes the specified GroupCreatedTips message. Does not implicitly {@link openim.sdk.shared.GroupCreatedTips.verify|verify} messages.
                 * @param message GroupCreatedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupCreatedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupCreatedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupCreatedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupCreatedTips;

                /**
                 * Creates a GroupCreatedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupCreatedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupCreatedTips;

                /**
                 * Creates a plain object from a GroupCreatedTips message. Also converts values to other types if specified.
                 * @param message GroupCreatedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupCreatedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupCreatedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupCreatedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MemberQuitTips. */
            interface IMemberQuitTips {

                /** MemberQuitTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberQuitTips quitUser */
                quitUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberQuitTips operationTime */
                operationTime?: (number|Long|null);
            }

            /** Represents a MemberQuitTips. */
            class MemberQuitTips implements IMemberQuitTips {

                /**
                 * Constructs a new MemberQuitTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IMemberQuitTips);

                /** MemberQuitTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberQuitTips quitUser. */
                public quitUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberQuitTips operationTime. */
                public operationTime: (number|Long);

                /**
                 * Creates a new MemberQuitTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberQuitTips instance
                 */
                public static create(properties?: openim.sdk.shared.IMemberQuitTips): openim.sdk.shared.MemberQuitTips;

                /**
                 * Encodes the specified MemberQuitTips message. Does not implicitly {@link openim.sdk.shared.MemberQuitTips.verify|verify} messages.
                 * @param message MemberQuitTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IMemberQuitTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberQuitTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MemberQuitTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.MemberQuitTips;

                /**
                 * Creates a MemberQuitTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberQuitTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.MemberQuitTips;

                /**
                 * Creates a plain object from a MemberQuitTips message. Also converts values to other types if specified.
                 * @param message MemberQuitTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.MemberQuitTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberQuitTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MemberQuitTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupOwnerTransferredTips. */
            interface IGroupOwnerTransferredTips {

                /** GroupOwnerTransferredTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupOwnerTransferredTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupOwnerTransferredTips newGroupOwner */
                newGroupOwner?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupOwnerTransferredTips oldGroupOwner */
                oldGroupOwner?: (string|null);

                /** GroupOwnerTransferredTips operationTime */
                operationTime?: (number|Long|null);

                /** GroupOwnerTransferredTips oldGroupOwnerInfo */
                oldGroupOwnerInfo?: (openim.sdk.shared.IIMGroupMember|null);
            }

            /** Represents a GroupOwnerTransferredTips. */
            class GroupOwnerTransferredTips implements IGroupOwnerTransferredTips {

                /**
                 * Constructs a new GroupOwnerTransferredTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupOwnerTransferredTips);

                /** GroupOwnerTransferredTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupOwnerTransferredTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupOwnerTransferredTips newGroupOwner. */
                public newGroupOwner?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupOwnerTransferredTips oldGroupOwner. */
                public oldGroupOwner: string;

                /** GroupOwnerTransferredTips operationTime. */
                public operationTime: (number|Long);

                /** GroupOwnerTransferredTips oldGroupOwnerInfo. */
                public oldGroupOwnerInfo?: (openim.sdk.shared.IIMGroupMember|null);

                /**
                 * Creates a new GroupOwnerTransferredTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupOwnerTransferredTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupOwnerTransferredTips): openim.sdk.shared.GroupOwnerTransferredTips;

                /**
                 * Encodes the specified GroupOwnerTransferredTips message. Does not implicitly {@link openim.sdk.shared.GroupOwnerTransferredTips.verify|verify} messages.
                 * @param message GroupOwnerTransferredTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupOwnerTransferredTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupOwnerTransferredTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupOwnerTransferredTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupOwnerTransferredTips;

                /**
                 * Creates a GroupOwnerTransferredTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupOwnerTransferredTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupOwnerTransferredTips;

                /**
                 * Creates a plain object from a GroupOwnerTransferredTips message. Also converts values to other types if specified.
                 * @param message GroupOwnerTransferredTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupOwnerTransferredTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupOwnerTransferredTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupOwnerTransferredTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MemberKickedTips. */
            interface IMemberKickedTips {

                /** MemberKickedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberKickedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberKickedTips kickedUserList */
                kickedUserList?: (openim.sdk.shared.IIMGroupMember[]|null);

                /** MemberKickedTips operationTime */
                operationTime?: (number|Long|null);
            }

            /** Represents a MemberKickedTips. */
            class MemberKickedTips implements IMemberKickedTips {

                /**
                 * Constructs a new MemberKickedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IMemberKickedTips);

                /** MemberKickedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberKickedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberKickedTips kickedUserList. */
                public kickedUserList: openim.sdk.shared.IIMGroupMember[];

                /** MemberKickedTips operationTime. */
                public operationTime: (number|Long);

                /**
                 * Creates a new MemberKickedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberKickedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IMemberKickedTips): openim.sdk.shared.MemberKickedTips;

                /**
                 * Encodes the specified MemberKickedTips message. Does not implicitly {@link openim.sdk.shared.MemberKickedTips.verify|verify} messages.
                 * @param message MemberKickedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IMemberKickedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberKickedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MemberKickedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.MemberKickedTips;

                /**
                 * Creates a MemberKickedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberKickedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.MemberKickedTips;

                /**
                 * Creates a plain object from a MemberKickedTips message. Also converts values to other types if specified.
                 * @param message MemberKickedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.MemberKickedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberKickedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MemberKickedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MemberInvitedTips. */
            interface IMemberInvitedTips {

                /** MemberInvitedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberInvitedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberInvitedTips invitedUserList */
                invitedUserList?: (openim.sdk.shared.IIMGroupMember[]|null);

                /** MemberInvitedTips operationTime */
                operationTime?: (number|Long|null);

                /** MemberInvitedTips inviterUser */
                inviterUser?: (openim.sdk.shared.IIMGroupMember|null);
            }

            /** Represents a MemberInvitedTips. */
            class MemberInvitedTips implements IMemberInvitedTips {

                /**
                 * Constructs a new MemberInvitedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IMemberInvitedTips);

                /** MemberInvitedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberInvitedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberInvitedTips invitedUserList. */
                public invitedUserList: openim.sdk.shared.IIMGroupMember[];

                /** MemberInvitedTips operationTime. */
                public operationTime: (number|Long);

                /** MemberInvitedTips inviterUser. */
                public inviterUser?: (openim.sdk.shared.IIMGroupMember|null);

                /**
                 * Creates a new MemberInvitedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberInvitedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IMemberInvitedTips): openim.sdk.shared.MemberInvitedTips;

                /**
                 * Encodes the specified MemberInvitedTips message. Does not implicitly {@link openim.sdk.shared.MemberInvitedTips.verify|verify} messages.
                 * @param message MemberInvitedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IMemberInvitedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberInvitedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MemberInvitedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.MemberInvitedTips;

                /**
                 * Creates a MemberInvitedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberInvitedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.MemberInvitedTips;

                /**
                 * Creates a plain object from a MemberInvitedTips message. Also converts values to other types if specified.
                 * @param message MemberInvitedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.MemberInvitedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberInvitedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MemberInvitedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MemberEnterTips. */
            interface IMemberEnterTips {

                /** MemberEnterTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberEnterTips entrantUser */
                entrantUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberEnterTips operationTime */
                operationTime?: (number|Long|null);
            }

            /** Represents a MemberEnterTips. */
            class MemberEnterTips implements IMemberEnterTips {

                /**
                 * Constructs a new MemberEnterTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IMemberEnterTips);

                /** MemberEnterTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** MemberEnterTips entrantUser. */
                public entrantUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** MemberEnterTips operationTime. */
                public operationTime: (number|Long);

                /**
                 * Creates a new MemberEnterTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MemberEnterTips instance
                 */
                public static create(properties?: openim.sdk.shared.IMemberEnterTips): openim.sdk.shared.MemberEnterTips;

                /**
                 * Encodes the specified MemberEnterTips message. Does not implicitly {@link openim.sdk.shared.MemberEnterTips.verify|verify} messages.
                 * @param message MemberEnterTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IMemberEnterTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MemberEnterTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MemberEnterTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.MemberEnterTips;

                /**
                 * Creates a MemberEnterTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns MemberEnterTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.MemberEnterTips;

                /**
                 * Creates a plain object from a MemberEnterTips message. Also converts values to other types if specified.
                 * @param message MemberEnterTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.MemberEnterTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this MemberEnterTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for MemberEnterTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupDismissedTips. */
            interface IGroupDismissedTips {

                /** GroupDismissedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupDismissedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupDismissedTips operationTime */
                operationTime?: (number|Long|null);
            }

            /** Represents a GroupDismissedTips. */
            class GroupDismissedTips implements IGroupDismissedTips {

                /**
                 * Constructs a new GroupDismissedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupDismissedTips);

                /** GroupDismissedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupDismissedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupDismissedTips operationTime. */
                public operationTime: (number|Long);

                /**
                 * Creates a new GroupDismissedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupDismissedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupDismissedTips): openim.sdk.shared.GroupDismissedTips;

                /**
                 * Encodes the specified GroupDismissedTips message. Does not implicitly {@link openim.sdk.shared.GroupDismissedTips.verify|verify} messages.
                 * @param message GroupDismissedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupDismissedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupDismissedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupDismissedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupDismissedTips;

                /**
                 * Creates a GroupDismissedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupDismissedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupDismissedTips;

                /**
                 * Creates a plain object from a GroupDismissedTips message. Also converts values to other types if specified.
                 * @param message GroupDismissedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupDismissedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupDismissedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupDismissedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupMemberMutedTips. */
            interface IGroupMemberMutedTips {

                /** GroupMemberMutedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupMemberMutedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMemberMutedTips operationTime */
                operationTime?: (number|Long|null);

                /** GroupMemberMutedTips mutedUser */
                mutedUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMemberMutedTips mutedSeconds */
                mutedSeconds?: (number|null);
            }

            /** Represents a GroupMemberMutedTips. */
            class GroupMemberMutedTips implements IGroupMemberMutedTips {

                /**
                 * Constructs a new GroupMemberMutedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupMemberMutedTips);

                /** GroupMemberMutedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupMemberMutedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMemberMutedTips operationTime. */
                public operationTime: (number|Long);

                /** GroupMemberMutedTips mutedUser. */
                public mutedUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMemberMutedTips mutedSeconds. */
                public mutedSeconds: number;

                /**
                 * Creates a new GroupMemberMutedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupMemberMutedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupMemberMutedTips): openim.sdk.shared.GroupMemberMutedTips;

                /**
                 * Encodes the specified GroupMemberMutedTips message. Does not implicitly {@link openim.sdk.shared.GroupMemberMutedTips.verify|verify} messages.
                 * @param message GroupMemberMutedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupMemberMutedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupMemberMutedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupMemberMutedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupMemberMutedTips;

                /**
                 * Creates a GroupMemberMutedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupMemberMutedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupMemberMutedTips;

                /**
                 * Creates a plain object from a GroupMemberMutedTips message. Also converts values to other types if specified.
                 * @param message GroupMemberMutedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupMemberMutedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupMemberMutedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupMemberMutedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupMemberCancelMutedTips. */
            interface IGroupMemberCancelMutedTips {

                /** GroupMemberCancelMutedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupMemberCancelMutedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMemberCancelMutedTips operationTime */
                operationTime?: (number|Long|null);

                /** GroupMemberCancelMutedTips mutedUser */
                mutedUser?: (openim.sdk.shared.IIMGroupMember|null);
            }

            /** Represents a GroupMemberCancelMutedTips. */
            class GroupMemberCancelMutedTips implements IGroupMemberCancelMutedTips {

                /**
                 * Constructs a new GroupMemberCancelMutedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupMemberCancelMutedTips);

                /** GroupMemberCancelMutedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupMemberCancelMutedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMemberCancelMutedTips operationTime. */
                public operationTime: (number|Long);

                /** GroupMemberCancelMutedTips mutedUser. */
                public mutedUser?: (openim.sdk.shared.IIMGroupMember|null);

                /**
                 * Creates a new GroupMemberCancelMutedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupMemberCancelMutedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupMemberCancelMutedTips): openim.sdk.shared.GroupMemberCancelMutedTips;

                /**
                 * Encodes the specified GroupMemberCancelMutedTips message. Does not implicitly {@link openim.sdk.shared.GroupMemberCancelMutedTips.verify|verify} messages.
                 * @param message GroupMemberCancelMutedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupMemberCancelMutedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupMemberCancelMutedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupMemberCancelMutedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupMemberCancelMutedTips;

                /**
                 * Creates a GroupMemberCancelMutedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupMemberCancelMutedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupMemberCancelMutedTips;

                /**
                 * Creates a plain object from a GroupMemberCancelMutedTips message. Also converts values to other types if specified.
                 * @param message GroupMemberCancelMutedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupMemberCancelMutedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupMemberCancelMutedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupMemberCancelMutedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupMutedTips. */
            interface IGroupMutedTips {

                /** GroupMutedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupMutedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMutedTips operationTime */
                operationTime?: (number|Long|null);
            }

            /** Represents a GroupMutedTips. */
            class GroupMutedTips implements IGroupMutedTips {

                /**
                 * Constructs a new GroupMutedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupMutedTips);

                /** GroupMutedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupMutedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupMutedTips operationTime. */
                public operationTime: (number|Long);

                /**
                 * Creates a new GroupMutedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupMutedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupMutedTips): openim.sdk.shared.GroupMutedTips;

                /**
                 * Encodes the specified GroupMutedTips message. Does not implicitly {@link openim.sdk.shared.GroupMutedTips.verify|verify} messages.
                 * @param message GroupMutedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupMutedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupMutedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupMutedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupMutedTips;

                /**
                 * Creates a GroupMutedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupMutedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupMutedTips;

                /**
                 * Creates a plain object from a GroupMutedTips message. Also converts values to other types if specified.
                 * @param message GroupMutedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupMutedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupMutedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupMutedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GroupCancelMutedTips. */
            interface IGroupCancelMutedTips {

                /** GroupCancelMutedTips group */
                group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupCancelMutedTips opUser */
                opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupCancelMutedTips operationTime */
                operationTime?: (number|Long|null);
            }

            /** Represents a GroupCancelMutedTips. */
            class GroupCancelMutedTips implements IGroupCancelMutedTips {

                /**
                 * Constructs a new GroupCancelMutedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IGroupCancelMutedTips);

                /** GroupCancelMutedTips group. */
                public group?: (openim.sdk.shared.IIMGroup|null);

                /** GroupCancelMutedTips opUser. */
                public opUser?: (openim.sdk.shared.IIMGroupMember|null);

                /** GroupCancelMutedTips operationTime. */
                public operationTime: (number|Long);

                /**
                 * Creates a new GroupCancelMutedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GroupCancelMutedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IGroupCancelMutedTips): openim.sdk.shared.GroupCancelMutedTips;

                /**
                 * Encodes the specified GroupCancelMutedTips message. Does not implicitly {@link openim.sdk.shared.GroupCancelMutedTips.verify|verify} messages.
                 * @param message GroupCancelMutedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IGroupCancelMutedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GroupCancelMutedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GroupCancelMutedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.GroupCancelMutedTips;

                /**
                 * Creates a GroupCancelMutedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GroupCancelMutedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.GroupCancelMutedTips;

                /**
                 * Creates a plain object from a GroupCancelMutedTips message. Also converts values to other types if specified.
                 * @param message GroupCancelMutedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.GroupCancelMutedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GroupCancelMutedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GroupCancelMutedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FromToUserID. */
            interface IFromToUserID {

                /** FromToUserID fromUserID */
                fromUserID?: (string|null);

                /** FromToUserID toUserID */
                toUserID?: (string|null);
            }

            /** Represents a FromToUserID. */
            class FromToUserID implements IFromToUserID {

                /**
                 * Constructs a new FromToUserID.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IFromToUserID);

                /** FromToUserID fromUserID. */
                public fromUserID: string;

                /** FromToUserID toUserID. */
                public toUserID: string;

                /**
                 * Creates a new FromToUserID instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FromToUserID instance
                 */
                public static create(properties?: openim.sdk.shared.IFromToUserID): openim.sdk.shared.FromToUserID;

                /**
                 * Encodes the specified FromToUserID message. Does not implicitly {@link openim.sdk.shared.FromToUserID.verify|verify} messages.
                 * @param message FromToUserID message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IFromToUserID, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FromToUserID message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FromToUserID
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.FromToUserID;

                /**
                 * Creates a FromToUserID message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FromToUserID
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.FromToUserID;

                /**
                 * Creates a plain object from a FromToUserID message. Also converts values to other types if specified.
                 * @param message FromToUserID
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.FromToUserID, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FromToUserID to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FromToUserID
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a FriendApplicationApprovedTips. */
            interface IFriendApplicationApprovedTips {

                /** FriendApplicationApprovedTips fromToUserID */
                fromToUserID?: (openim.sdk.shared.IFromToUserID|null);
            }

            /** Represents a FriendApplicationApprovedTips. */
            class FriendApplicationApprovedTips implements IFriendApplicationApprovedTips {

                /**
                 * Constructs a new FriendApplicationApprovedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IFriendApplicationApprovedTips);

                /** FriendApplicationApprovedTips fromToUserID. */
                public fromToUserID?: (openim.sdk.shared.IFromToUserID|null);

                /**
                 * Creates a new FriendApplicationApprovedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FriendApplicationApprovedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IFriendApplicationApprovedTips): openim.sdk.shared.FriendApplicationApprovedTips;

                /**
                 * Encodes the specified FriendApplicationApprovedTips message. Does not implicitly {@link openim.sdk.shared.FriendApplicationApprovedTips.verify|verify} messages.
                 * @param message FriendApplicationApprovedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IFriendApplicationApprovedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FriendApplicationApprovedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns FriendApplicationApprovedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.FriendApplicationApprovedTips;

                /**
                 * Creates a FriendApplicationApprovedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FriendApplicationApprovedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.FriendApplicationApprovedTips;

                /**
                 * Creates a plain object from a FriendApplicationApprovedTips message. Also converts values to other types if specified.
                 * @param message FriendApplicationApprovedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.FriendApplicationApprovedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FriendApplicationApprovedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for FriendApplicationApprovedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RevokedTips. */
            interface IRevokedTips {

                /** RevokedTips revokerID */
                revokerID?: (string|null);

                /** RevokedTips revokerRole */
                revokerRole?: (number|null);

                /** RevokedTips clientMsgID */
                clientMsgID?: (string|null);

                /** RevokedTips revokerNickname */
                revokerNickname?: (string|null);

                /** RevokedTips revokeTime */
                revokeTime?: (number|Long|null);

                /** RevokedTips sourceMessageSendTime */
                sourceMessageSendTime?: (number|Long|null);

                /** RevokedTips sourceMessageSendID */
                sourceMessageSendID?: (string|null);

                /** RevokedTips sourceMessageSenderNickname */
                sourceMessageSenderNickname?: (string|null);

                /** RevokedTips sessionType */
                sessionType?: (number|null);

                /** RevokedTips seq */
                seq?: (number|Long|null);

                /** RevokedTips ex */
                ex?: (string|null);
            }

            /** Represents a RevokedTips. */
            class RevokedTips implements IRevokedTips {

                /**
                 * Constructs a new RevokedTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IRevokedTips);

                /** RevokedTips revokerID. */
                public revokerID: string;

                /** RevokedTips revokerRole. */
                public revokerRole: number;

                /** RevokedTips clientMsgID. */
                public clientMsgID: string;

                /** RevokedTips revokerNickname. */
                public revokerNickname: string;

                /** RevokedTips revokeTime. */
                public revokeTime: (number|Long);

                /** RevokedTips sourceMessageSendTime. */
                public sourceMessageSendTime: (number|Long);

                /** RevokedTips sourceMessageSendID. */
                public sourceMessageSendID: string;

                /** RevokedTips sourceMessageSenderNickname. */
                public sourceMessageSenderNickname: string;

                /** RevokedTips sessionType. */
                public sessionType: number;

                /** RevokedTips seq. */
                public seq: (number|Long);

                /** RevokedTips ex. */
                public ex: string;

                /**
                 * Creates a new RevokedTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokedTips instance
                 */
                public static create(properties?: openim.sdk.shared.IRevokedTips): openim.sdk.shared.RevokedTips;

                /**
                 * Encodes the specified RevokedTips message. Does not implicitly {@link openim.sdk.shared.RevokedTips.verify|verify} messages.
                 * @param message RevokedTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IRevokedTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokedTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RevokedTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.RevokedTips;

                /**
                 * Creates a RevokedTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokedTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.RevokedTips;

                /**
                 * Creates a plain object from a RevokedTips message. Also converts values to other types if specified.
                 * @param message RevokedTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.RevokedTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokedTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for RevokedTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ConversationPrivateChatTips. */
            interface IConversationPrivateChatTips {

                /** ConversationPrivateChatTips recvID */
                recvID?: (string|null);

                /** ConversationPrivateChatTips sendID */
                sendID?: (string|null);

                /** ConversationPrivateChatTips isPrivate */
                isPrivate?: (boolean|null);

                /** ConversationPrivateChatTips conversationID */
                conversationID?: (string|null);
            }

            /** Represents a ConversationPrivateChatTips. */
            class ConversationPrivateChatTips implements IConversationPrivateChatTips {

                /**
                 * Constructs a new ConversationPrivateChatTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IConversationPrivateChatTips);

                /** ConversationPrivateChatTips recvID. */
                public recvID: string;

                /** ConversationPrivateChatTips sendID. */
                public sendID: string;

                /** ConversationPrivateChatTips isPrivate. */
                public isPrivate: boolean;

                /** ConversationPrivateChatTips conversationID. */
                public conversationID: string;

                /**
                 * Creates a new ConversationPrivateChatTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConversationPrivateChatTips instance
                 */
                public static create(properties?: openim.sdk.shared.IConversationPrivateChatTips): openim.sdk.shared.ConversationPrivateChatTips;

                /**
                 * Encodes the specified ConversationPrivateChatTips message. Does not implicitly {@link openim.sdk.shared.ConversationPrivateChatTips.verify|verify} messages.
                 * @param message ConversationPrivateChatTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IConversationPrivateChatTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConversationPrivateChatTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ConversationPrivateChatTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.ConversationPrivateChatTips;

                /**
                 * Creates a ConversationPrivateChatTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConversationPrivateChatTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.ConversationPrivateChatTips;

                /**
                 * Creates a plain object from a ConversationPrivateChatTips message. Also converts values to other types if specified.
                 * @param message ConversationPrivateChatTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.ConversationPrivateChatTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConversationPrivateChatTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for ConversationPrivateChatTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BusinessTips. */
            interface IBusinessTips {

                /** BusinessTips key */
                key?: (string|null);

                /** BusinessTips data */
                data?: (string|null);
            }

            /** Represents a BusinessTips. */
            class BusinessTips implements IBusinessTips {

                /**
                 * Constructs a new BusinessTips.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IBusinessTips);

                /** BusinessTips key. */
                public key: string;

                /** BusinessTips data. */
                public data: string;

                /**
                 * Creates a new BusinessTips instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BusinessTips instance
                 */
                public static create(properties?: openim.sdk.shared.IBusinessTips): openim.sdk.shared.BusinessTips;

                /**
                 * Encodes the specified BusinessTips message. Does not implicitly {@link openim.sdk.shared.BusinessTips.verify|verify} messages.
                 * @param message BusinessTips message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IBusinessTips, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BusinessTips message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BusinessTips
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.BusinessTips;

                /**
                 * Creates a BusinessTips message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BusinessTips
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.BusinessTips;

                /**
                 * Creates a plain object from a BusinessTips message. Also converts values to other types if specified.
                 * @param message BusinessTips
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.BusinessTips, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BusinessTips to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for BusinessTips
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a IMMessage. */
            interface IIMMessage {

                /** IMMessage clientMsgID */
                clientMsgID?: (string|null);

                /** IMMessage serverMsgID */
                serverMsgID?: (string|null);

                /** IMMessage createTime */
                createTime?: (number|Long|null);

                /** IMMessage sendTime */
                sendTime?: (number|Long|null);

                /** IMMessage sessionType */
                sessionType?: (openim.sdk.common.SessionType|null);

                /** IMMessage sendID */
                sendID?: (string|null);

                /** IMMessage recvID */
                recvID?: (string|null);

                /** IMMessage msgFrom */
                msgFrom?: (openim.sdk.common.MsgFrom|null);

                /** IMMessage contentType */
                contentType?: (openim.sdk.common.ContentType|null);

                /** IMMessage senderPlatformID */
                senderPlatformID?: (openim.sdk.common.Platform|null);

                /** IMMessage senderNickname */
                senderNickname?: (string|null);

                /** IMMessage senderFaceURL */
                senderFaceURL?: (string|null);

                /** IMMessage groupID */
                groupID?: (string|null);

                /** IMMessage seq */
                seq?: (number|Long|null);

                /** IMMessage isRead */
                isRead?: (boolean|null);

                /** IMMessage status */
                status?: (openim.sdk.common.MsgStatus|null);

                /** IMMessage offlinePush */
                offlinePush?: (openim.sdk.common.IOfflinePushInfo|null);

                /** IMMessage ex */
                ex?: (string|null);

                /** IMMessage localEx */
                localEx?: (string|null);

                /** IMMessage attachedInfoElem */
                attachedInfoElem?: (openim.sdk.shared.IAttachedInfoElem|null);

                /** IMMessage textElem */
                textElem?: (openim.sdk.shared.ITextElem|null);

                /** IMMessage cardElem */
                cardElem?: (openim.sdk.shared.ICardElem|null);

                /** IMMessage pictureElem */
                pictureElem?: (openim.sdk.shared.IPictureElem|null);

                /** IMMessage soundElem */
                soundElem?: (openim.sdk.shared.ISoundElem|null);

                /** IMMessage videoElem */
                videoElem?: (openim.sdk.shared.IVideoElem|null);

                /** IMMessage fileElem */
                fileElem?: (openim.sdk.shared.IFileElem|null);

                /** IMMessage mergeElem */
                mergeElem?: (openim.sdk.shared.IMergeElem|null);

                /** IMMessage atTextElem */
                atTextElem?: (openim.sdk.shared.IAtTextElem|null);

                /** IMMessage faceElem */
                faceElem?: (openim.sdk.shared.IFaceElem|null);

                /** IMMessage locationElem */
                locationElem?: (openim.sdk.shared.ILocationElem|null);

                /** IMMessage customElem */
                customElem?: (openim.sdk.shared.ICustomElem|null);

                /** IMMessage quoteElem */
                quoteElem?: (openim.sdk.shared.IQuoteElem|null);

                /** IMMessage advancedTextElem */
                advancedTextElem?: (openim.sdk.shared.IAdvancedTextElem|null);

                /** IMMessage typingElem */
                typingElem?: (openim.sdk.shared.ITypingElem|null);

                /** IMMessage streamElem */
                streamElem?: (openim.sdk.shared.IStreamElem|null);

                /** IMMessage revokedTips */
                revokedTips?: (openim.sdk.shared.IRevokedTips|null);

                /** IMMessage groupCreatedTips */
                groupCreatedTips?: (openim.sdk.shared.IGroupCreatedTips|null);

                /** IMMessage memberQuitTips */
                memberQuitTips?: (openim.sdk.shared.IMemberQuitTips|null);

                /** IMMessage groupOwnerTransferredTips */
                groupOwnerTransferredTips?: (openim.sdk.shared.IGroupOwnerTransferredTips|null);

                /** IMMessage memberKickedTips */
                memberKickedTips?: (openim.sdk.shared.IMemberKickedTips|null);

                /** IMMessage memberInvitedTips */
                memberInvitedTips?: (openim.sdk.shared.IMemberInvitedTips|null);

                /** IMMessage memberEnterTips */
                memberEnterTips?: (openim.sdk.shared.IMemberEnterTips|null);

                /** IMMessage groupDismissedTips */
                groupDismissedTips?: (openim.sdk.shared.IGroupDismissedTips|null);

                /** IMMessage groupMemberMutedTips */
                groupMemberMutedTips?: (openim.sdk.shared.IGroupMemberMutedTips|null);

                /** IMMessage groupMemberCancelMutedTips */
                groupMemberCancelMutedTips?: (openim.sdk.shared.IGroupMemberCancelMutedTips|null);

                /** IMMessage groupMutedTips */
                groupMutedTips?: (openim.sdk.shared.IGroupMutedTips|null);

                /** IMMessage groupCancelMutedTips */
                groupCancelMutedTips?: (openim.sdk.shared.IGroupCancelMutedTips|null);

                /** IMMessage friendApplicationApprovedTips */
                friendApplicationApprovedTips?: (openim.sdk.shared.IFriendApplicationApprovedTips|null);

                /** IMMessage conversationPrivateChatTips */
                conversationPrivateChatTips?: (openim.sdk.shared.IConversationPrivateChatTips|null);

                /** IMMessage businessTips */
                businessTips?: (openim.sdk.shared.IBusinessTips|null);
            }

            /** Represents a IMMessage. */
            class IMMessage implements IIMMessage {

                /**
                 * Constructs a new IMMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.shared.IIMMessage);

                /** IMMessage clientMsgID. */
                public clientMsgID: string;

                /** IMMessage serverMsgID. */
                public serverMsgID: string;

                /** IMMessage createTime. */
                public createTime: (number|Long);

                /** IMMessage sendTime. */
                public sendTime: (number|Long);

                /** IMMessage sessionType. */
                public sessionType: openim.sdk.common.SessionType;

                /** IMMessage sendID. */
                public sendID: string;

                /** IMMessage recvID. */
                public recvID: string;

                /** IMMessage msgFrom. */
                public msgFrom: openim.sdk.common.MsgFrom;

                /** IMMessage contentType. */
                public contentType: openim.sdk.common.ContentType;

                /** IMMessage senderPlatformID. */
                public senderPlatformID: openim.sdk.common.Platform;

                /** IMMessage senderNickname. */
                public senderNickname: string;

                /** IMMessage senderFaceURL. */
                public senderFaceURL: string;

                /** IMMessage groupID. */
                public groupID: string;

                /** IMMessage seq. */
                public seq: (number|Long);

                /** IMMessage isRead. */
                public isRead: boolean;

                /** IMMessage status. */
                public status: openim.sdk.common.MsgStatus;

                /** IMMessage offlinePush. */
                public offlinePush?: (openim.sdk.common.IOfflinePushInfo|null);

                /** IMMessage ex. */
                public ex: string;

                /** IMMessage localEx. */
                public localEx: string;

                /** IMMessage attachedInfoElem. */
                public attachedInfoElem?: (openim.sdk.shared.IAttachedInfoElem|null);

                /** IMMessage textElem. */
                public textElem?: (openim.sdk.shared.ITextElem|null);

                /** IMMessage cardElem. */
                public cardElem?: (openim.sdk.shared.ICardElem|null);

                /** IMMessage pictureElem. */
                public pictureElem?: (openim.sdk.shared.IPictureElem|null);

                /** IMMessage soundElem. */
                public soundElem?: (openim.sdk.shared.ISoundElem|null);

                /** IMMessage videoElem. */
                public videoElem?: (openim.sdk.shared.IVideoElem|null);

                /** IMMessage fileElem. */
                public fileElem?: (openim.sdk.shared.IFileElem|null);

                /** IMMessage mergeElem. */
                public mergeElem?: (openim.sdk.shared.IMergeElem|null);

                /** IMMessage atTextElem. */
                public atTextElem?: (openim.sdk.shared.IAtTextElem|null);

                /** IMMessage faceElem. */
                public faceElem?: (openim.sdk.shared.IFaceElem|null);

                /** IMMessage locationElem. */
                public locationElem?: (openim.sdk.shared.ILocationElem|null);

                /** IMMessage customElem. */
                public customElem?: (openim.sdk.shared.ICustomElem|null);

                /** IMMessage quoteElem. */
                public quoteElem?: (openim.sdk.shared.IQuoteElem|null);

                /** IMMessage advancedTextElem. */
                public advancedTextElem?: (openim.sdk.shared.IAdvancedTextElem|null);

                /** IMMessage typingElem. */
                public typingElem?: (openim.sdk.shared.ITypingElem|null);

                /** IMMessage streamElem. */
                public streamElem?: (openim.sdk.shared.IStreamElem|null);

                /** IMMessage revokedTips. */
                public revokedTips?: (openim.sdk.shared.IRevokedTips|null);

                /** IMMessage groupCreatedTips. */
                public groupCreatedTips?: (openim.sdk.shared.IGroupCreatedTips|null);

                /** IMMessage memberQuitTips. */
                public memberQuitTips?: (openim.sdk.shared.IMemberQuitTips|null);

                /** IMMessage groupOwnerTransferredTips. */
                public groupOwnerTransferredTips?: (openim.sdk.shared.IGroupOwnerTransferredTips|null);

                /** IMMessage memberKickedTips. */
                public memberKickedTips?: (openim.sdk.shared.IMemberKickedTips|null);

                /** IMMessage memberInvitedTips. */
                public memberInvitedTips?: (openim.sdk.shared.IMemberInvitedTips|null);

                /** IMMessage memberEnterTips. */
                public memberEnterTips?: (openim.sdk.shared.IMemberEnterTips|null);

                /** IMMessage groupDismissedTips. */
                public groupDismissedTips?: (openim.sdk.shared.IGroupDismissedTips|null);

                /** IMMessage groupMemberMutedTips. */
                public groupMemberMutedTips?: (openim.sdk.shared.IGroupMemberMutedTips|null);

                /** IMMessage groupMemberCancelMutedTips. */
                public groupMemberCancelMutedTips?: (openim.sdk.shared.IGroupMemberCancelMutedTips|null);

                /** IMMessage groupMutedTips. */
                public groupMutedTips?: (openim.sdk.shared.IGroupMutedTips|null);

                /** IMMessage groupCancelMutedTips. */
                public groupCancelMutedTips?: (openim.sdk.shared.IGroupCancelMutedTips|null);

                /** IMMessage friendApplicationApprovedTips. */
                public friendApplicationApprovedTips?: (openim.sdk.shared.IFriendApplicationApprovedTips|null);

                /** IMMessage conversationPrivateChatTips. */
                public conversationPrivateChatTips?: (openim.sdk.shared.IConversationPrivateChatTips|null);

                /** IMMessage businessTips. */
                public businessTips?: (openim.sdk.shared.IBusinessTips|null);

                /** IMMessage content. */
                public content?: ("textElem"|"cardElem"|"pictureElem"|"soundElem"|"videoElem"|"fileElem"|"mergeElem"|"atTextElem"|"faceElem"|"locationElem"|"customElem"|"quoteElem"|"advancedTextElem"|"typingElem"|"streamElem"|"revokedTips"|"groupCreatedTips"|"memberQuitTips"|"groupOwnerTransferredTips"|"memberKickedTips"|"memberInvitedTips"|"memberEnterTips"|"groupDismissedTips"|"groupMemberMutedTips"|"groupMemberCancelMutedTips"|"groupMutedTips"|"groupCancelMutedTips"|"friendApplicationApprovedTips"|"conversationPrivateChatTips"|"businessTips");

                /**
                 * Creates a new IMMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns IMMessage instance
                 */
                public static create(properties?: openim.sdk.shared.IIMMessage): openim.sdk.shared.IMMessage;

                /**
                 * Encodes the specified IMMessage message. Does not implicitly {@link openim.sdk.shared.IMMessage.verify|verify} messages.
                 * @param message IMMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.shared.IIMMessage, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a IMMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns IMMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.shared.IMMessage;

                /**
                 * Creates a IMMessage message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns IMMessage
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.shared.IMMessage;

                /**
                 * Creates a plain object from a IMMessage message. Also converts values to other types if specified.
                 * @param message IMMessage
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.shared.IMMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this IMMessage to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for IMMessage
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** GroupStatus enum. */
            enum GroupStatus {
                Default = 0,
                Dismissed = 2
            }

            /** GroupJoinSource enum. */
            enum GroupJoinSource {
                _ = 0,
                Admin = 1,
                Invitation = 2,
                Search = 3,
                QRCode = 4
            }

            /** GroupNeedVerification enum. */
            enum GroupNeedVerification {
                ApplyNeedVerificationInviteDirectly = 0,
                AllNeedVerification = 1,
                DirectAccess = 2
            }

            /** GroupLookMemberInfo enum. */
            enum GroupLookMemberInfo {
                ProhibitGroupLookMemberInfo = 0,
                AllowGroupLookMemberInfo = 1
            }

            /** GroupApplyMemberFriend enum. */
            enum GroupApplyMemberFriend {
                ProhibitGroupApplyMemberFriend = 0,
                AllowGroupApplyMemberFriend = 1
            }
        }

        /** Namespace message. */
        namespace message {

            /** Properties of a GetAdvancedHistoryMessageListParams. */
            interface IGetAdvancedHistoryMessageListParams {

                /** GetAdvancedHistoryMessageListParams conversationID */
                conversationID?: (string|null);

                /** GetAdvancedHistoryMessageListParams startClientMsgID */
                startClientMsgID?: (string|null);

                /** GetAdvancedHistoryMessageListParams count */
                count?: (number|null);
            }

            /** Represents a GetAdvancedHistoryMessageListParams. */
            class GetAdvancedHistoryMessageListParams implements IGetAdvancedHistoryMessageListParams {

                /**
                 * Constructs a new GetAdvancedHistoryMessageListParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListParams);

                /** GetAdvancedHistoryMessageListParams conversationID. */
                public conversationID: string;

                /** GetAdvancedHistoryMessageListParams startClientMsgID. */
                public startClientMsgID: string;

                /** GetAdvancedHistoryMessageListParams count. */
                public count: number;

                /**
                 * Creates a new GetAdvancedHistoryMessageListParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAdvancedHistoryMessageListParams instance
                 */
                public static create(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListParams): openim.sdk.message.GetAdvancedHistoryMessageListParams;

                /**
                 * Encodes the specified GetAdvancedHistoryMessageListParams message. Does not implicitly {@link openim.sdk.message.GetAdvancedHistoryMessageListParams.verify|verify} messages.
                 * @param message GetAdvancedHistoryMessageListParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IGetAdvancedHistoryMessageListParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAdvancedHistoryMessageListParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetAdvancedHistoryMessageListParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.GetAdvancedHistoryMessageListParams;

                /**
                 * Creates a GetAdvancedHistoryMessageListParams message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAdvancedHistoryMessageListParams
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.GetAdvancedHistoryMessageListParams;

                /**
                 * Creates a plain object from a GetAdvancedHistoryMessageListParams message. Also converts values to other types if specified.
                 * @param message GetAdvancedHistoryMessageListParams
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.GetAdvancedHistoryMessageListParams, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAdvancedHistoryMessageListParams to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GetAdvancedHistoryMessageListParams
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GetAdvancedHistoryMessageListCallback. */
            interface IGetAdvancedHistoryMessageListCallback {

                /** GetAdvancedHistoryMessageListCallback messageList */
                messageList?: (openim.sdk.shared.IIMMessage[]|null);

                /** GetAdvancedHistoryMessageListCallback isEnd */
                isEnd?: (boolean|null);

                /** GetAdvancedHistoryMessageListCallback errCode */
                errCode?: (number|null);

                /** GetAdvancedHistoryMessageListCallback errMsg */
                errMsg?: (string|null);
            }

            /** Represents a GetAdvancedHistoryMessageListCallback. */
            class GetAdvancedHistoryMessageListCallback implements IGetAdvancedHistoryMessageListCallback {

                /**
                 * Constructs a new GetAdvancedHistoryMessageListCallback.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListCallback);

                /** GetAdvancedHistoryMessageListCallback messageList. */
                public messageList: openim.sdk.shared.IIMMessage[];

                /** GetAdvancedHistoryMessageListCallback isEnd. */
                public isEnd: boolean;

                /** GetAdvancedHistoryMessageListCallback errCode. */
                public errCode: number;

                /** GetAdvancedHistoryMessageListCallback errMsg. */
                public errMsg: string;

                /**
                 * Creates a new GetAdvancedHistoryMessageListCallback instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAdvancedHistoryMessageListCallback instance
                 */
                public static create(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListCallback): openim.sdk.message.GetAdvancedHistoryMessageListCallback;

                /**
                 * Encodes the specified GetAdvancedHistoryMessageListCallback message. Does not implicitly {@link openim.sdk.message.GetAdvancedHistoryMessageListCallback.verify|verify} messages.
                 * @param message GetAdvancedHistoryMessageListCallback message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IGetAdvancedHistoryMessageListCallback, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAdvancedHistoryMessageListCallback message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetAdvancedHistoryMessageListCallback
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.GetAdvancedHistoryMessageListCallback;

                /**
                 * Creates a GetAdvancedHistoryMessageListCallback message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAdvancedHistoryMessageListCallback
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.GetAdvancedHistoryMessageListCallback;

                /**
                 * Creates a plain object from a GetAdvancedHistoryMessageListCallback message. Also converts values to other types if specified.
                 * @param message GetAdvancedHistoryMessageListCallback
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.GetAdvancedHistoryMessageListCallback, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAdvancedHistoryMessageListCallback to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GetAdvancedHistoryMessageListCallback
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SendMessageReq. */
            interface ISendMessageReq {

                /** SendMessageReq message */
                message?: (openim.sdk.shared.IIMMessage|null);

                /** SendMessageReq recvID */
                recvID?: (string|null);

                /** SendMessageReq groupID */
                groupID?: (string|null);

                /** SendMessageReq offlinePushInfo */
                offlinePushInfo?: (openim.sdk.common.IOfflinePushInfo|null);

                /** SendMessageReq isOnlineOnly */
                isOnlineOnly?: (boolean|null);
            }

            /** Represents a SendMessageReq. */
            class SendMessageReq implements ISendMessageReq {

                /**
                 * Constructs a new SendMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ISendMessageReq);

                /** SendMessageReq message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /** SendMessageReq recvID. */
                public recvID: string;

                /** SendMessageReq groupID. */
                public groupID: string;

                /** SendMessageReq offlinePushInfo. */
                public offlinePushInfo?: (openim.sdk.common.IOfflinePushInfo|null);

                /** SendMessageReq isOnlineOnly. */
                public isOnlineOnly: boolean;

                /**
                 * Creates a new SendMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SendMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ISendMessageReq): openim.sdk.message.SendMessageReq;

                /**
                 * Encodes the specified SendMessageReq message. Does not implicitly {@link openim.sdk.message.SendMessageReq.verify|verify} messages.
                 * @param message SendMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ISendMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SendMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SendMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.SendMessageReq;

                /**
                 * Creates a SendMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SendMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.SendMessageReq;

                /**
                 * Creates a plain object from a SendMessageReq message. Also converts values to other types if specified.
                 * @param message SendMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.SendMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SendMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for SendMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SendMessageResp. */
            interface ISendMessageResp {

                /** SendMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a SendMessageResp. */
            class SendMessageResp implements ISendMessageResp {

                /**
                 * Constructs a new SendMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ISendMessageResp);

                /** SendMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new SendMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SendMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ISendMessageResp): openim.sdk.message.SendMessageResp;

                /**
                 * Encodes the specified SendMessageResp message. Does not implicitly {@link openim.sdk.message.SendMessageResp.verify|verify} messages.
                 * @param message SendMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ISendMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SendMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SendMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.SendMessageResp;

                /**
                 * Creates a SendMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SendMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.SendMessageResp;

                /**
                 * Creates a plain object from a SendMessageResp message. Also converts values to other types if specified.
                 * @param message SendMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.SendMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SendMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for SendMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GetAdvancedHistoryMessageListReq. */
            interface IGetAdvancedHistoryMessageListReq {

                /** GetAdvancedHistoryMessageListReq conversationID */
                conversationID?: (string|null);

                /** GetAdvancedHistoryMessageListReq getAdvancedHistoryMessageListParams */
                getAdvancedHistoryMessageListParams?: (openim.sdk.message.IGetAdvancedHistoryMessageListParams|null);
            }

            /** Represents a GetAdvancedHistoryMessageListReq. */
            class GetAdvancedHistoryMessageListReq implements IGetAdvancedHistoryMessageListReq {

                /**
                 * Constructs a new GetAdvancedHistoryMessageListReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListReq);

                /** GetAdvancedHistoryMessageListReq conversationID. */
                public conversationID: string;

                /** GetAdvancedHistoryMessageListReq getAdvancedHistoryMessageListParams. */
                public getAdvancedHistoryMessageListParams?: (openim.sdk.message.IGetAdvancedHistoryMessageListParams|null);

                /**
                 * Creates a new GetAdvancedHistoryMessageListReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAdvancedHistoryMessageListReq instance
                 */
                public static create(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListReq): openim.sdk.message.GetAdvancedHistoryMessageListReq;

                /**
                 * Encodes the specified GetAdvancedHistoryMessageListReq message. Does not implicitly {@link openim.sdk.message.GetAdvancedHistoryMessageListReq.verify|verify} messages.
                 * @param message GetAdvancedHistoryMessageListReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IGetAdvancedHistoryMessageListReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAdvancedHistoryMessageListReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetAdvancedHistoryMessageListReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.GetAdvancedHistoryMessageListReq;

                /**
                 * Creates a GetAdvancedHistoryMessageListReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAdvancedHistoryMessageListReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.GetAdvancedHistoryMessageListReq;

                /**
                 * Creates a plain object from a GetAdvancedHistoryMessageListReq message. Also converts values to other types if specified.
                 * @param message GetAdvancedHistoryMessageListReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.GetAdvancedHistoryMessageListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAdvancedHistoryMessageListReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GetAdvancedHistoryMessageListReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GetAdvancedHistoryMessageListResp. */
            interface IGetAdvancedHistoryMessageListResp {

                /** GetAdvancedHistoryMessageListResp getAdvancedHistoryMessageListCallback */
                getAdvancedHistoryMessageListCallback?: (openim.sdk.message.IGetAdvancedHistoryMessageListCallback|null);
            }

            /** Represents a GetAdvancedHistoryMessageListResp. */
            class GetAdvancedHistoryMessageListResp implements IGetAdvancedHistoryMessageListResp {

                /**
                 * Constructs a new GetAdvancedHistoryMessageListResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListResp);

                /** GetAdvancedHistoryMessageListResp getAdvancedHistoryMessageListCallback. */
                public getAdvancedHistoryMessageListCallback?: (openim.sdk.message.IGetAdvancedHistoryMessageListCallback|null);

                /**
                 * Creates a new GetAdvancedHistoryMessageListResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAdvancedHistoryMessageListResp instance
                 */
                public static create(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListResp): openim.sdk.message.GetAdvancedHistoryMessageListResp;

                /**
                 * Encodes the specified GetAdvancedHistoryMessageListResp message. Does not implicitly {@link openim.sdk.message.GetAdvancedHistoryMessageListResp.verify|verify} messages.
                 * @param message GetAdvancedHistoryMessageListResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IGetAdvancedHistoryMessageListResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAdvancedHistoryMessageListResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetAdvancedHistoryMessageListResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.GetAdvancedHistoryMessageListResp;

                /**
                 * Creates a GetAdvancedHistoryMessageListResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAdvancedHistoryMessageListResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.GetAdvancedHistoryMessageListResp;

                /**
                 * Creates a plain object from a GetAdvancedHistoryMessageListResp message. Also converts values to other types if specified.
                 * @param message GetAdvancedHistoryMessageListResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.GetAdvancedHistoryMessageListResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAdvancedHistoryMessageListResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GetAdvancedHistoryMessageListResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GetAdvancedHistoryMessageListReverseReq. */
            interface IGetAdvancedHistoryMessageListReverseReq {

                /** GetAdvancedHistoryMessageListReverseReq conversationID */
                conversationID?: (string|null);

                /** GetAdvancedHistoryMessageListReverseReq getAdvancedHistoryMessageListParams */
                getAdvancedHistoryMessageListParams?: (openim.sdk.message.IGetAdvancedHistoryMessageListParams|null);
            }

            /** Represents a GetAdvancedHistoryMessageListReverseReq. */
            class GetAdvancedHistoryMessageListReverseReq implements IGetAdvancedHistoryMessageListReverseReq {

                /**
                 * Constructs a new GetAdvancedHistoryMessageListReverseReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListReverseReq);

                /** GetAdvancedHistoryMessageListReverseReq conversationID. */
                public conversationID: string;

                /** GetAdvancedHistoryMessageListReverseReq getAdvancedHistoryMessageListParams. */
                public getAdvancedHistoryMessageListParams?: (openim.sdk.message.IGetAdvancedHistoryMessageListParams|null);

                /**
                 * Creates a new GetAdvancedHistoryMessageListReverseReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAdvancedHistoryMessageListReverseReq instance
                 */
                public static create(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListReverseReq): openim.sdk.message.GetAdvancedHistoryMessageListReverseReq;

                /**
                 * Encodes the specified GetAdvancedHistoryMessageListReverseReq message. Does not implicitly {@link openim.sdk.message.GetAdvancedHistoryMessageListReverseReq.verify|verify} messages.
                 * @param message GetAdvancedHistoryMessageListReverseReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IGetAdvancedHistoryMessageListReverseReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAdvancedHistoryMessageListReverseReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetAdvancedHistoryMessageListReverseReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.GetAdvancedHistoryMessageListReverseReq;

                /**
                 * Creates a GetAdvancedHistoryMessageListReverseReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAdvancedHistoryMessageListReverseReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.GetAdvancedHistoryMessageListReverseReq;

                /**
                 * Creates a plain object from a GetAdvancedHistoryMessageListReverseReq message. Also converts values to other types if specified.
                 * @param message GetAdvancedHistoryMessageListReverseReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.GetAdvancedHistoryMessageListReverseReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAdvancedHistoryMessageListReverseReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GetAdvancedHistoryMessageListReverseReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GetAdvancedHistoryMessageListReverseResp. */
            interface IGetAdvancedHistoryMessageListReverseResp {

                /** GetAdvancedHistoryMessageListReverseResp getAdvancedHistoryMessageListCallback */
                getAdvancedHistoryMessageListCallback?: (openim.sdk.message.IGetAdvancedHistoryMessageListCallback|null);
            }

            /** Represents a GetAdvancedHistoryMessageListReverseResp. */
            class GetAdvancedHistoryMessageListReverseResp implements IGetAdvancedHistoryMessageListReverseResp {

                /**
                 * Constructs a new GetAdvancedHistoryMessageListReverseResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListReverseResp);

                /** GetAdvancedHistoryMessageListReverseResp getAdvancedHistoryMessageListCallback. */
                public getAdvancedHistoryMessageListCallback?: (openim.sdk.message.IGetAdvancedHistoryMessageListCallback|null);

                /**
                 * Creates a new GetAdvancedHistoryMessageListReverseResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GetAdvancedHistoryMessageListReverseResp instance
                 */
                public static create(properties?: openim.sdk.message.IGetAdvancedHistoryMessageListReverseResp): openim.sdk.message.GetAdvancedHistoryMessageListReverseResp;

                /**
                 * Encodes the specified GetAdvancedHistoryMessageListReverseResp message. Does not implicitly {@link openim.sdk.message.GetAdvancedHistoryMessageListReverseResp.verify|verify} messages.
                 * @param message GetAdvancedHistoryMessageListReverseResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IGetAdvancedHistoryMessageListReverseResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GetAdvancedHistoryMessageListReverseResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GetAdvancedHistoryMessageListReverseResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.GetAdvancedHistoryMessageListReverseResp;

                /**
                 * Creates a GetAdvancedHistoryMessageListReverseResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GetAdvancedHistoryMessageListReverseResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.GetAdvancedHistoryMessageListReverseResp;

                /**
                 * Creates a plain object from a GetAdvancedHistoryMessageListReverseResp message. Also converts values to other types if specified.
                 * @param message GetAdvancedHistoryMessageListReverseResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.GetAdvancedHistoryMessageListReverseResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GetAdvancedHistoryMessageListReverseResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for GetAdvancedHistoryMessageListReverseResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RevokeMessageReq. */
            interface IRevokeMessageReq {

                /** RevokeMessageReq conversationID */
                conversationID?: (string|null);

                /** RevokeMessageReq clientMsgID */
                clientMsgID?: (string|null);
            }

            /** Represents a RevokeMessageReq. */
            class RevokeMessageReq implements IRevokeMessageReq {

                /**
                 * Constructs a new RevokeMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IRevokeMessageReq);

                /** RevokeMessageReq conversationID. */
                public conversationID: string;

                /** RevokeMessageReq clientMsgID. */
                public clientMsgID: string;

                /**
                 * Creates a new RevokeMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokeMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.IRevokeMessageReq): openim.sdk.message.RevokeMessageReq;

                /**
                 * Encodes the specified RevokeMessageReq message. Does not implicitly {@link openim.sdk.message.RevokeMessageReq.verify|verify} messages.
                 * @param message RevokeMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IRevokeMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokeMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RevokeMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.RevokeMessageReq;

                /**
                 * Creates a RevokeMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokeMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.RevokeMessageReq;

                /**
                 * Creates a plain object from a RevokeMessageReq message. Also converts values to other types if specified.
                 * @param message RevokeMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.RevokeMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokeMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for RevokeMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RevokeMessageResp. */
            interface IRevokeMessageResp {
            }

            /** Represents a RevokeMessageResp. */
            class RevokeMessageResp implements IRevokeMessageResp {

                /**
                 * Constructs a new RevokeMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IRevokeMessageResp);

                /**
                 * Creates a new RevokeMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RevokeMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.IRevokeMessageResp): openim.sdk.message.RevokeMessageResp;

                /**
                 * Encodes the specified RevokeMessageResp message. Does not implicitly {@link openim.sdk.message.RevokeMessageResp.verify|verify} messages.
                 * @param message RevokeMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IRevokeMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RevokeMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RevokeMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.RevokeMessageResp;

                /**
                 * Creates a RevokeMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RevokeMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.RevokeMessageResp;

                /**
                 * Creates a plain object from a RevokeMessageResp message. Also converts values to other types if specified.
                 * @param message RevokeMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.RevokeMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RevokeMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for RevokeMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TypingStatusUpdateReq. */
            interface ITypingStatusUpdateReq {

                /** TypingStatusUpdateReq recvID */
                recvID?: (string|null);

                /** TypingStatusUpdateReq msgTip */
                msgTip?: (string|null);
            }

            /** Represents a TypingStatusUpdateReq. */
            class TypingStatusUpdateReq implements ITypingStatusUpdateReq {

                /**
                 * Constructs a new TypingStatusUpdateReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ITypingStatusUpdateReq);

                /** TypingStatusUpdateReq recvID. */
                public recvID: string;

                /** TypingStatusUpdateReq msgTip. */
                public msgTip: string;

                /**
                 * Creates a new TypingStatusUpdateReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TypingStatusUpdateReq instance
                 */
                public static create(properties?: openim.sdk.message.ITypingStatusUpdateReq): openim.sdk.message.TypingStatusUpdateReq;

                /**
                 * Encodes the specified TypingStatusUpdateReq message. Does not implicitly {@link openim.sdk.message.TypingStatusUpdateReq.verify|verify} messages.
                 * @param message TypingStatusUpdateReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ITypingStatusUpdateReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TypingStatusUpdateReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TypingStatusUpdateReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.TypingStatusUpdateReq;

                /**
                 * Creates a TypingStatusUpdateReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TypingStatusUpdateReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.TypingStatusUpdateReq;

                /**
                 * Creates a plain object from a TypingStatusUpdateReq message. Also converts values to other types if specified.
                 * @param message TypingStatusUpdateReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.TypingStatusUpdateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TypingStatusUpdateReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TypingStatusUpdateReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TypingStatusUpdateResp. */
            interface ITypingStatusUpdateResp {
            }

            /** Represents a TypingStatusUpdateResp. */
            class TypingStatusUpdateResp implements ITypingStatusUpdateResp {

                /**
                 * Constructs a new TypingStatusUpdateResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ITypingStatusUpdateResp);

                /**
                 * Creates a new TypingStatusUpdateResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TypingStatusUpdateResp instance
                 */
                public static create(properties?: openim.sdk.message.ITypingStatusUpdateResp): openim.sdk.message.TypingStatusUpdateResp;

                /**
                 * Encodes the specified TypingStatusUpdateResp message. Does not implicitly {@link openim.sdk.message.TypingStatusUpdateResp.verify|verify} messages.
                 * @param message TypingStatusUpdateResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ITypingStatusUpdateResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TypingStatusUpdateResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TypingStatusUpdateResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.TypingStatusUpdateResp;

                /**
                 * Creates a TypingStatusUpdateResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TypingStatusUpdateResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.TypingStatusUpdateResp;

                /**
                 * Creates a plain object from a TypingStatusUpdateResp message. Also converts values to other types if specified.
                 * @param message TypingStatusUpdateResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.TypingStatusUpdateResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TypingStatusUpdateResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for TypingStatusUpdateResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteMessageReq. */
            interface IDeleteMessageReq {

                /** DeleteMessageReq conversationID */
                conversationID?: (string|null);

                /** DeleteMessageReq clientMsgID */
                clientMsgID?: (string|null);
            }

            /** Represents a DeleteMessageReq. */
            class DeleteMessageReq implements IDeleteMessageReq {

                /**
                 * Constructs a new DeleteMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IDeleteMessageReq);

                /** DeleteMessageReq conversationID. */
                public conversationID: string;

                /** DeleteMessageReq clientMsgID. */
                public clientMsgID: string;

                /**
                 * Creates a new DeleteMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.IDeleteMessageReq): openim.sdk.message.DeleteMessageReq;

                /**
                 * Encodes the specified DeleteMessageReq message. Does not implicitly {@link openim.sdk.message.DeleteMessageReq.verify|verify} messages.
                 * @param message DeleteMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IDeleteMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.DeleteMessageReq;

                /**
                 * Creates a DeleteMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.DeleteMessageReq;

                /**
                 * Creates a plain object from a DeleteMessageReq message. Also converts values to other types if specified.
                 * @param message DeleteMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.DeleteMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteMessageResp. */
            interface IDeleteMessageResp {
            }

            /** Represents a DeleteMessageResp. */
            class DeleteMessageResp implements IDeleteMessageResp {

                /**
                 * Constructs a new DeleteMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IDeleteMessageResp);

                /**
                 * Creates a new DeleteMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.IDeleteMessageResp): openim.sdk.message.DeleteMessageResp;

                /**
                 * Encodes the specified DeleteMessageResp message. Does not implicitly {@link openim.sdk.message.DeleteMessageResp.verify|verify} messages.
                 * @param message DeleteMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IDeleteMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.DeleteMessageResp;

                /**
                 * Creates a DeleteMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.DeleteMessageResp;

                /**
                 * Creates a plain object from a DeleteMessageResp message. Also converts values to other types if specified.
                 * @param message DeleteMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.DeleteMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteAllMsgFromLocalAndServerReq. */
            interface IDeleteAllMsgFromLocalAndServerReq {
            }

            /** Represents a DeleteAllMsgFromLocalAndServerReq. */
            class DeleteAllMsgFromLocalAndServerReq implements IDeleteAllMsgFromLocalAndServerReq {

                /**
                 * Constructs a new DeleteAllMsgFromLocalAndServerReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IDeleteAllMsgFromLocalAndServerReq);

                /**
                 * Creates a new DeleteAllMsgFromLocalAndServerReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteAllMsgFromLocalAndServerReq instance
                 */
                public static create(properties?: openim.sdk.message.IDeleteAllMsgFromLocalAndServerReq): openim.sdk.message.DeleteAllMsgFromLocalAndServerReq;

                /**
                 * Encodes the specified DeleteAllMsgFromLocalAndServerReq message. Does not implicitly {@link openim.sdk.message.DeleteAllMsgFromLocalAndServerReq.verify|verify} messages.
                 * @param message DeleteAllMsgFromLocalAndServerReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IDeleteAllMsgFromLocalAndServerReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteAllMsgFromLocalAndServerReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteAllMsgFromLocalAndServerReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.DeleteAllMsgFromLocalAndServerReq;

                /**
                 * Creates a DeleteAllMsgFromLocalAndServerReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteAllMsgFromLocalAndServerReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.DeleteAllMsgFromLocalAndServerReq;

                /**
                 * Creates a plain object from a DeleteAllMsgFromLocalAndServerReq message. Also converts values to other types if specified.
                 * @param message DeleteAllMsgFromLocalAndServerReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.DeleteAllMsgFromLocalAndServerReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteAllMsgFromLocalAndServerReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteAllMsgFromLocalAndServerReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteAllMsgFromLocalAndServerResp. */
            interface IDeleteAllMsgFromLocalAndServerResp {
            }

            /** Represents a DeleteAllMsgFromLocalAndServerResp. */
            class DeleteAllMsgFromLocalAndServerResp implements IDeleteAllMsgFromLocalAndServerResp {

                /**
                 * Constructs a new DeleteAllMsgFromLocalAndServerResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IDeleteAllMsgFromLocalAndServerResp);

                /**
                 * Creates a new DeleteAllMsgFromLocalAndServerResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteAllMsgFromLocalAndServerResp instance
                 */
                public static create(properties?: openim.sdk.message.IDeleteAllMsgFromLocalAndServerResp): openim.sdk.message.DeleteAllMsgFromLocalAndServerResp;

                /**
                 * Encodes the specified DeleteAllMsgFromLocalAndServerResp message. Does not implicitly {@link openim.sdk.message.DeleteAllMsgFromLocalAndServerResp.verify|verify} messages.
                 * @param message DeleteAllMsgFromLocalAndServerResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IDeleteAllMsgFromLocalAndServerResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteAllMsgFromLocalAndServerResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteAllMsgFromLocalAndServerResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.DeleteAllMsgFromLocalAndServerResp;

                /**
                 * Creates a DeleteAllMsgFromLocalAndServerResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteAllMsgFromLocalAndServerResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.DeleteAllMsgFromLocalAndServerResp;

                /**
                 * Creates a plain object from a DeleteAllMsgFromLocalAndServerResp message. Also converts values to other types if specified.
                 * @param message DeleteAllMsgFromLocalAndServerResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.DeleteAllMsgFromLocalAndServerResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteAllMsgFromLocalAndServerResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteAllMsgFromLocalAndServerResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteAllMessageFromLocalStorageReq. */
            interface IDeleteAllMessageFromLocalStorageReq {
            }

            /** Represents a DeleteAllMessageFromLocalStorageReq. */
            class DeleteAllMessageFromLocalStorageReq implements IDeleteAllMessageFromLocalStorageReq {

                /**
                 * Constructs a new DeleteAllMessageFromLocalStorageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IDeleteAllMessageFromLocalStorageReq);

                /**
                 * Creates a new DeleteAllMessageFromLocalStorageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteAllMessageFromLocalStorageReq instance
                 */
                public static create(properties?: openim.sdk.message.IDeleteAllMessageFromLocalStorageReq): openim.sdk.message.DeleteAllMessageFromLocalStorageReq;

                /**
                 * Encodes the specified DeleteAllMessageFromLocalStorageReq message. Does not implicitly {@link openim.sdk.message.DeleteAllMessageFromLocalStorageReq.verify|verify} messages.
                 * @param message DeleteAllMessageFromLocalStorageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IDeleteAllMessageFromLocalStorageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteAllMessageFromLocalStorageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteAllMessageFromLocalStorageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.DeleteAllMessageFromLocalStorageReq;

                /**
                 * Creates a DeleteAllMessageFromLocalStorageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteAllMessageFromLocalStorageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.DeleteAllMessageFromLocalStorageReq;

                /**
                 * Creates a plain object from a DeleteAllMessageFromLocalStorageReq message. Also converts values to other types if specified.
                 * @param message DeleteAllMessageFromLocalStorageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.DeleteAllMessageFromLocalStorageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteAllMessageFromLocalStorageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteAllMessageFromLocalStorageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeleteAllMessageFromLocalStorageResp. */
            interface IDeleteAllMessageFromLocalStorageResp {
            }

            /** Represents a DeleteAllMessageFromLocalStorageResp. */
            class DeleteAllMessageFromLocalStorageResp implements IDeleteAllMessageFromLocalStorageResp {

                /**
                 * Constructs a new DeleteAllMessageFromLocalStorageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IDeleteAllMessageFromLocalStorageResp);

                /**
                 * Creates a new DeleteAllMessageFromLocalStorageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeleteAllMessageFromLocalStorageResp instance
                 */
                public static create(properties?: openim.sdk.message.IDeleteAllMessageFromLocalStorageResp): openim.sdk.message.DeleteAllMessageFromLocalStorageResp;

                /**
                 * Encodes the specified DeleteAllMessageFromLocalStorageResp message. Does not implicitly {@link openim.sdk.message.DeleteAllMessageFromLocalStorageResp.verify|verify} messages.
                 * @param message DeleteAllMessageFromLocalStorageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IDeleteAllMessageFromLocalStorageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeleteAllMessageFromLocalStorageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeleteAllMessageFromLocalStorageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.DeleteAllMessageFromLocalStorageResp;

                /**
                 * Creates a DeleteAllMessageFromLocalStorageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DeleteAllMessageFromLocalStorageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.DeleteAllMessageFromLocalStorageResp;

                /**
                 * Creates a plain object from a DeleteAllMessageFromLocalStorageResp message. Also converts values to other types if specified.
                 * @param message DeleteAllMessageFromLocalStorageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.DeleteAllMessageFromLocalStorageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DeleteAllMessageFromLocalStorageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for DeleteAllMessageFromLocalStorageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an InsertSingleMessageToLocalStorageReq. */
            interface IInsertSingleMessageToLocalStorageReq {

                /** InsertSingleMessageToLocalStorageReq msg */
                msg?: (openim.sdk.shared.IIMMessage|null);

                /** InsertSingleMessageToLocalStorageReq recvID */
                recvID?: (string|null);

                /** InsertSingleMessageToLocalStorageReq sendID */
                sendID?: (string|null);
            }

            /** Represents an InsertSingleMessageToLocalStorageReq. */
            class InsertSingleMessageToLocalStorageReq implements IInsertSingleMessageToLocalStorageReq {

                /**
                 * Constructs a new InsertSingleMessageToLocalStorageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IInsertSingleMessageToLocalStorageReq);

                /** InsertSingleMessageToLocalStorageReq msg. */
                public msg?: (openim.sdk.shared.IIMMessage|null);

                /** InsertSingleMessageToLocalStorageReq recvID. */
                public recvID: string;

                /** InsertSingleMessageToLocalStorageReq sendID. */
                public sendID: string;

                /**
                 * Creates a new InsertSingleMessageToLocalStorageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InsertSingleMessageToLocalStorageReq instance
                 */
                public static create(properties?: openim.sdk.message.IInsertSingleMessageToLocalStorageReq): openim.sdk.message.InsertSingleMessageToLocalStorageReq;

                /**
                 * Encodes the specified InsertSingleMessageToLocalStorageReq message. Does not implicitly {@link openim.sdk.message.InsertSingleMessageToLocalStorageReq.verify|verify} messages.
                 * @param message InsertSingleMessageToLocalStorageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IInsertSingleMessageToLocalStorageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InsertSingleMessageToLocalStorageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns InsertSingleMessageToLocalStorageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.InsertSingleMessageToLocalStorageReq;

                /**
                 * Creates an InsertSingleMessageToLocalStorageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InsertSingleMessageToLocalStorageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.InsertSingleMessageToLocalStorageReq;

                /**
                 * Creates a plain object from an InsertSingleMessageToLocalStorageReq message. Also converts values to other types if specified.
                 * @param message InsertSingleMessageToLocalStorageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.InsertSingleMessageToLocalStorageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InsertSingleMessageToLocalStorageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for InsertSingleMessageToLocalStorageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an InsertSingleMessageToLocalStorageResp. */
            interface IInsertSingleMessageToLocalStorageResp {

                /** InsertSingleMessageToLocalStorageResp msg */
                msg?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents an InsertSingleMessageToLocalStorageResp. */
            class InsertSingleMessageToLocalStorageResp implements IInsertSingleMessageToLocalStorageResp {

                /**
                 * Constructs a new InsertSingleMessageToLocalStorageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IInsertSingleMessageToLocalStorageResp);

                /** InsertSingleMessageToLocalStorageResp msg. */
                public msg?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new InsertSingleMessageToLocalStorageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InsertSingleMessageToLocalStorageResp instance
                 */
                public static create(properties?: openim.sdk.message.IInsertSingleMessageToLocalStorageResp): openim.sdk.message.InsertSingleMessageToLocalStorageResp;

                /**
                 * Encodes the specified InsertSingleMessageToLocalStorageResp message. Does not implicitly {@link openim.sdk.message.InsertSingleMessageToLocalStorageResp.verify|verify} messages.
                 * @param message InsertSingleMessageToLocalStorageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IInsertSingleMessageToLocalStorageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InsertSingleMessageToLocalStorageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns InsertSingleMessageToLocalStorageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.InsertSingleMessageToLocalStorageResp;

                /**
                 * Creates an InsertSingleMessageToLocalStorageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InsertSingleMessageToLocalStorageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.InsertSingleMessageToLocalStorageResp;

                /**
                 * Creates a plain object from an InsertSingleMessageToLocalStorageResp message. Also converts values to other types if specified.
                 * @param message InsertSingleMessageToLocalStorageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.InsertSingleMessageToLocalStorageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InsertSingleMessageToLocalStorageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for InsertSingleMessageToLocalStorageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an InsertGroupMessageToLocalStorageReq. */
            interface IInsertGroupMessageToLocalStorageReq {

                /** InsertGroupMessageToLocalStorageReq msg */
                msg?: (openim.sdk.shared.IIMMessage|null);

                /** InsertGroupMessageToLocalStorageReq groupID */
                groupID?: (string|null);

                /** InsertGroupMessageToLocalStorageReq sendID */
                sendID?: (string|null);
            }

            /** Represents an InsertGroupMessageToLocalStorageReq. */
            class InsertGroupMessageToLocalStorageReq implements IInsertGroupMessageToLocalStorageReq {

                /**
                 * Constructs a new InsertGroupMessageToLocalStorageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IInsertGroupMessageToLocalStorageReq);

                /** InsertGroupMessageToLocalStorageReq msg. */
                public msg?: (openim.sdk.shared.IIMMessage|null);

                /** InsertGroupMessageToLocalStorageReq groupID. */
                public groupID: string;

                /** InsertGroupMessageToLocalStorageReq sendID. */
                public sendID: string;

                /**
                 * Creates a new InsertGroupMessageToLocalStorageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InsertGroupMessageToLocalStorageReq instance
                 */
                public static create(properties?: openim.sdk.message.IInsertGroupMessageToLocalStorageReq): openim.sdk.message.InsertGroupMessageToLocalStorageReq;

                /**
                 * Encodes the specified InsertGroupMessageToLocalStorageReq message. Does not implicitly {@link openim.sdk.message.InsertGroupMessageToLocalStorageReq.verify|verify} messages.
                 * @param message InsertGroupMessageToLocalStorageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IInsertGroupMessageToLocalStorageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InsertGroupMessageToLocalStorageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns InsertGroupMessageToLocalStorageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.InsertGroupMessageToLocalStorageReq;

                /**
                 * Creates an InsertGroupMessageToLocalStorageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InsertGroupMessageToLocalStorageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.InsertGroupMessageToLocalStorageReq;

                /**
                 * Creates a plain object from an InsertGroupMessageToLocalStorageReq message. Also converts values to other types if specified.
                 * @param message InsertGroupMessageToLocalStorageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.InsertGroupMessageToLocalStorageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InsertGroupMessageToLocalStorageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for InsertGroupMessageToLocalStorageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an InsertGroupMessageToLocalStorageResp. */
            interface IInsertGroupMessageToLocalStorageResp {

                /** InsertGroupMessageToLocalStorageResp msg */
                msg?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents an InsertGroupMessageToLocalStorageResp. */
            class InsertGroupMessageToLocalStorageResp implements IInsertGroupMessageToLocalStorageResp {

                /**
                 * Constructs a new InsertGroupMessageToLocalStorageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.IInsertGroupMessageToLocalStorageResp);

                /** InsertGroupMessageToLocalStorageResp msg. */
                public msg?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new InsertGroupMessageToLocalStorageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InsertGroupMessageToLocalStorageResp instance
                 */
                public static create(properties?: openim.sdk.message.IInsertGroupMessageToLocalStorageResp): openim.sdk.message.InsertGroupMessageToLocalStorageResp;

                /**
                 * Encodes the specified InsertGroupMessageToLocalStorageResp message. Does not implicitly {@link openim.sdk.message.InsertGroupMessageToLocalStorageResp.verify|verify} messages.
                 * @param message InsertGroupMessageToLocalStorageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.IInsertGroupMessageToLocalStorageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InsertGroupMessageToLocalStorageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns InsertGroupMessageToLocalStorageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.InsertGroupMessageToLocalStorageResp;

                /**
                 * Creates an InsertGroupMessageToLocalStorageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns InsertGroupMessageToLocalStorageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.InsertGroupMessageToLocalStorageResp;

                /**
                 * Creates a plain object from an InsertGroupMessageToLocalStorageResp message. Also converts values to other types if specified.
                 * @param message InsertGroupMessageToLocalStorageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.InsertGroupMessageToLocalStorageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this InsertGroupMessageToLocalStorageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for InsertGroupMessageToLocalStorageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateTextMessageReq. */
            interface ICreateTextMessageReq {

                /** CreateTextMessageReq text */
                text?: (string|null);
            }

            /** Represents a CreateTextMessageReq. */
            class CreateTextMessageReq implements ICreateTextMessageReq {

                /**
                 * Constructs a new CreateTextMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateTextMessageReq);

                /** CreateTextMessageReq text. */
                public text: string;

                /**
                 * Creates a new CreateTextMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTextMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateTextMessageReq): openim.sdk.message.CreateTextMessageReq;

                /**
                 * Encodes the specified CreateTextMessageReq message. Does not implicitly {@link openim.sdk.message.CreateTextMessageReq.verify|verify} messages.
                 * @param message CreateTextMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateTextMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTextMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTextMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateTextMessageReq;

                /**
                 * Creates a CreateTextMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTextMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateTextMessageReq;

                /**
                 * Creates a plain object from a CreateTextMessageReq message. Also converts values to other types if specified.
                 * @param message CreateTextMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateTextMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTextMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateTextMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateTextMessageResp. */
            interface ICreateTextMessageResp {

                /** CreateTextMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateTextMessageResp. */
            class CreateTextMessageResp implements ICreateTextMessageResp {

                /**
                 * Constructs a new CreateTextMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateTextMessageResp);

                /** CreateTextMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateTextMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTextMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateTextMessageResp): openim.sdk.message.CreateTextMessageResp;

                /**
                 * Encodes the specified CreateTextMessageResp message. Does not implicitly {@link openim.sdk.message.CreateTextMessageResp.verify|verify} messages.
                 * @param message CreateTextMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateTextMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTextMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTextMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateTextMessageResp;

                /**
                 * Creates a CreateTextMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTextMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateTextMessageResp;

                /**
                 * Creates a plain object from a CreateTextMessageResp message. Also converts values to other types if specified.
                 * @param message CreateTextMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateTextMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTextMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateTextMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateAdvancedTextMessageReq. */
            interface ICreateAdvancedTextMessageReq {

                /** CreateAdvancedTextMessageReq text */
                text?: (string|null);

                /** CreateAdvancedTextMessageReq messageEntities */
                messageEntities?: (openim.sdk.shared.IMessageEntity[]|null);
            }

            /** Represents a CreateAdvancedTextMessageReq. */
            class CreateAdvancedTextMessageReq implements ICreateAdvancedTextMessageReq {

                /**
                 * Constructs a new CreateAdvancedTextMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateAdvancedTextMessageReq);

                /** CreateAdvancedTextMessageReq text. */
                public text: string;

                /** CreateAdvancedTextMessageReq messageEntities. */
                public messageEntities: openim.sdk.shared.IMessageEntity[];

                /**
                 * Creates a new CreateAdvancedTextMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateAdvancedTextMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateAdvancedTextMessageReq): openim.sdk.message.CreateAdvancedTextMessageReq;

                /**
                 * Encodes the specified CreateAdvancedTextMessageReq message. Does not implicitly {@link openim.sdk.message.CreateAdvancedTextMessageReq.verify|verify} messages.
                 * @param message CreateAdvancedTextMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateAdvancedTextMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateAdvancedTextMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateAdvancedTextMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateAdvancedTextMessageReq;

                /**
                 * Creates a CreateAdvancedTextMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateAdvancedTextMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateAdvancedTextMessageReq;

                /**
                 * Creates a plain object from a CreateAdvancedTextMessageReq message. Also converts values to other types if specified.
                 * @param message CreateAdvancedTextMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateAdvancedTextMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateAdvancedTextMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateAdvancedTextMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateAdvancedTextMessageResp. */
            interface ICreateAdvancedTextMessageResp {

                /** CreateAdvancedTextMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateAdvancedTextMessageResp. */
            class CreateAdvancedTextMessageResp implements ICreateAdvancedTextMessageResp {

                /**
                 * Constructs a new CreateAdvancedTextMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateAdvancedTextMessageResp);

                /** CreateAdvancedTextMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateAdvancedTextMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateAdvancedTextMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateAdvancedTextMessageResp): openim.sdk.message.CreateAdvancedTextMessageResp;

                /**
                 * Encodes the specified CreateAdvancedTextMessageResp message. Does not implicitly {@link openim.sdk.message.CreateAdvancedTextMessageResp.verify|verify} messages.
                 * @param message CreateAdvancedTextMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateAdvancedTextMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateAdvancedTextMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateAdvancedTextMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateAdvancedTextMessageResp;

                /**
                 * Creates a CreateAdvancedTextMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateAdvancedTextMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateAdvancedTextMessageResp;

                /**
                 * Creates a plain object from a CreateAdvancedTextMessageResp message. Also converts values to other types if specified.
                 * @param message CreateAdvancedTextMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateAdvancedTextMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateAdvancedTextMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateAdvancedTextMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateTextAtMessageReq. */
            interface ICreateTextAtMessageReq {

                /** CreateTextAtMessageReq text */
                text?: (string|null);

                /** CreateTextAtMessageReq userIDList */
                userIDList?: (string[]|null);

                /** CreateTextAtMessageReq usersInfo */
                usersInfo?: (openim.sdk.shared.IAtInfo[]|null);

                /** CreateTextAtMessageReq quoteMessage */
                quoteMessage?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateTextAtMessageReq. */
            class CreateTextAtMessageReq implements ICreateTextAtMessageReq {

                /**
                 * Constructs a new CreateTextAtMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateTextAtMessageReq);

                /** CreateTextAtMessageReq text. */
                public text: string;

                /** CreateTextAtMessageReq userIDList. */
                public userIDList: string[];

                /** CreateTextAtMessageReq usersInfo. */
                public usersInfo: openim.sdk.shared.IAtInfo[];

                /** CreateTextAtMessageReq quoteMessage. */
                public quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateTextAtMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTextAtMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateTextAtMessageReq): openim.sdk.message.CreateTextAtMessageReq;

                /**
                 * Encodes the specified CreateTextAtMessageReq message. Does not implicitly {@link openim.sdk.message.CreateTextAtMessageReq.verify|verify} messages.
                 * @param message CreateTextAtMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateTextAtMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTextAtMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTextAtMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateTextAtMessageReq;

                /**
                 * Creates a CreateTextAtMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTextAtMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateTextAtMessageReq;

                /**
                 * Creates a plain object from a CreateTextAtMessageReq message. Also converts values to other types if specified.
                 * @param message CreateTextAtMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateTextAtMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTextAtMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateTextAtMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateTextAtMessageResp. */
            interface ICreateTextAtMessageResp {

                /** CreateTextAtMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateTextAtMessageResp. */
            class CreateTextAtMessageResp implements ICreateTextAtMessageResp {

                /**
                 * Constructs a new CreateTextAtMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateTextAtMessageResp);

                /** CreateTextAtMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateTextAtMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateTextAtMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateTextAtMessageResp): openim.sdk.message.CreateTextAtMessageResp;

                /**
                 * Encodes the specified CreateTextAtMessageResp message. Does not implicitly {@link openim.sdk.message.CreateTextAtMessageResp.verify|verify} messages.
                 * @param message CreateTextAtMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateTextAtMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateTextAtMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateTextAtMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateTextAtMessageResp;

                /**
                 * Creates a CreateTextAtMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateTextAtMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateTextAtMessageResp;

                /**
                 * Creates a plain object from a CreateTextAtMessageResp message. Also converts values to other types if specified.
                 * @param message CreateTextAtMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateTextAtMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateTextAtMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateTextAtMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateLocationMessageReq. */
            interface ICreateLocationMessageReq {

                /** CreateLocationMessageReq description */
                description?: (string|null);

                /** CreateLocationMessageReq longitude */
                longitude?: (number|null);

                /** CreateLocationMessageReq latitude */
                latitude?: (number|null);
            }

            /** Represents a CreateLocationMessageReq. */
            class CreateLocationMessageReq implements ICreateLocationMessageReq {

                /**
                 * Constructs a new CreateLocationMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateLocationMessageReq);

                /** CreateLocationMessageReq description. */
                public description: string;

                /** CreateLocationMessageReq longitude. */
                public longitude: number;

                /** CreateLocationMessageReq latitude. */
                public latitude: number;

                /**
                 * Creates a new CreateLocationMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateLocationMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateLocationMessageReq): openim.sdk.message.CreateLocationMessageReq;

                /**
                 * Encodes the specified CreateLocationMessageReq message. Does not implicitly {@link openim.sdk.message.CreateLocationMessageReq.verify|verify} messages.
                 * @param message CreateLocationMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateLocationMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateLocationMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateLocationMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateLocationMessageReq;

                /**
                 * Creates a CreateLocationMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateLocationMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateLocationMessageReq;

                /**
                 * Creates a plain object from a CreateLocationMessageReq message. Also converts values to other types if specified.
                 * @param message CreateLocationMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateLocationMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateLocationMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateLocationMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateLocationMessageResp. */
            interface ICreateLocationMessageResp {

                /** CreateLocationMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateLocationMessageResp. */
            class CreateLocationMessageResp implements ICreateLocationMessageResp {

                /**
                 * Constructs a new CreateLocationMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateLocationMessageResp);

                /** CreateLocationMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateLocationMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateLocationMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateLocationMessageResp): openim.sdk.message.CreateLocationMessageResp;

                /**
                 * Encodes the specified CreateLocationMessageResp message. Does not implicitly {@link openim.sdk.message.CreateLocationMessageResp.verify|verify} messages.
                 * @param message CreateLocationMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateLocationMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateLocationMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateLocationMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateLocationMessageResp;

                /**
                 * Creates a CreateLocationMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateLocationMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateLocationMessageResp;

                /**
                 * Creates a plain object from a CreateLocationMessageResp message. Also converts values to other types if specified.
                 * @param message CreateLocationMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateLocationMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateLocationMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateLocationMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateCustomMessageReq. */
            interface ICreateCustomMessageReq {

                /** CreateCustomMessageReq data */
                data?: (string|null);

                /** CreateCustomMessageReq extension */
                extension?: (string|null);

                /** CreateCustomMessageReq description */
                description?: (string|null);
            }

            /** Represents a CreateCustomMessageReq. */
            class CreateCustomMessageReq implements ICreateCustomMessageReq {

                /**
                 * Constructs a new CreateCustomMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateCustomMessageReq);

                /** CreateCustomMessageReq data. */
                public data: string;

                /** CreateCustomMessageReq extension. */
                public extension: string;

                /** CreateCustomMessageReq description. */
                public description: string;

                /**
                 * Creates a new CreateCustomMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateCustomMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateCustomMessageReq): openim.sdk.message.CreateCustomMessageReq;

                /**
                 * Encodes the specified CreateCustomMessageReq message. Does not implicitly {@link openim.sdk.message.CreateCustomMessageReq.verify|verify} messages.
                 * @param message CreateCustomMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateCustomMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateCustomMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateCustomMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateCustomMessageReq;

                /**
                 * Creates a CreateCustomMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateCustomMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateCustomMessageReq;

                /**
                 * Creates a plain object from a CreateCustomMessageReq message. Also converts values to other types if specified.
                 * @param message CreateCustomMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateCustomMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateCustomMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateCustomMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateCustomMessageResp. */
            interface ICreateCustomMessageResp {

                /** CreateCustomMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateCustomMessageResp. */
            class CreateCustomMessageResp implements ICreateCustomMessageResp {

                /**
                 * Constructs a new CreateCustomMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateCustomMessageResp);

                /** CreateCustomMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateCustomMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateCustomMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateCustomMessageResp): openim.sdk.message.CreateCustomMessageResp;

                /**
                 * Encodes the specified CreateCustomMessageResp message. Does not implicitly {@link openim.sdk.message.CreateCustomMessageResp.verify|verify} messages.
                 * @param message CreateCustomMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateCustomMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateCustomMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateCustomMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateCustomMessageResp;

                /**
                 * Creates a CreateCustomMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateCustomMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateCustomMessageResp;

                /**
                 * Creates a plain object from a CreateCustomMessageResp message. Also converts values to other types if specified.
                 * @param message CreateCustomMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateCustomMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateCustomMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateCustomMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateQuoteMessageReq. */
            interface ICreateQuoteMessageReq {

                /** CreateQuoteMessageReq text */
                text?: (string|null);

                /** CreateQuoteMessageReq quoteMessage */
                quoteMessage?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateQuoteMessageReq. */
            class CreateQuoteMessageReq implements ICreateQuoteMessageReq {

                /**
                 * Constructs a new CreateQuoteMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateQuoteMessageReq);

                /** CreateQuoteMessageReq text. */
                public text: string;

                /** CreateQuoteMessageReq quoteMessage. */
                public quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateQuoteMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateQuoteMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateQuoteMessageReq): openim.sdk.message.CreateQuoteMessageReq;

                /**
                 * Encodes the specified CreateQuoteMessageReq message. Does not implicitly {@link openim.sdk.message.CreateQuoteMessageReq.verify|verify} messages.
                 * @param message CreateQuoteMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateQuoteMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateQuoteMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateQuoteMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateQuoteMessageReq;

                /**
                 * Creates a CreateQuoteMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateQuoteMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateQuoteMessageReq;

                /**
                 * Creates a plain object from a CreateQuoteMessageReq message. Also converts values to other types if specified.
                 * @param message CreateQuoteMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateQuoteMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateQuoteMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateQuoteMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateQuoteMessageResp. */
            interface ICreateQuoteMessageResp {

                /** CreateQuoteMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateQuoteMessageResp. */
            class CreateQuoteMessageResp implements ICreateQuoteMessageResp {

                /**
                 * Constructs a new CreateQuoteMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateQuoteMessageResp);

                /** CreateQuoteMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateQuoteMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateQuoteMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateQuoteMessageResp): openim.sdk.message.CreateQuoteMessageResp;

                /**
                 * Encodes the specified CreateQuoteMessageResp message. Does not implicitly {@link openim.sdk.message.CreateQuoteMessageResp.verify|verify} messages.
                 * @param message CreateQuoteMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateQuoteMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateQuoteMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateQuoteMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateQuoteMessageResp;

                /**
                 * Creates a CreateQuoteMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateQuoteMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateQuoteMessageResp;

                /**
                 * Creates a plain object from a CreateQuoteMessageResp message. Also converts values to other types if specified.
                 * @param message CreateQuoteMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateQuoteMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateQuoteMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateQuoteMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateAdvancedQuoteMessageReq. */
            interface ICreateAdvancedQuoteMessageReq {

                /** CreateAdvancedQuoteMessageReq text */
                text?: (string|null);

                /** CreateAdvancedQuoteMessageReq quoteMessage */
                quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /** CreateAdvancedQuoteMessageReq messageEntities */
                messageEntities?: (openim.sdk.shared.IMessageEntity[]|null);
            }

            /** Represents a CreateAdvancedQuoteMessageReq. */
            class CreateAdvancedQuoteMessageReq implements ICreateAdvancedQuoteMessageReq {

                /**
                 * Constructs a new CreateAdvancedQuoteMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateAdvancedQuoteMessageReq);

                /** CreateAdvancedQuoteMessageReq text. */
                public text: string;

                /** CreateAdvancedQuoteMessageReq quoteMessage. */
                public quoteMessage?: (openim.sdk.shared.IIMMessage|null);

                /** CreateAdvancedQuoteMessageReq messageEntities. */
                public messageEntities: openim.sdk.shared.IMessageEntity[];

                /**
                 * Creates a new CreateAdvancedQuoteMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateAdvancedQuoteMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateAdvancedQuoteMessageReq): openim.sdk.message.CreateAdvancedQuoteMessageReq;

                /**
                 * Encodes the specified CreateAdvancedQuoteMessageReq message. Does not implicitly {@link openim.sdk.message.CreateAdvancedQuoteMessageReq.verify|verify} messages.
                 * @param message CreateAdvancedQuoteMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateAdvancedQuoteMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateAdvancedQuoteMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateAdvancedQuoteMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateAdvancedQuoteMessageReq;

                /**
                 * Creates a CreateAdvancedQuoteMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateAdvancedQuoteMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateAdvancedQuoteMessageReq;

                /**
                 * Creates a plain object from a CreateAdvancedQuoteMessageReq message. Also converts values to other types if specified.
                 * @param message CreateAdvancedQuoteMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateAdvancedQuoteMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateAdvancedQuoteMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateAdvancedQuoteMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateAdvancedQuoteMessageResp. */
            interface ICreateAdvancedQuoteMessageResp {

                /** CreateAdvancedQuoteMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateAdvancedQuoteMessageResp. */
            class CreateAdvancedQuoteMessageResp implements ICreateAdvancedQuoteMessageResp {

                /**
                 * Constructs a new CreateAdvancedQuoteMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateAdvancedQuoteMessageResp);

                /** CreateAdvancedQuoteMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateAdvancedQuoteMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateAdvancedQuoteMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateAdvancedQuoteMessageResp): openim.sdk.message.CreateAdvancedQuoteMessageResp;

                /**
                 * Encodes the specified CreateAdvancedQuoteMessageResp message. Does not implicitly {@link openim.sdk.message.CreateAdvancedQuoteMessageResp.verify|verify} messages.
                 * @param message CreateAdvancedQuoteMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateAdvancedQuoteMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateAdvancedQuoteMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateAdvancedQuoteMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateAdvancedQuoteMessageResp;

                /**
                 * Creates a CreateAdvancedQuoteMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateAdvancedQuoteMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateAdvancedQuoteMessageResp;

                /**
                 * Creates a plain object from a CreateAdvancedQuoteMessageResp message. Also converts values to other types if specified.
                 * @param message CreateAdvancedQuoteMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateAdvancedQuoteMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateAdvancedQuoteMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateAdvancedQuoteMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateCardMessageReq. */
            interface ICreateCardMessageReq {

                /** CreateCardMessageReq card */
                card?: (openim.sdk.shared.ICardElem|null);
            }

            /** Represents a CreateCardMessageReq. */
            class CreateCardMessageReq implements ICreateCardMessageReq {

                /**
                 * Constructs a new CreateCardMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateCardMessageReq);

                /** CreateCardMessageReq card. */
                public card?: (openim.sdk.shared.ICardElem|null);

                /**
                 * Creates a new CreateCardMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateCardMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateCardMessageReq): openim.sdk.message.CreateCardMessageReq;

                /**
                 * Encodes the specified CreateCardMessageReq message. Does not implicitly {@link openim.sdk.message.CreateCardMessageReq.verify|verify} messages.
                 * @param message CreateCardMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateCardMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateCardMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateCardMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateCardMessageReq;

                /**
                 * Creates a CreateCardMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateCardMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateCardMessageReq;

                /**
                 * Creates a plain object from a CreateCardMessageReq message. Also converts values to other types if specified.
                 * @param message CreateCardMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateCardMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateCardMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateCardMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateCardMessageResp. */
            interface ICreateCardMessageResp {

                /** CreateCardMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateCardMessageResp. */
            class CreateCardMessageResp implements ICreateCardMessageResp {

                /**
                 * Constructs a new CreateCardMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateCardMessageResp);

                /** CreateCardMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateCardMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateCardMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateCardMessageResp): openim.sdk.message.CreateCardMessageResp;

                /**
                 * Encodes the specified CreateCardMessageResp message. Does not implicitly {@link openim.sdk.message.CreateCardMessageResp.verify|verify} messages.
                 * @param message CreateCardMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateCardMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateCardMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateCardMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateCardMessageResp;

                /**
                 * Creates a CreateCardMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateCardMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateCardMessageResp;

                /**
                 * Creates a plain object from a CreateCardMessageResp message. Also converts values to other types if specified.
                 * @param message CreateCardMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateCardMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateCardMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateCardMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateImageMessageReq. */
            interface ICreateImageMessageReq {

                /** CreateImageMessageReq imageSourcePath */
                imageSourcePath?: (string|null);

                /** CreateImageMessageReq sourcePicture */
                sourcePicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** CreateImageMessageReq bigPicture */
                bigPicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** CreateImageMessageReq snapshotPicture */
                snapshotPicture?: (openim.sdk.shared.IPictureBaseInfo|null);
            }

            /** Represents a CreateImageMessageReq. */
            class CreateImageMessageReq implements ICreateImageMessageReq {

                /**
                 * Constructs a new CreateImageMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateImageMessageReq);

                /** CreateImageMessageReq imageSourcePath. */
                public imageSourcePath: string;

                /** CreateImageMessageReq sourcePicture. */
                public sourcePicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** CreateImageMessageReq bigPicture. */
                public bigPicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /** CreateImageMessageReq snapshotPicture. */
                public snapshotPicture?: (openim.sdk.shared.IPictureBaseInfo|null);

                /**
                 * Creates a new CreateImageMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateImageMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateImageMessageReq): openim.sdk.message.CreateImageMessageReq;

                /**
                 * Encodes the specified CreateImageMessageReq message. Does not implicitly {@link openim.sdk.message.CreateImageMessageReq.verify|verify} messages.
                 * @param message CreateImageMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateImageMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateImageMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateImageMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateImageMessageReq;

                /**
                 * Creates a CreateImageMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateImageMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateImageMessageReq;

                /**
                 * Creates a plain object from a CreateImageMessageReq message. Also converts values to other types if specified.
                 * @param message CreateImageMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateImageMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateImageMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateImageMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateImageMessageResp. */
            interface ICreateImageMessageResp {

                /** CreateImageMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateImageMessageResp. */
            class CreateImageMessageResp implements ICreateImageMessageResp {

                /**
                 * Constructs a new CreateImageMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateImageMessageResp);

                /** CreateImageMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateImageMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateImageMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateImageMessageResp): openim.sdk.message.CreateImageMessageResp;

                /**
                 * Encodes the specified CreateImageMessageResp message. Does not implicitly {@link openim.sdk.message.CreateImageMessageResp.verify|verify} messages.
                 * @param message CreateImageMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateImageMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateImageMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateImageMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateImageMessageResp;

                /**
                 * Creates a CreateImageMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateImageMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateImageMessageResp;

                /**
                 * Creates a plain object from a CreateImageMessageResp message. Also converts values to other types if specified.
                 * @param message CreateImageMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateImageMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateImageMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateImageMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateSoundMessageReq. */
            interface ICreateSoundMessageReq {

                /** CreateSoundMessageReq soundPath */
                soundPath?: (string|null);

                /** CreateSoundMessageReq duration */
                duration?: (number|Long|null);

                /** CreateSoundMessageReq soundElem */
                soundElem?: (openim.sdk.shared.ISoundBaseInfo|null);
            }

            /** Represents a CreateSoundMessageReq. */
            class CreateSoundMessageReq implements ICreateSoundMessageReq {

                /**
                 * Constructs a new CreateSoundMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateSoundMessageReq);

                /** CreateSoundMessageReq soundPath. */
                public soundPath: string;

                /** CreateSoundMessageReq duration. */
                public duration: (number|Long);

                /** CreateSoundMessageReq soundElem. */
                public soundElem?: (openim.sdk.shared.ISoundBaseInfo|null);

                /**
                 * Creates a new CreateSoundMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateSoundMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateSoundMessageReq): openim.sdk.message.CreateSoundMessageReq;

                /**
                 * Encodes the specified CreateSoundMessageReq message. Does not implicitly {@link openim.sdk.message.CreateSoundMessageReq.verify|verify} messages.
                 * @param message CreateSoundMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateSoundMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSoundMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateSoundMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateSoundMessageReq;

                /**
                 * Creates a CreateSoundMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSoundMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateSoundMessageReq;

                /**
                 * Creates a plain object from a CreateSoundMessageReq message. Also converts values to other types if specified.
                 * @param message CreateSoundMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateSoundMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSoundMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateSoundMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateSoundMessageResp. */
            interface ICreateSoundMessageResp {

                /** CreateSoundMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateSoundMessageResp. */
            class CreateSoundMessageResp implements ICreateSoundMessageResp {

                /**
                 * Constructs a new CreateSoundMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateSoundMessageResp);

                /** CreateSoundMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateSoundMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateSoundMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateSoundMessageResp): openim.sdk.message.CreateSoundMessageResp;

                /**
                 * Encodes the specified CreateSoundMessageResp message. Does not implicitly {@link openim.sdk.message.CreateSoundMessageResp.verify|verify} messages.
                 * @param message CreateSoundMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateSoundMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateSoundMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateSoundMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateSoundMessageResp;

                /**
                 * Creates a CreateSoundMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateSoundMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateSoundMessageResp;

                /**
                 * Creates a plain object from a CreateSoundMessageResp message. Also converts values to other types if specified.
                 * @param message CreateSoundMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateSoundMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateSoundMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateSoundMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateVideoMessageReq. */
            interface ICreateVideoMessageReq {

                /** CreateVideoMessageReq videoSourcePath */
                videoSourcePath?: (string|null);

                /** CreateVideoMessageReq videoType */
                videoType?: (string|null);

                /** CreateVideoMessageReq duration */
                duration?: (number|Long|null);

                /** CreateVideoMessageReq snapshotSourcePath */
                snapshotSourcePath?: (string|null);

                /** CreateVideoMessageReq videoElem */
                videoElem?: (openim.sdk.shared.IVideoBaseInfo|null);
            }

            /** Represents a CreateVideoMessageReq. */
            class CreateVideoMessageReq implements ICreateVideoMessageReq {

                /**
                 * Constructs a new CreateVideoMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateVideoMessageReq);

                /** CreateVideoMessageReq videoSourcePath. */
                public videoSourcePath: string;

                /** CreateVideoMessageReq videoType. */
                public videoType: string;

                /** CreateVideoMessageReq duration. */
                public duration: (number|Long);

                /** CreateVideoMessageReq snapshotSourcePath. */
                public snapshotSourcePath: string;

                /** CreateVideoMessageReq videoElem. */
                public videoElem?: (openim.sdk.shared.IVideoBaseInfo|null);

                /**
                 * Creates a new CreateVideoMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateVideoMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateVideoMessageReq): openim.sdk.message.CreateVideoMessageReq;

                /**
                 * Encodes the specified CreateVideoMessageReq message. Does not implicitly {@link openim.sdk.message.CreateVideoMessageReq.verify|verify} messages.
                 * @param message CreateVideoMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateVideoMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateVideoMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateVideoMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateVideoMessageReq;

                /**
                 * Creates a CreateVideoMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateVideoMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateVideoMessageReq;

                /**
                 * Creates a plain object from a CreateVideoMessageReq message. Also converts values to other types if specified.
                 * @param message CreateVideoMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateVideoMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateVideoMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateVideoMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateVideoMessageResp. */
            interface ICreateVideoMessageResp {

                /** CreateVideoMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateVideoMessageResp. */
            class CreateVideoMessageResp implements ICreateVideoMessageResp {

                /**
                 * Constructs a new CreateVideoMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateVideoMessageResp);

                /** CreateVideoMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateVideoMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateVideoMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateVideoMessageResp): openim.sdk.message.CreateVideoMessageResp;

                /**
                 * Encodes the specified CreateVideoMessageResp message. Does not implicitly {@link openim.sdk.message.CreateVideoMessageResp.verify|verify} messages.
                 * @param message CreateVideoMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateVideoMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateVideoMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateVideoMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateVideoMessageResp;

                /**
                 * Creates a CreateVideoMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateVideoMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateVideoMessageResp;

                /**
                 * Creates a plain object from a CreateVideoMessageResp message. Also converts values to other types if specified.
                 * @param message CreateVideoMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateVideoMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateVideoMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateVideoMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateFileMessageReq. */
            interface ICreateFileMessageReq {

                /** CreateFileMessageReq fileSourcePath */
                fileSourcePath?: (string|null);

                /** CreateFileMessageReq fileName */
                fileName?: (string|null);

                /** CreateFileMessageReq fileElem */
                fileElem?: (openim.sdk.shared.IFileBaseInfo|null);
            }

            /** Represents a CreateFileMessageReq. */
            class CreateFileMessageReq implements ICreateFileMessageReq {

                /**
                 * Constructs a new CreateFileMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateFileMessageReq);

                /** CreateFileMessageReq fileSourcePath. */
                public fileSourcePath: string;

                /** CreateFileMessageReq fileName. */
                public fileName: string;

                /** CreateFileMessageReq fileElem. */
                public fileElem?: (openim.sdk.shared.IFileBaseInfo|null);

                /**
                 * Creates a new CreateFileMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateFileMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateFileMessageReq): openim.sdk.message.CreateFileMessageReq;

                /**
                 * Encodes the specified CreateFileMessageReq message. Does not implicitly {@link openim.sdk.message.CreateFileMessageReq.verify|verify} messages.
                 * @param message CreateFileMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateFileMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateFileMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateFileMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateFileMessageReq;

                /**
                 * Creates a CreateFileMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateFileMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateFileMessageReq;

                /**
                 * Creates a plain object from a CreateFileMessageReq message. Also converts values to other types if specified.
                 * @param message CreateFileMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateFileMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateFileMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateFileMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateFileMessageResp. */
            interface ICreateFileMessageResp {

                /** CreateFileMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateFileMessageResp. */
            class CreateFileMessageResp implements ICreateFileMessageResp {

                /**
                 * Constructs a new CreateFileMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateFileMessageResp);

                /** CreateFileMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateFileMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateFileMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateFileMessageResp): openim.sdk.message.CreateFileMessageResp;

                /**
                 * Encodes the specified CreateFileMessageResp message. Does not implicitly {@link openim.sdk.message.CreateFileMessageResp.verify|verify} messages.
                 * @param message CreateFileMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateFileMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateFileMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateFileMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateFileMessageResp;

                /**
                 * Creates a CreateFileMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateFileMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateFileMessageResp;

                /**
                 * Creates a plain object from a CreateFileMessageResp message. Also converts values to other types if specified.
                 * @param message CreateFileMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateFileMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateFileMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateFileMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateMergerMessageReq. */
            interface ICreateMergerMessageReq {

                /** CreateMergerMessageReq messages */
                messages?: (openim.sdk.shared.IIMMessage[]|null);

                /** CreateMergerMessageReq title */
                title?: (string|null);

                /** CreateMergerMessageReq summaries */
                summaries?: (string[]|null);
            }

            /** Represents a CreateMergerMessageReq. */
            class CreateMergerMessageReq implements ICreateMergerMessageReq {

                /**
                 * Constructs a new CreateMergerMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateMergerMessageReq);

                /** CreateMergerMessageReq messages. */
                public messages: openim.sdk.shared.IIMMessage[];

                /** CreateMergerMessageReq title. */
                public title: string;

                /** CreateMergerMessageReq summaries. */
                public summaries: string[];

                /**
                 * Creates a new CreateMergerMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateMergerMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateMergerMessageReq): openim.sdk.message.CreateMergerMessageReq;

                /**
                 * Encodes the specified CreateMergerMessageReq message. Does not implicitly {@link openim.sdk.message.CreateMergerMessageReq.verify|verify} messages.
                 * @param message CreateMergerMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateMergerMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateMergerMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateMergerMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateMergerMessageReq;

                /**
                 * Creates a CreateMergerMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateMergerMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateMergerMessageReq;

                /**
                 * Creates a plain object from a CreateMergerMessageReq message. Also converts values to other types if specified.
                 * @param message CreateMergerMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateMergerMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateMergerMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateMergerMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateMergerMessageResp. */
            interface ICreateMergerMessageResp {

                /** CreateMergerMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateMergerMessageResp. */
            class CreateMergerMessageResp implements ICreateMergerMessageResp {

                /**
                 * Constructs a new CreateMergerMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateMergerMessageResp);

                /** CreateMergerMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateMergerMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateMergerMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateMergerMessageResp): openim.sdk.message.CreateMergerMessageResp;

                /**
                 * Encodes the specified CreateMergerMessageResp message. Does not implicitly {@link openim.sdk.message.CreateMergerMessageResp.verify|verify} messages.
                 * @param message CreateMergerMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateMergerMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateMergerMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateMergerMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateMergerMessageResp;

                /**
                 * Creates a CreateMergerMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateMergerMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateMergerMessageResp;

                /**
                 * Creates a plain object from a CreateMergerMessageResp message. Also converts values to other types if specified.
                 * @param message CreateMergerMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateMergerMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateMergerMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateMergerMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateFaceMessageReq. */
            interface ICreateFaceMessageReq {

                /** CreateFaceMessageReq index */
                index?: (number|null);

                /** CreateFaceMessageReq data */
                data?: (string|null);
            }

            /** Represents a CreateFaceMessageReq. */
            class CreateFaceMessageReq implements ICreateFaceMessageReq {

                /**
                 * Constructs a new CreateFaceMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateFaceMessageReq);

                /** CreateFaceMessageReq index. */
                public index: number;

                /** CreateFaceMessageReq data. */
                public data: string;

                /**
                 * Creates a new CreateFaceMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateFaceMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateFaceMessageReq): openim.sdk.message.CreateFaceMessageReq;

                /**
                 * Encodes the specified CreateFaceMessageReq message. Does not implicitly {@link openim.sdk.message.CreateFaceMessageReq.verify|verify} messages.
                 * @param message CreateFaceMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateFaceMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateFaceMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateFaceMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateFaceMessageReq;

                /**
                 * Creates a CreateFaceMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateFaceMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateFaceMessageReq;

                /**
                 * Creates a plain object from a CreateFaceMessageReq message. Also converts values to other types if specified.
                 * @param message CreateFaceMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateFaceMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateFaceMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateFaceMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateFaceMessageResp. */
            interface ICreateFaceMessageResp {

                /** CreateFaceMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateFaceMessageResp. */
            class CreateFaceMessageResp implements ICreateFaceMessageResp {

                /**
                 * Constructs a new CreateFaceMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateFaceMessageResp);

                /** CreateFaceMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateFaceMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateFaceMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateFaceMessageResp): openim.sdk.message.CreateFaceMessageResp;

                /**
                 * Encodes the specified CreateFaceMessageResp message. Does not implicitly {@link openim.sdk.message.CreateFaceMessageResp.verify|verify} messages.
                 * @param message CreateFaceMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateFaceMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateFaceMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateFaceMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateFaceMessageResp;

                /**
                 * Creates a CreateFaceMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateFaceMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateFaceMessageResp;

                /**
                 * Creates a plain object from a CreateFaceMessageResp message. Also converts values to other types if specified.
                 * @param message CreateFaceMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateFaceMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateFaceMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateFaceMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateForwardMessageReq. */
            interface ICreateForwardMessageReq {

                /** CreateForwardMessageReq message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateForwardMessageReq. */
            class CreateForwardMessageReq implements ICreateForwardMessageReq {

                /**
                 * Constructs a new CreateForwardMessageReq.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateForwardMessageReq);

                /** CreateForwardMessageReq message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateForwardMessageReq instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateForwardMessageReq instance
                 */
                public static create(properties?: openim.sdk.message.ICreateForwardMessageReq): openim.sdk.message.CreateForwardMessageReq;

                /**
                 * Encodes the specified CreateForwardMessageReq message. Does not implicitly {@link openim.sdk.message.CreateForwardMessageReq.verify|verify} messages.
                 * @param message CreateForwardMessageReq message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateForwardMessageReq, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateForwardMessageReq message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateForwardMessageReq
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateForwardMessageReq;

                /**
                 * Creates a CreateForwardMessageReq message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateForwardMessageReq
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateForwardMessageReq;

                /**
                 * Creates a plain object from a CreateForwardMessageReq message. Also converts values to other types if specified.
                 * @param message CreateForwardMessageReq
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateForwardMessageReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateForwardMessageReq to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateForwardMessageReq
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CreateForwardMessageResp. */
            interface ICreateForwardMessageResp {

                /** CreateForwardMessageResp message */
                message?: (openim.sdk.shared.IIMMessage|null);
            }

            /** Represents a CreateForwardMessageResp. */
            class CreateForwardMessageResp implements ICreateForwardMessageResp {

                /**
                 * Constructs a new CreateForwardMessageResp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: openim.sdk.message.ICreateForwardMessageResp);

                /** CreateForwardMessageResp message. */
                public message?: (openim.sdk.shared.IIMMessage|null);

                /**
                 * Creates a new CreateForwardMessageResp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CreateForwardMessageResp instance
                 */
                public static create(properties?: openim.sdk.message.ICreateForwardMessageResp): openim.sdk.message.CreateForwardMessageResp;

                /**
                 * Encodes the specified CreateForwardMessageResp message. Does not implicitly {@link openim.sdk.message.CreateForwardMessageResp.verify|verify} messages.
                 * @param message CreateForwardMessageResp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: openim.sdk.message.ICreateForwardMessageResp, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CreateForwardMessageResp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CreateForwardMessageResp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.sdk.message.CreateForwardMessageResp;

                /**
                 * Creates a CreateForwardMessageResp message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns CreateForwardMessageResp
                 */
                public static fromObject(object: { [k: string]: any }): openim.sdk.message.CreateForwardMessageResp;

                /**
                 * Creates a plain object from a CreateForwardMessageResp message. Also converts values to other types if specified.
                 * @param message CreateForwardMessageResp
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: openim.sdk.message.CreateForwardMessageResp, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this CreateForwardMessageResp to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for CreateForwardMessageResp
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace event. */
    namespace event {

        /** Properties of an EventOnSendMsgProgressData. */
        interface IEventOnSendMsgProgressData {

            /** EventOnSendMsgProgressData progress */
            progress?: (number|null);
        }

        /** Represents an EventOnSendMsgProgressData. */
        class EventOnSendMsgProgressData implements IEventOnSendMsgProgressData {

            /**
             * Constructs a new EventOnSendMsgProgressData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnSendMsgProgressData);

            /** EventOnSendMsgProgressData progress. */
            public progress: number;

            /**
             * Creates a new EventOnSendMsgProgressData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnSendMsgProgressData instance
             */
            public static create(properties?: openim.event.IEventOnSendMsgProgressData): openim.event.EventOnSendMsgProgressData;

            /**
             * Encodes the specified EventOnSendMsgProgressData message. Does not implicitly {@link openim.event.EventOnSendMsgProgressData.verify|verify} messages.
             * @param message EventOnSendMsgProgressData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnSendMsgProgressData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnSendMsgProgressData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnSendMsgProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnSendMsgProgressData;

            /**
             * Creates an EventOnSendMsgProgressData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnSendMsgProgressData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnSendMsgProgressData;

            /**
             * Creates a plain object from an EventOnSendMsgProgressData message. Also converts values to other types if specified.
             * @param message EventOnSendMsgProgressData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnSendMsgProgressData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnSendMsgProgressData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnSendMsgProgressData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUploadFileProgressData. */
        interface IEventOnUploadFileProgressData {

            /** EventOnUploadFileProgressData progress */
            progress?: (number|null);
        }

        /** Represents an EventOnUploadFileProgressData. */
        class EventOnUploadFileProgressData implements IEventOnUploadFileProgressData {

            /**
             * Constructs a new EventOnUploadFileProgressData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUploadFileProgressData);

            /** EventOnUploadFileProgressData progress. */
            public progress: number;

            /**
             * Creates a new EventOnUploadFileProgressData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUploadFileProgressData instance
             */
            public static create(properties?: openim.event.IEventOnUploadFileProgressData): openim.event.EventOnUploadFileProgressData;

            /**
             * Encodes the specified EventOnUploadFileProgressData message. Does not implicitly {@link openim.event.EventOnUploadFileProgressData.verify|verify} messages.
             * @param message EventOnUploadFileProgressData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUploadFileProgressData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUploadFileProgressData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUploadFileProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUploadFileProgressData;

            /**
             * Creates an EventOnUploadFileProgressData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUploadFileProgressData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUploadFileProgressData;

            /**
             * Creates a plain object from an EventOnUploadFileProgressData message. Also converts values to other types if specified.
             * @param message EventOnUploadFileProgressData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUploadFileProgressData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUploadFileProgressData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUploadFileProgressData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUploadLogsProgressData. */
        interface IEventOnUploadLogsProgressData {

            /** EventOnUploadLogsProgressData progress */
            progress?: (number|Long|null);

            /** EventOnUploadLogsProgressData total */
            total?: (number|Long|null);
        }

        /** Represents an EventOnUploadLogsProgressData. */
        class EventOnUploadLogsProgressData implements IEventOnUploadLogsProgressData {

            /**
             * Constructs a new EventOnUploadLogsProgressData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUploadLogsProgressData);

            /** EventOnUploadLogsProgressData progress. */
            public progress: (number|Long);

            /** EventOnUploadLogsProgressData total. */
            public total: (number|Long);

            /**
             * Creates a new EventOnUploadLogsProgressData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUploadLogsProgressData instance
             */
            public static create(properties?: openim.event.IEventOnUploadLogsProgressData): openim.event.EventOnUploadLogsProgressData;

            /**
             * Encodes the specified EventOnUploadLogsProgressData message. Does not implicitly {@link openim.event.EventOnUploadLogsProgressData.verify|verify} messages.
             * @param message EventOnUploadLogsProgressData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUploadLogsProgressData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUploadLogsProgressData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUploadLogsProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUploadLogsProgressData;

            /**
             * Creates an EventOnUploadLogsProgressData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUploadLogsProgressData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUploadLogsProgressData;

            /**
             * Creates a plain object from an EventOnUploadLogsProgressData message. Also converts values to other types if specified.
             * @param message EventOnUploadLogsProgressData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUploadLogsProgressData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUploadLogsProgressData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUploadLogsProgressData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnConnectingData. */
        interface IEventOnConnectingData {
        }

        /** Represents an EventOnConnectingData. */
        class EventOnConnectingData implements IEventOnConnectingData {

            /**
             * Constructs a new EventOnConnectingData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnConnectingData);

            /**
             * Creates a new EventOnConnectingData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnConnectingData instance
             */
            public static create(properties?: openim.event.IEventOnConnectingData): openim.event.EventOnConnectingData;

            /**
             * Encodes the specified EventOnConnectingData message. Does not implicitly {@link openim.event.EventOnConnectingData.verify|verify} messages.
             * @param message EventOnConnectingData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnConnectingData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnConnectingData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnConnectingData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnConnectingData;

            /**
             * Creates an EventOnConnectingData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnConnectingData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnConnectingData;

            /**
             * Creates a plain object from an EventOnConnectingData message. Also converts values to other types if specified.
             * @param message EventOnConnectingData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnConnectingData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnConnectingData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnConnectingData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnConnectSuccessData. */
        interface IEventOnConnectSuccessData {
        }

        /** Represents an EventOnConnectSuccessData. */
        class EventOnConnectSuccessData implements IEventOnConnectSuccessData {

            /**
             * Constructs a new EventOnConnectSuccessData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnConnectSuccessData);

            /**
             * Creates a new EventOnConnectSuccessData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnConnectSuccessData instance
             */
            public static create(properties?: openim.event.IEventOnConnectSuccessData): openim.event.EventOnConnectSuccessData;

            /**
             * Encodes the specified EventOnConnectSuccessData message. Does not implicitly {@link openim.event.EventOnConnectSuccessData.verify|verify} messages.
             * @param message EventOnConnectSuccessData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnConnectSuccessData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnConnectSuccessData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnConnectSuccessData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnConnectSuccessData;

            /**
             * Creates an EventOnConnectSuccessData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnConnectSuccessData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnConnectSuccessData;

            /**
             * Creates a plain object from an EventOnConnectSuccessData message. Also converts values to other types if specified.
             * @param message EventOnConnectSuccessData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnConnectSuccessData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnConnectSuccessData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnConnectSuccessData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnConnectFailedData. */
        interface IEventOnConnectFailedData {

            /** EventOnConnectFailedData errCode */
            errCode?: (number|null);

            /** EventOnConnectFailedData errMsg */
            errMsg?: (string|null);
        }

        /** Represents an EventOnConnectFailedData. */
        class EventOnConnectFailedData implements IEventOnConnectFailedData {

            /**
             * Constructs a new EventOnConnectFailedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnConnectFailedData);

            /** EventOnConnectFailedData errCode. */
            public errCode: number;

            /** EventOnConnectFailedData errMsg. */
            public errMsg: string;

            /**
             * Creates a new EventOnConnectFailedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnConnectFailedData instance
             */
            public static create(properties?: openim.event.IEventOnConnectFailedData): openim.event.EventOnConnectFailedData;

            /**
             * Encodes the specified EventOnConnectFailedData message. Does not implicitly {@link openim.event.EventOnConnectFailedData.verify|verify} messages.
             * @param message EventOnConnectFailedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnConnectFailedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnConnectFailedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnConnectFailedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnConnectFailedData;

            /**
             * Creates an EventOnConnectFailedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnConnectFailedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnConnectFailedData;

            /**
             * Creates a plain object from an EventOnConnectFailedData message. Also converts values to other types if specified.
             * @param message EventOnConnectFailedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnConnectFailedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnConnectFailedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnConnectFailedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnKickedOfflineData. */
        interface IEventOnKickedOfflineData {
        }

        /** Represents an EventOnKickedOfflineData. */
        class EventOnKickedOfflineData implements IEventOnKickedOfflineData {

            /**
             * Constructs a new EventOnKickedOfflineData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnKickedOfflineData);

            /**
             * Creates a new EventOnKickedOfflineData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnKickedOfflineData instance
             */
            public static create(properties?: openim.event.IEventOnKickedOfflineData): openim.event.EventOnKickedOfflineData;

            /**
             * Encodes the specified EventOnKickedOfflineData message. Does not implicitly {@link openim.event.EventOnKickedOfflineData.verify|verify} messages.
             * @param message EventOnKickedOfflineData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnKickedOfflineData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnKickedOfflineData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnKickedOfflineData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnKickedOfflineData;

            /**
             * Creates an EventOnKickedOfflineData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnKickedOfflineData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnKickedOfflineData;

            /**
             * Creates a plain object from an EventOnKickedOfflineData message. Also converts values to other types if specified.
             * @param message EventOnKickedOfflineData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnKickedOfflineData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnKickedOfflineData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnKickedOfflineData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUserTokenExpiredData. */
        interface IEventOnUserTokenExpiredData {
        }

        /** Represents an EventOnUserTokenExpiredData. */
        class EventOnUserTokenExpiredData implements IEventOnUserTokenExpiredData {

            /**
             * Constructs a new EventOnUserTokenExpiredData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUserTokenExpiredData);

            /**
             * Creates a new EventOnUserTokenExpiredData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUserTokenExpiredData instance
             */
            public static create(properties?: openim.event.IEventOnUserTokenExpiredData): openim.event.EventOnUserTokenExpiredData;

            /**
             * Encodes the specified EventOnUserTokenExpiredData message. Does not implicitly {@link openim.event.EventOnUserTokenExpiredData.verify|verify} messages.
             * @param message EventOnUserTokenExpiredData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUserTokenExpiredData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUserTokenExpiredData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUserTokenExpiredData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUserTokenExpiredData;

            /**
             * Creates an EventOnUserTokenExpiredData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUserTokenExpiredData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUserTokenExpiredData;

            /**
             * Creates a plain object from an EventOnUserTokenExpiredData message. Also converts values to other types if specified.
             * @param message EventOnUserTokenExpiredData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUserTokenExpiredData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUserTokenExpiredData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUserTokenExpiredData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUserTokenInvalidData. */
        interface IEventOnUserTokenInvalidData {

            /** EventOnUserTokenInvalidData errMsg */
            errMsg?: (string|null);
        }

        /** Represents an EventOnUserTokenInvalidData. */
        class EventOnUserTokenInvalidData implements IEventOnUserTokenInvalidData {

            /**
             * Constructs a new EventOnUserTokenInvalidData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUserTokenInvalidData);

            /** EventOnUserTokenInvalidData errMsg. */
            public errMsg: string;

            /**
             * Creates a new EventOnUserTokenInvalidData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUserTokenInvalidData instance
             */
            public static create(properties?: openim.event.IEventOnUserTokenInvalidData): openim.event.EventOnUserTokenInvalidData;

            /**
             * Encodes the specified EventOnUserTokenInvalidData message. Does not implicitly {@link openim.event.EventOnUserTokenInvalidData.verify|verify} messages.
             * @param message EventOnUserTokenInvalidData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUserTokenInvalidData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUserTokenInvalidData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUserTokenInvalidData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUserTokenInvalidData;

            /**
             * Creates an EventOnUserTokenInvalidData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUserTokenInvalidData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUserTokenInvalidData;

            /**
             * Creates a plain object from an EventOnUserTokenInvalidData message. Also converts values to other types if specified.
             * @param message EventOnUserTokenInvalidData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUserTokenInvalidData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUserTokenInvalidData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUserTokenInvalidData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnSyncServerStartData. */
        interface IEventOnSyncServerStartData {

            /** EventOnSyncServerStartData reinstalled */
            reinstalled?: (boolean|null);
        }

        /** Represents an EventOnSyncServerStartData. */
        class EventOnSyncServerStartData implements IEventOnSyncServerStartData {

            /**
             * Constructs a new EventOnSyncServerStartData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnSyncServerStartData);

            /** EventOnSyncServerStartData reinstalled. */
            public reinstalled: boolean;

            /**
             * Creates a new EventOnSyncServerStartData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnSyncServerStartData instance
             */
            public static create(properties?: openim.event.IEventOnSyncServerStartData): openim.event.EventOnSyncServerStartData;

            /**
             * Encodes the specified EventOnSyncServerStartData message. Does not implicitly {@link openim.event.EventOnSyncServerStartData.verify|verify} messages.
             * @param message EventOnSyncServerStartData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnSyncServerStartData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnSyncServerStartData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnSyncServerStartData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnSyncServerStartData;

            /**
             * Creates an EventOnSyncServerStartData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnSyncServerStartData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnSyncServerStartData;

            /**
             * Creates a plain object from an EventOnSyncServerStartData message. Also converts values to other types if specified.
             * @param message EventOnSyncServerStartData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnSyncServerStartData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnSyncServerStartData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnSyncServerStartData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnSyncServerFinishData. */
        interface IEventOnSyncServerFinishData {

            /** EventOnSyncServerFinishData reinstalled */
            reinstalled?: (boolean|null);
        }

        /** Represents an EventOnSyncServerFinishData. */
        class EventOnSyncServerFinishData implements IEventOnSyncServerFinishData {

            /**
             * Constructs a new EventOnSyncServerFinishData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnSyncServerFinishData);

            /** EventOnSyncServerFinishData reinstalled. */
            public reinstalled: boolean;

            /**
             * Creates a new EventOnSyncServerFinishData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnSyncServerFinishData instance
             */
            public static create(properties?: openim.event.IEventOnSyncServerFinishData): openim.event.EventOnSyncServerFinishData;

            /**
             * Encodes the specified EventOnSyncServerFinishData message. Does not implicitly {@link openim.event.EventOnSyncServerFinishData.verify|verify} messages.
             * @param message EventOnSyncServerFinishData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnSyncServerFinishData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnSyncServerFinishData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnSyncServerFinishData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnSyncServerFinishData;

            /**
             * Creates an EventOnSyncServerFinishData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnSyncServerFinishData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnSyncServerFinishData;

            /**
             * Creates a plain object from an EventOnSyncServerFinishData message. Also converts values to other types if specified.
             * @param message EventOnSyncServerFinishData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnSyncServerFinishData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnSyncServerFinishData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnSyncServerFinishData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnSyncServerFailedData. */
        interface IEventOnSyncServerFailedData {

            /** EventOnSyncServerFailedData reinstalled */
            reinstalled?: (boolean|null);
        }

        /** Represents an EventOnSyncServerFailedData. */
        class EventOnSyncServerFailedData implements IEventOnSyncServerFailedData {

            /**
             * Constructs a new EventOnSyncServerFailedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnSyncServerFailedData);

            /** EventOnSyncServerFailedData reinstalled. */
            public reinstalled: boolean;

            /**
             * Creates a new EventOnSyncServerFailedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnSyncServerFailedData instance
             */
            public static create(properties?: openim.event.IEventOnSyncServerFailedData): openim.event.EventOnSyncServerFailedData;

            /**
             * Encodes the specified EventOnSyncServerFailedData message. Does not implicitly {@link openim.event.EventOnSyncServerFailedData.verify|verify} messages.
             * @param message EventOnSyncServerFailedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnSyncServerFailedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnSyncServerFailedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnSyncServerFailedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnSyncServerFailedData;

            /**
             * Creates an EventOnSyncServerFailedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnSyncServerFailedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnSyncServerFailedData;

            /**
             * Creates a plain object from an EventOnSyncServerFailedData message. Also converts values to other types if specified.
             * @param message EventOnSyncServerFailedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnSyncServerFailedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnSyncServerFailedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnSyncServerFailedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnSyncServerProgressData. */
        interface IEventOnSyncServerProgressData {

            /** EventOnSyncServerProgressData progress */
            progress?: (number|null);
        }

        /** Represents an EventOnSyncServerProgressData. */
        class EventOnSyncServerProgressData implements IEventOnSyncServerProgressData {

            /**
             * Constructs a new EventOnSyncServerProgressData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnSyncServerProgressData);

            /** EventOnSyncServerProgressData progress. */
            public progress: number;

            /**
             * Creates a new EventOnSyncServerProgressData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnSyncServerProgressData instance
             */
            public static create(properties?: openim.event.IEventOnSyncServerProgressData): openim.event.EventOnSyncServerProgressData;

            /**
             * Encodes the specified EventOnSyncServerProgressData message. Does not implicitly {@link openim.event.EventOnSyncServerProgressData.verify|verify} messages.
             * @param message EventOnSyncServerProgressData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnSyncServerProgressData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnSyncServerProgressData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnSyncServerProgressData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnSyncServerProgressData;

            /**
             * Creates an EventOnSyncServerProgressData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnSyncServerProgressData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnSyncServerProgressData;

            /**
             * Creates a plain object from an EventOnSyncServerProgressData message. Also converts values to other types if specified.
             * @param message EventOnSyncServerProgressData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnSyncServerProgressData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnSyncServerProgressData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnSyncServerProgressData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnNewConversationData. */
        interface IEventOnNewConversationData {

            /** EventOnNewConversationData conversationList */
            conversationList?: (openim.sdk.shared.IIMConversation[]|null);
        }

        /** Represents an EventOnNewConversationData. */
        class EventOnNewConversationData implements IEventOnNewConversationData {

            /**
             * Constructs a new EventOnNewConversationData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnNewConversationData);

            /** EventOnNewConversationData conversationList. */
            public conversationList: openim.sdk.shared.IIMConversation[];

            /**
             * Creates a new EventOnNewConversationData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnNewConversationData instance
             */
            public static create(properties?: openim.event.IEventOnNewConversationData): openim.event.EventOnNewConversationData;

            /**
             * Encodes the specified EventOnNewConversationData message. Does not implicitly {@link openim.event.EventOnNewConversationData.verify|verify} messages.
             * @param message EventOnNewConversationData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnNewConversationData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnNewConversationData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnNewConversationData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnNewConversationData;

            /**
             * Creates an EventOnNewConversationData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnNewConversationData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnNewConversationData;

            /**
             * Creates a plain object from an EventOnNewConversationData message. Also converts values to other types if specified.
             * @param message EventOnNewConversationData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnNewConversationData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnNewConversationData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnNewConversationData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnConversationChangedData. */
        interface IEventOnConversationChangedData {

            /** EventOnConversationChangedData conversationList */
            conversationList?: (openim.sdk.shared.IIMConversation[]|null);
        }

        /** Represents an EventOnConversationChangedData. */
        class EventOnConversationChangedData implements IEventOnConversationChangedData {

            /**
             * Constructs a new EventOnConversationChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnConversationChangedData);

            /** EventOnConversationChangedData conversationList. */
            public conversationList: openim.sdk.shared.IIMConversation[];

            /**
             * Creates a new EventOnConversationChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnConversationChangedData instance
             */
            public static create(properties?: openim.event.IEventOnConversationChangedData): openim.event.EventOnConversationChangedData;

            /**
             * Encodes the specified EventOnConversationChangedData message. Does not implicitly {@link openim.event.EventOnConversationChangedData.verify|verify} messages.
             * @param message EventOnConversationChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnConversationChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnConversationChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnConversationChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnConversationChangedData;

            /**
             * Creates an EventOnConversationChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnConversationChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnConversationChangedData;

            /**
             * Creates a plain object from an EventOnConversationChangedData message. Also converts values to other types if specified.
             * @param message EventOnConversationChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnConversationChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnConversationChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnConversationChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnTotalUnreadMessageCountChangedData. */
        interface IEventOnTotalUnreadMessageCountChangedData {

            /** EventOnTotalUnreadMessageCountChangedData totalUnreadCount */
            totalUnreadCount?: (number|null);
        }

        /** Represents an EventOnTotalUnreadMessageCountChangedData. */
        class EventOnTotalUnreadMessageCountChangedData implements IEventOnTotalUnreadMessageCountChangedData {

            /**
             * Constructs a new EventOnTotalUnreadMessageCountChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnTotalUnreadMessageCountChangedData);

            /** EventOnTotalUnreadMessageCountChangedData totalUnreadCount. */
            public totalUnreadCount: number;

            /**
             * Creates a new EventOnTotalUnreadMessageCountChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnTotalUnreadMessageCountChangedData instance
             */
            public static create(properties?: openim.event.IEventOnTotalUnreadMessageCountChangedData): openim.event.EventOnTotalUnreadMessageCountChangedData;

            /**
             * Encodes the specified EventOnTotalUnreadMessageCountChangedData message. Does not implicitly {@link openim.event.EventOnTotalUnreadMessageCountChangedData.verify|verify} messages.
             * @param message EventOnTotalUnreadMessageCountChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnTotalUnreadMessageCountChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnTotalUnreadMessageCountChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnTotalUnreadMessageCountChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnTotalUnreadMessageCountChangedData;

            /**
             * Creates an EventOnTotalUnreadMessageCountChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnTotalUnreadMessageCountChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnTotalUnreadMessageCountChangedData;

            /**
             * Creates a plain object from an EventOnTotalUnreadMessageCountChangedData message. Also converts values to other types if specified.
             * @param message EventOnTotalUnreadMessageCountChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnTotalUnreadMessageCountChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnTotalUnreadMessageCountChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnTotalUnreadMessageCountChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnConversationUserInputStatusChangedData. */
        interface IEventOnConversationUserInputStatusChangedData {

            /** EventOnConversationUserInputStatusChangedData conversationID */
            conversationID?: (string|null);

            /** EventOnConversationUserInputStatusChangedData userID */
            userID?: (string|null);

            /** EventOnConversationUserInputStatusChangedData platformIDs */
            platformIDs?: (number[]|null);
        }

        /** Represents an EventOnConversationUserInputStatusChangedData. */
        class EventOnConversationUserInputStatusChangedData implements IEventOnConversationUserInputStatusChangedData {

            /**
             * Constructs a new EventOnConversationUserInputStatusChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnConversationUserInputStatusChangedData);

            /** EventOnConversationUserInputStatusChangedData conversationID. */
            public conversationID: string;

            /** EventOnConversationUserInputStatusChangedData userID. */
            public userID: string;

            /** EventOnConversationUserInputStatusChangedData platformIDs. */
            public platformIDs: number[];

            /**
             * Creates a new EventOnConversationUserInputStatusChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnConversationUserInputStatusChangedData instance
             */
            public static create(properties?: openim.event.IEventOnConversationUserInputStatusChangedData): openim.event.EventOnConversationUserInputStatusChangedData;

            /**
             * Encodes the specified EventOnConversationUserInputStatusChangedData message. Does not implicitly {@link openim.event.EventOnConversationUserInputStatusChangedData.verify|verify} messages.
             * @param message EventOnConversationUserInputStatusChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnConversationUserInputStatusChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnConversationUserInputStatusChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnConversationUserInputStatusChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnConversationUserInputStatusChangedData;

            /**
             * Creates an EventOnConversationUserInputStatusChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnConversationUserInputStatusChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnConversationUserInputStatusChangedData;

            /**
             * Creates a plain object from an EventOnConversationUserInputStatusChangedData message. Also converts values to other types if specified.
             * @param message EventOnConversationUserInputStatusChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnConversationUserInputStatusChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnConversationUserInputStatusChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnConversationUserInputStatusChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnRecvNewMessageData. */
        interface IEventOnRecvNewMessageData {

            /** EventOnRecvNewMessageData message */
            message?: (openim.sdk.shared.IIMMessage|null);
        }

        /** Represents an EventOnRecvNewMessageData. */
        class EventOnRecvNewMessageData implements IEventOnRecvNewMessageData {

            /**
             * Constructs a new EventOnRecvNewMessageData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnRecvNewMessageData);

            /** EventOnRecvNewMessageData message. */
            public message?: (openim.sdk.shared.IIMMessage|null);

            /**
             * Creates a new EventOnRecvNewMessageData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnRecvNewMessageData instance
             */
            public static create(properties?: openim.event.IEventOnRecvNewMessageData): openim.event.EventOnRecvNewMessageData;

            /**
             * Encodes the specified EventOnRecvNewMessageData message. Does not implicitly {@link openim.event.EventOnRecvNewMessageData.verify|verify} messages.
             * @param message EventOnRecvNewMessageData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnRecvNewMessageData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnRecvNewMessageData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnRecvNewMessageData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnRecvNewMessageData;

            /**
             * Creates an EventOnRecvNewMessageData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnRecvNewMessageData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnRecvNewMessageData;

            /**
             * Creates a plain object from an EventOnRecvNewMessageData message. Also converts values to other types if specified.
             * @param message EventOnRecvNewMessageData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnRecvNewMessageData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnRecvNewMessageData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnRecvNewMessageData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a MessageReceipt. */
        interface IMessageReceipt {

            /** MessageReceipt groupID */
            groupID?: (string|null);

            /** MessageReceipt userID */
            userID?: (string|null);

            /** MessageReceipt msgIDList */
            msgIDList?: (string[]|null);

            /** MessageReceipt readTime */
            readTime?: (number|Long|null);

            /** MessageReceipt msgFrom */
            msgFrom?: (number|null);

            /** MessageReceipt contentType */
            contentType?: (number|null);

            /** MessageReceipt sessionType */
            sessionType?: (number|null);
        }

        /** Represents a MessageReceipt. */
        class MessageReceipt implements IMessageReceipt {

            /**
             * Constructs a new MessageReceipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IMessageReceipt);

            /** MessageReceipt groupID. */
            public groupID: string;

            /** MessageReceipt userID. */
            public userID: string;

            /** MessageReceipt msgIDList. */
            public msgIDList: string[];

            /** MessageReceipt readTime. */
            public readTime: (number|Long);

            /** MessageReceipt msgFrom. */
            public msgFrom: number;

            /** MessageReceipt contentType. */
            public contentType: number;

            /** MessageReceipt sessionType. */
            public sessionType: number;

            /**
             * Creates a new MessageReceipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MessageReceipt instance
             */
            public static create(properties?: openim.event.IMessageReceipt): openim.event.MessageReceipt;

            /**
             * Encodes the specified MessageReceipt message. Does not implicitly {@link openim.event.MessageReceipt.verify|verify} messages.
             * @param message MessageReceipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IMessageReceipt, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MessageReceipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns MessageReceipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.MessageReceipt;

            /**
             * Creates a MessageReceipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MessageReceipt
             */
            public static fromObject(object: { [k: string]: any }): openim.event.MessageReceipt;

            /**
             * Creates a plain object from a MessageReceipt message. Also converts values to other types if specified.
             * @param message MessageReceipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.MessageReceipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MessageReceipt to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for MessageReceipt
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnRecvC2CReadReceiptData. */
        interface IEventOnRecvC2CReadReceiptData {

            /** EventOnRecvC2CReadReceiptData msgReceiptList */
            msgReceiptList?: (openim.event.IMessageReceipt[]|null);
        }

        /** Represents an EventOnRecvC2CReadReceiptData. */
        class EventOnRecvC2CReadReceiptData implements IEventOnRecvC2CReadReceiptData {

            /**
             * Constructs a new EventOnRecvC2CReadReceiptData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnRecvC2CReadReceiptData);

            /** EventOnRecvC2CReadReceiptData msgReceiptList. */
            public msgReceiptList: openim.event.IMessageReceipt[];

            /**
             * Creates a new EventOnRecvC2CReadReceiptData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnRecvC2CReadReceiptData instance
             */
            public static create(properties?: openim.event.IEventOnRecvC2CReadReceiptData): openim.event.EventOnRecvC2CReadReceiptData;

            /**
             * Encodes the specified EventOnRecvC2CReadReceiptData message. Does not implicitly {@link openim.event.EventOnRecvC2CReadReceiptData.verify|verify} messages.
             * @param message EventOnRecvC2CReadReceiptData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnRecvC2CReadReceiptData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnRecvC2CReadReceiptData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnRecvC2CReadReceiptData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnRecvC2CReadReceiptData;

            /**
             * Creates an EventOnRecvC2CReadReceiptData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnRecvC2CReadReceiptData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnRecvC2CReadReceiptData;

            /**
             * Creates a plain object from an EventOnRecvC2CReadReceiptData message. Also converts values to other types if specified.
             * @param message EventOnRecvC2CReadReceiptData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnRecvC2CReadReceiptData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnRecvC2CReadReceiptData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnRecvC2CReadReceiptData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnNewRecvMessageRevokedData. */
        interface IEventOnNewRecvMessageRevokedData {

            /** EventOnNewRecvMessageRevokedData revoked */
            revoked?: (openim.sdk.shared.IRevokedTips|null);
        }

        /** Represents an EventOnNewRecvMessageRevokedData. */
        class EventOnNewRecvMessageRevokedData implements IEventOnNewRecvMessageRevokedData {

            /**
             * Constructs a new EventOnNewRecvMessageRevokedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnNewRecvMessageRevokedData);

            /** EventOnNewRecvMessageRevokedData revoked. */
            public revoked?: (openim.sdk.shared.IRevokedTips|null);

            /**
             * Creates a new EventOnNewRecvMessageRevokedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnNewRecvMessageRevokedData instance
             */
            public static create(properties?: openim.event.IEventOnNewRecvMessageRevokedData): openim.event.EventOnNewRecvMessageRevokedData;

            /**
             * Encodes the specified EventOnNewRecvMessageRevokedData message. Does not implicitly {@link openim.event.EventOnNewRecvMessageRevokedData.verify|verify} messages.
             * @param message EventOnNewRecvMessageRevokedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnNewRecvMessageRevokedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnNewRecvMessageRevokedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnNewRecvMessageRevokedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnNewRecvMessageRevokedData;

            /**
             * Creates an EventOnNewRecvMessageRevokedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnNewRecvMessageRevokedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnNewRecvMessageRevokedData;

            /**
             * Creates a plain object from an EventOnNewRecvMessageRevokedData message. Also converts values to other types if specified.
             * @param message EventOnNewRecvMessageRevokedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnNewRecvMessageRevokedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnNewRecvMessageRevokedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnNewRecvMessageRevokedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnRecvOfflineNewMessageData. */
        interface IEventOnRecvOfflineNewMessageData {

            /** EventOnRecvOfflineNewMessageData message */
            message?: (openim.sdk.shared.IIMMessage|null);
        }

        /** Represents an EventOnRecvOfflineNewMessageData. */
        class EventOnRecvOfflineNewMessageData implements IEventOnRecvOfflineNewMessageData {

            /**
             * Constructs a new EventOnRecvOfflineNewMessageData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnRecvOfflineNewMessageData);

            /** EventOnRecvOfflineNewMessageData message. */
            public message?: (openim.sdk.shared.IIMMessage|null);

            /**
             * Creates a new EventOnRecvOfflineNewMessageData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnRecvOfflineNewMessageData instance
             */
            public static create(properties?: openim.event.IEventOnRecvOfflineNewMessageData): openim.event.EventOnRecvOfflineNewMessageData;

            /**
             * Encodes the specified EventOnRecvOfflineNewMessageData message. Does not implicitly {@link openim.event.EventOnRecvOfflineNewMessageData.verify|verify} messages.
             * @param message EventOnRecvOfflineNewMessageData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnRecvOfflineNewMessageData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnRecvOfflineNewMessageData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnRecvOfflineNewMessageData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnRecvOfflineNewMessageData;

            /**
             * Creates an EventOnRecvOfflineNewMessageData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnRecvOfflineNewMessageData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnRecvOfflineNewMessageData;

            /**
             * Creates a plain object from an EventOnRecvOfflineNewMessageData message. Also converts values to other types if specified.
             * @param message EventOnRecvOfflineNewMessageData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnRecvOfflineNewMessageData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnRecvOfflineNewMessageData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnRecvOfflineNewMessageData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnMessageDeletedData. */
        interface IEventOnMessageDeletedData {

            /** EventOnMessageDeletedData message */
            message?: (openim.sdk.shared.IIMMessage|null);
        }

        /** Represents an EventOnMessageDeletedData. */
        class EventOnMessageDeletedData implements IEventOnMessageDeletedData {

            /**
             * Constructs a new EventOnMessageDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnMessageDeletedData);

            /** EventOnMessageDeletedData message. */
            public message?: (openim.sdk.shared.IIMMessage|null);

            /**
             * Creates a new EventOnMessageDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnMessageDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnMessageDeletedData): openim.event.EventOnMessageDeletedData;

            /**
             * Encodes the specified EventOnMessageDeletedData message. Does not implicitly {@link openim.event.EventOnMessageDeletedData.verify|verify} messages.
             * @param message EventOnMessageDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnMessageDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnMessageDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnMessageDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnMessageDeletedData;

            /**
             * Creates an EventOnMessageDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnMessageDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnMessageDeletedData;

            /**
             * Creates a plain object from an EventOnMessageDeletedData message. Also converts values to other types if specified.
             * @param message EventOnMessageDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnMessageDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnMessageDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnMessageDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnRecvOnlineOnlyMessageData. */
        interface IEventOnRecvOnlineOnlyMessageData {

            /** EventOnRecvOnlineOnlyMessageData message */
            message?: (openim.sdk.shared.IIMMessage|null);
        }

        /** Represents an EventOnRecvOnlineOnlyMessageData. */
        class EventOnRecvOnlineOnlyMessageData implements IEventOnRecvOnlineOnlyMessageData {

            /**
             * Constructs a new EventOnRecvOnlineOnlyMessageData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnRecvOnlineOnlyMessageData);

            /** EventOnRecvOnlineOnlyMessageData message. */
            public message?: (openim.sdk.shared.IIMMessage|null);

            /**
             * Creates a new EventOnRecvOnlineOnlyMessageData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnRecvOnlineOnlyMessageData instance
             */
            public static create(properties?: openim.event.IEventOnRecvOnlineOnlyMessageData): openim.event.EventOnRecvOnlineOnlyMessageData;

            /**
             * Encodes the specified EventOnRecvOnlineOnlyMessageData message. Does not implicitly {@link openim.event.EventOnRecvOnlineOnlyMessageData.verify|verify} messages.
             * @param message EventOnRecvOnlineOnlyMessageData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnRecvOnlineOnlyMessageData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnRecvOnlineOnlyMessageData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnRecvOnlineOnlyMessageData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnRecvOnlineOnlyMessageData;

            /**
             * Creates an EventOnRecvOnlineOnlyMessageData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnRecvOnlineOnlyMessageData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnRecvOnlineOnlyMessageData;

            /**
             * Creates a plain object from an EventOnRecvOnlineOnlyMessageData message. Also converts values to other types if specified.
             * @param message EventOnRecvOnlineOnlyMessageData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnRecvOnlineOnlyMessageData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnRecvOnlineOnlyMessageData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnRecvOnlineOnlyMessageData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnMessageEditedData. */
        interface IEventOnMessageEditedData {

            /** EventOnMessageEditedData message */
            message?: (openim.sdk.shared.IIMMessage|null);
        }

        /** Represents an EventOnMessageEditedData. */
        class EventOnMessageEditedData implements IEventOnMessageEditedData {

            /**
             * Constructs a new EventOnMessageEditedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnMessageEditedData);

            /** EventOnMessageEditedData message. */
            public message?: (openim.sdk.shared.IIMMessage|null);

            /**
             * Creates a new EventOnMessageEditedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnMessageEditedData instance
             */
            public static create(properties?: openim.event.IEventOnMessageEditedData): openim.event.EventOnMessageEditedData;

            /**
             * Encodes the specified EventOnMessageEditedData message. Does not implicitly {@link openim.event.EventOnMessageEditedData.verify|verify} messages.
             * @param message EventOnMessageEditedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnMessageEditedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnMessageEditedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnMessageEditedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnMessageEditedData;

            /**
             * Creates an EventOnMessageEditedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnMessageEditedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnMessageEditedData;

            /**
             * Creates a plain object from an EventOnMessageEditedData message. Also converts values to other types if specified.
             * @param message EventOnMessageEditedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnMessageEditedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnMessageEditedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnMessageEditedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendApplicationAddedData. */
        interface IEventOnFriendApplicationAddedData {

            /** EventOnFriendApplicationAddedData request */
            request?: (openim.sdk.shared.IIMFriendRequest|null);
        }

        /** Represents an EventOnFriendApplicationAddedData. */
        class EventOnFriendApplicationAddedData implements IEventOnFriendApplicationAddedData {

            /**
             * Constructs a new EventOnFriendApplicationAddedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendApplicationAddedData);

            /** EventOnFriendApplicationAddedData request. */
            public request?: (openim.sdk.shared.IIMFriendRequest|null);

            /**
             * Creates a new EventOnFriendApplicationAddedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendApplicationAddedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendApplicationAddedData): openim.event.EventOnFriendApplicationAddedData;

            /**
             * Encodes the specified EventOnFriendApplicationAddedData message. Does not implicitly {@link openim.event.EventOnFriendApplicationAddedData.verify|verify} messages.
             * @param message EventOnFriendApplicationAddedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendApplicationAddedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendApplicationAddedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendApplicationAddedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendApplicationAddedData;

            /**
             * Creates an EventOnFriendApplicationAddedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendApplicationAddedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendApplicationAddedData;

            /**
             * Creates a plain object from an EventOnFriendApplicationAddedData message. Also converts values to other types if specified.
             * @param message EventOnFriendApplicationAddedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendApplicationAddedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendApplicationAddedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendApplicationAddedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendApplicationDeletedData. */
        interface IEventOnFriendApplicationDeletedData {

            /** EventOnFriendApplicationDeletedData request */
            request?: (openim.sdk.shared.IIMFriendRequest|null);
        }

        /** Represents an EventOnFriendApplicationDeletedData. */
        class EventOnFriendApplicationDeletedData implements IEventOnFriendApplicationDeletedData {

            /**
             * Constructs a new EventOnFriendApplicationDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendApplicationDeletedData);

            /** EventOnFriendApplicationDeletedData request. */
            public request?: (openim.sdk.shared.IIMFriendRequest|null);

            /**
             * Creates a new EventOnFriendApplicationDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendApplicationDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendApplicationDeletedData): openim.event.EventOnFriendApplicationDeletedData;

            /**
             * Encodes the specified EventOnFriendApplicationDeletedData message. Does not implicitly {@link openim.event.EventOnFriendApplicationDeletedData.verify|verify} messages.
             * @param message EventOnFriendApplicationDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendApplicationDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendApplicationDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendApplicationDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendApplicationDeletedData;

            /**
             * Creates an EventOnFriendApplicationDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendApplicationDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendApplicationDeletedData;

            /**
             * Creates a plain object from an EventOnFriendApplicationDeletedData message. Also converts values to other types if specified.
             * @param message EventOnFriendApplicationDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendApplicationDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendApplicationDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendApplicationDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendApplicationAcceptedData. */
        interface IEventOnFriendApplicationAcceptedData {

            /** EventOnFriendApplicationAcceptedData request */
            request?: (openim.sdk.shared.IIMFriendRequest|null);
        }

        /** Represents an EventOnFriendApplicationAcceptedData. */
        class EventOnFriendApplicationAcceptedData implements IEventOnFriendApplicationAcceptedData {

            /**
             * Constructs a new EventOnFriendApplicationAcceptedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendApplicationAcceptedData);

            /** EventOnFriendApplicationAcceptedData request. */
            public request?: (openim.sdk.shared.IIMFriendRequest|null);

            /**
             * Creates a new EventOnFriendApplicationAcceptedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendApplicationAcceptedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendApplicationAcceptedData): openim.event.EventOnFriendApplicationAcceptedData;

            /**
             * Encodes the specified EventOnFriendApplicationAcceptedData message. Does not implicitly {@link openim.event.EventOnFriendApplicationAcceptedData.verify|verify} messages.
             * @param message EventOnFriendApplicationAcceptedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendApplicationAcceptedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendApplicationAcceptedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendApplicationAcceptedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendApplicationAcceptedData;

            /**
             * Creates an EventOnFriendApplicationAcceptedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendApplicationAcceptedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendApplicationAcceptedData;

            /**
             * Creates a plain object from an EventOnFriendApplicationAcceptedData message. Also converts values to other types if specified.
             * @param message EventOnFriendApplicationAcceptedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendApplicationAcceptedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendApplicationAcceptedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendApplicationAcceptedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendApplicationRejectedData. */
        interface IEventOnFriendApplicationRejectedData {

            /** EventOnFriendApplicationRejectedData request */
            request?: (openim.sdk.shared.IIMFriendRequest|null);
        }

        /** Represents an EventOnFriendApplicationRejectedData. */
        class EventOnFriendApplicationRejectedData implements IEventOnFriendApplicationRejectedData {

            /**
             * Constructs a new EventOnFriendApplicationRejectedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendApplicationRejectedData);

            /** EventOnFriendApplicationRejectedData request. */
            public request?: (openim.sdk.shared.IIMFriendRequest|null);

            /**
             * Creates a new EventOnFriendApplicationRejectedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendApplicationRejectedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendApplicationRejectedData): openim.event.EventOnFriendApplicationRejectedData;

            /**
             * Encodes the specified EventOnFriendApplicationRejectedData message. Does not implicitly {@link openim.event.EventOnFriendApplicationRejectedData.verify|verify} messages.
             * @param message EventOnFriendApplicationRejectedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendApplicationRejectedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendApplicationRejectedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendApplicationRejectedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendApplicationRejectedData;

            /**
             * Creates an EventOnFriendApplicationRejectedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendApplicationRejectedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendApplicationRejectedData;

            /**
             * Creates a plain object from an EventOnFriendApplicationRejectedData message. Also converts values to other types if specified.
             * @param message EventOnFriendApplicationRejectedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendApplicationRejectedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendApplicationRejectedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendApplicationRejectedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendAddedData. */
        interface IEventOnFriendAddedData {

            /** EventOnFriendAddedData friend */
            friend?: (openim.sdk.shared.IIMFriend|null);
        }

        /** Represents an EventOnFriendAddedData. */
        class EventOnFriendAddedData implements IEventOnFriendAddedData {

            /**
             * Constructs a new EventOnFriendAddedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendAddedData);

            /** EventOnFriendAddedData friend. */
            public friend?: (openim.sdk.shared.IIMFriend|null);

            /**
             * Creates a new EventOnFriendAddedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendAddedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendAddedData): openim.event.EventOnFriendAddedData;

            /**
             * Encodes the specified EventOnFriendAddedData message. Does not implicitly {@link openim.event.EventOnFriendAddedData.verify|verify} messages.
             * @param message EventOnFriendAddedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendAddedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendAddedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendAddedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendAddedData;

            /**
             * Creates an EventOnFriendAddedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendAddedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendAddedData;

            /**
             * Creates a plain object from an EventOnFriendAddedData message. Also converts values to other types if specified.
             * @param message EventOnFriendAddedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendAddedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendAddedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendAddedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendDeletedData. */
        interface IEventOnFriendDeletedData {

            /** EventOnFriendDeletedData friend */
            friend?: (openim.sdk.shared.IIMFriend|null);
        }

        /** Represents an EventOnFriendDeletedData. */
        class EventOnFriendDeletedData implements IEventOnFriendDeletedData {

            /**
             * Constructs a new EventOnFriendDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendDeletedData);

            /** EventOnFriendDeletedData friend. */
            public friend?: (openim.sdk.shared.IIMFriend|null);

            /**
             * Creates a new EventOnFriendDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendDeletedData): openim.event.EventOnFriendDeletedData;

            /**
             * Encodes the specified EventOnFriendDeletedData message. Does not implicitly {@link openim.event.EventOnFriendDeletedData.verify|verify} messages.
             * @param message EventOnFriendDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendDeletedData;

            /**
             * Creates an EventOnFriendDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendDeletedData;

            /**
             * Creates a plain object from an EventOnFriendDeletedData message. Also converts values to other types if specified.
             * @param message EventOnFriendDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnFriendInfoChangedData. */
        interface IEventOnFriendInfoChangedData {

            /** EventOnFriendInfoChangedData friend */
            friend?: (openim.sdk.shared.IIMFriend|null);
        }

        /** Represents an EventOnFriendInfoChangedData. */
        class EventOnFriendInfoChangedData implements IEventOnFriendInfoChangedData {

            /**
             * Constructs a new EventOnFriendInfoChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnFriendInfoChangedData);

            /** EventOnFriendInfoChangedData friend. */
            public friend?: (openim.sdk.shared.IIMFriend|null);

            /**
             * Creates a new EventOnFriendInfoChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnFriendInfoChangedData instance
             */
            public static create(properties?: openim.event.IEventOnFriendInfoChangedData): openim.event.EventOnFriendInfoChangedData;

            /**
             * Encodes the specified EventOnFriendInfoChangedData message. Does not implicitly {@link openim.event.EventOnFriendInfoChangedData.verify|verify} messages.
             * @param message EventOnFriendInfoChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnFriendInfoChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnFriendInfoChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnFriendInfoChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnFriendInfoChangedData;

            /**
             * Creates an EventOnFriendInfoChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnFriendInfoChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnFriendInfoChangedData;

            /**
             * Creates a plain object from an EventOnFriendInfoChangedData message. Also converts values to other types if specified.
             * @param message EventOnFriendInfoChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnFriendInfoChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnFriendInfoChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnFriendInfoChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnBlackAddedData. */
        interface IEventOnBlackAddedData {

            /** EventOnBlackAddedData black */
            black?: (openim.sdk.shared.IIMBlack|null);
        }

        /** Represents an EventOnBlackAddedData. */
        class EventOnBlackAddedData implements IEventOnBlackAddedData {

            /**
             * Constructs a new EventOnBlackAddedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnBlackAddedData);

            /** EventOnBlackAddedData black. */
            public black?: (openim.sdk.shared.IIMBlack|null);

            /**
             * Creates a new EventOnBlackAddedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnBlackAddedData instance
             */
            public static create(properties?: openim.event.IEventOnBlackAddedData): openim.event.EventOnBlackAddedData;

            /**
             * Encodes the specified EventOnBlackAddedData message. Does not implicitly {@link openim.event.EventOnBlackAddedData.verify|verify} messages.
             * @param message EventOnBlackAddedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnBlackAddedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnBlackAddedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnBlackAddedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnBlackAddedData;

            /**
             * Creates an EventOnBlackAddedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnBlackAddedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnBlackAddedData;

            /**
             * Creates a plain object from an EventOnBlackAddedData message. Also converts values to other types if specified.
             * @param message EventOnBlackAddedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnBlackAddedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnBlackAddedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnBlackAddedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnBlackDeletedData. */
        interface IEventOnBlackDeletedData {

            /** EventOnBlackDeletedData black */
            black?: (openim.sdk.shared.IIMBlack|null);
        }

        /** Represents an EventOnBlackDeletedData. */
        class EventOnBlackDeletedData implements IEventOnBlackDeletedData {

            /**
             * Constructs a new EventOnBlackDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnBlackDeletedData);

            /** EventOnBlackDeletedData black. */
            public black?: (openim.sdk.shared.IIMBlack|null);

            /**
             * Creates a new EventOnBlackDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnBlackDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnBlackDeletedData): openim.event.EventOnBlackDeletedData;

            /**
             * Encodes the specified EventOnBlackDeletedData message. Does not implicitly {@link openim.event.EventOnBlackDeletedData.verify|verify} messages.
             * @param message EventOnBlackDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnBlackDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnBlackDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnBlackDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnBlackDeletedData;

            /**
             * Creates an EventOnBlackDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnBlackDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnBlackDeletedData;

            /**
             * Creates a plain object from an EventOnBlackDeletedData message. Also converts values to other types if specified.
             * @param message EventOnBlackDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnBlackDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnBlackDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnBlackDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnJoinedGroupAddedData. */
        interface IEventOnJoinedGroupAddedData {

            /** EventOnJoinedGroupAddedData group */
            group?: (openim.sdk.shared.IIMGroup|null);
        }

        /** Represents an EventOnJoinedGroupAddedData. */
        class EventOnJoinedGroupAddedData implements IEventOnJoinedGroupAddedData {

            /**
             * Constructs a new EventOnJoinedGroupAddedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnJoinedGroupAddedData);

            /** EventOnJoinedGroupAddedData group. */
            public group?: (openim.sdk.shared.IIMGroup|null);

            /**
             * Creates a new EventOnJoinedGroupAddedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnJoinedGroupAddedData instance
             */
            public static create(properties?: openim.event.IEventOnJoinedGroupAddedData): openim.event.EventOnJoinedGroupAddedData;

            /**
             * Encodes the specified EventOnJoinedGroupAddedData message. Does not implicitly {@link openim.event.EventOnJoinedGroupAddedData.verify|verify} messages.
             * @param message EventOnJoinedGroupAddedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnJoinedGroupAddedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnJoinedGroupAddedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnJoinedGroupAddedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnJoinedGroupAddedData;

            /**
             * Creates an EventOnJoinedGroupAddedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnJoinedGroupAddedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnJoinedGroupAddedData;

            /**
             * Creates a plain object from an EventOnJoinedGroupAddedData message. Also converts values to other types if specified.
             * @param message EventOnJoinedGroupAddedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnJoinedGroupAddedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnJoinedGroupAddedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnJoinedGroupAddedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnJoinedGroupDeletedData. */
        interface IEventOnJoinedGroupDeletedData {

            /** EventOnJoinedGroupDeletedData group */
            group?: (openim.sdk.shared.IIMGroup|null);
        }

        /** Represents an EventOnJoinedGroupDeletedData. */
        class EventOnJoinedGroupDeletedData implements IEventOnJoinedGroupDeletedData {

            /**
             * Constructs a new EventOnJoinedGroupDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnJoinedGroupDeletedData);

            /** EventOnJoinedGroupDeletedData group. */
            public group?: (openim.sdk.shared.IIMGroup|null);

            /**
             * Creates a new EventOnJoinedGroupDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnJoinedGroupDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnJoinedGroupDeletedData): openim.event.EventOnJoinedGroupDeletedData;

            /**
             * Encodes the specified EventOnJoinedGroupDeletedData message. Does not implicitly {@link openim.event.EventOnJoinedGroupDeletedData.verify|verify} messages.
             * @param message EventOnJoinedGroupDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnJoinedGroupDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnJoinedGroupDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnJoinedGroupDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnJoinedGroupDeletedData;

            /**
             * Creates an EventOnJoinedGroupDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnJoinedGroupDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnJoinedGroupDeletedData;

            /**
             * Creates a plain object from an EventOnJoinedGroupDeletedData message. Also converts values to other types if specified.
             * @param message EventOnJoinedGroupDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnJoinedGroupDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnJoinedGroupDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnJoinedGroupDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupMemberAddedData. */
        interface IEventOnGroupMemberAddedData {

            /** EventOnGroupMemberAddedData member */
            member?: (openim.sdk.shared.IIMGroupMember|null);
        }

        /** Represents an EventOnGroupMemberAddedData. */
        class EventOnGroupMemberAddedData implements IEventOnGroupMemberAddedData {

            /**
             * Constructs a new EventOnGroupMemberAddedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupMemberAddedData);

            /** EventOnGroupMemberAddedData member. */
            public member?: (openim.sdk.shared.IIMGroupMember|null);

            /**
             * Creates a new EventOnGroupMemberAddedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupMemberAddedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupMemberAddedData): openim.event.EventOnGroupMemberAddedData;

            /**
             * Encodes the specified EventOnGroupMemberAddedData message. Does not implicitly {@link openim.event.EventOnGroupMemberAddedData.verify|verify} messages.
             * @param message EventOnGroupMemberAddedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupMemberAddedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupMemberAddedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupMemberAddedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupMemberAddedData;

            /**
             * Creates an EventOnGroupMemberAddedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupMemberAddedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupMemberAddedData;

            /**
             * Creates a plain object from an EventOnGroupMemberAddedData message. Also converts values to other types if specified.
             * @param message EventOnGroupMemberAddedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupMemberAddedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupMemberAddedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupMemberAddedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupMemberDeletedData. */
        interface IEventOnGroupMemberDeletedData {

            /** EventOnGroupMemberDeletedData member */
            member?: (openim.sdk.shared.IIMGroupMember|null);
        }

        /** Represents an EventOnGroupMemberDeletedData. */
        class EventOnGroupMemberDeletedData implements IEventOnGroupMemberDeletedData {

            /**
             * Constructs a new EventOnGroupMemberDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupMemberDeletedData);

            /** EventOnGroupMemberDeletedData member. */
            public member?: (openim.sdk.shared.IIMGroupMember|null);

            /**
             * Creates a new EventOnGroupMemberDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupMemberDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupMemberDeletedData): openim.event.EventOnGroupMemberDeletedData;

            /**
             * Encodes the specified EventOnGroupMemberDeletedData message. Does not implicitly {@link openim.event.EventOnGroupMemberDeletedData.verify|verify} messages.
             * @param message EventOnGroupMemberDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupMemberDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupMemberDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupMemberDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupMemberDeletedData;

            /**
             * Creates an EventOnGroupMemberDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupMemberDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupMemberDeletedData;

            /**
             * Creates a plain object from an EventOnGroupMemberDeletedData message. Also converts values to other types if specified.
             * @param message EventOnGroupMemberDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupMemberDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupMemberDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupMemberDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupApplicationAddedData. */
        interface IEventOnGroupApplicationAddedData {

            /** EventOnGroupApplicationAddedData request */
            request?: (openim.sdk.shared.IIMGroupRequest|null);
        }

        /** Represents an EventOnGroupApplicationAddedData. */
        class EventOnGroupApplicationAddedData implements IEventOnGroupApplicationAddedData {

            /**
             * Constructs a new EventOnGroupApplicationAddedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupApplicationAddedData);

            /** EventOnGroupApplicationAddedData request. */
            public request?: (openim.sdk.shared.IIMGroupRequest|null);

            /**
             * Creates a new EventOnGroupApplicationAddedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupApplicationAddedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupApplicationAddedData): openim.event.EventOnGroupApplicationAddedData;

            /**
             * Encodes the specified EventOnGroupApplicationAddedData message. Does not implicitly {@link openim.event.EventOnGroupApplicationAddedData.verify|verify} messages.
             * @param message EventOnGroupApplicationAddedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupApplicationAddedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupApplicationAddedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupApplicationAddedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupApplicationAddedData;

            /**
             * Creates an EventOnGroupApplicationAddedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupApplicationAddedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupApplicationAddedData;

            /**
             * Creates a plain object from an EventOnGroupApplicationAddedData message. Also converts values to other types if specified.
             * @param message EventOnGroupApplicationAddedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupApplicationAddedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupApplicationAddedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupApplicationAddedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupApplicationDeletedData. */
        interface IEventOnGroupApplicationDeletedData {

            /** EventOnGroupApplicationDeletedData request */
            request?: (openim.sdk.shared.IIMGroupRequest|null);
        }

        /** Represents an EventOnGroupApplicationDeletedData. */
        class EventOnGroupApplicationDeletedData implements IEventOnGroupApplicationDeletedData {

            /**
             * Constructs a new EventOnGroupApplicationDeletedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupApplicationDeletedData);

            /** EventOnGroupApplicationDeletedData request. */
            public request?: (openim.sdk.shared.IIMGroupRequest|null);

            /**
             * Creates a new EventOnGroupApplicationDeletedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupApplicationDeletedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupApplicationDeletedData): openim.event.EventOnGroupApplicationDeletedData;

            /**
             * Encodes the specified EventOnGroupApplicationDeletedData message. Does not implicitly {@link openim.event.EventOnGroupApplicationDeletedData.verify|verify} messages.
             * @param message EventOnGroupApplicationDeletedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupApplicationDeletedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupApplicationDeletedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupApplicationDeletedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupApplicationDeletedData;

            /**
             * Creates an EventOnGroupApplicationDeletedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupApplicationDeletedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupApplicationDeletedData;

            /**
             * Creates a plain object from an EventOnGroupApplicationDeletedData message. Also converts values to other types if specified.
             * @param message EventOnGroupApplicationDeletedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupApplicationDeletedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupApplicationDeletedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupApplicationDeletedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupInfoChangedData. */
        interface IEventOnGroupInfoChangedData {

            /** EventOnGroupInfoChangedData group */
            group?: (openim.sdk.shared.IIMGroup|null);
        }

        /** Represents an EventOnGroupInfoChangedData. */
        class EventOnGroupInfoChangedData implements IEventOnGroupInfoChangedData {

            /**
             * Constructs a new EventOnGroupInfoChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupInfoChangedData);

            /** EventOnGroupInfoChangedData group. */
            public group?: (openim.sdk.shared.IIMGroup|null);

            /**
             * Creates a new EventOnGroupInfoChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupInfoChangedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupInfoChangedData): openim.event.EventOnGroupInfoChangedData;

            /**
             * Encodes the specified EventOnGroupInfoChangedData message. Does not implicitly {@link openim.event.EventOnGroupInfoChangedData.verify|verify} messages.
             * @param message EventOnGroupInfoChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupInfoChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupInfoChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupInfoChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupInfoChangedData;

            /**
             * Creates an EventOnGroupInfoChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupInfoChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupInfoChangedData;

            /**
             * Creates a plain object from an EventOnGroupInfoChangedData message. Also converts values to other types if specified.
             * @param message EventOnGroupInfoChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupInfoChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupInfoChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupInfoChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupDismissedData. */
        interface IEventOnGroupDismissedData {

            /** EventOnGroupDismissedData group */
            group?: (openim.sdk.shared.IIMGroup|null);
        }

        /** Represents an EventOnGroupDismissedData. */
        class EventOnGroupDismissedData implements IEventOnGroupDismissedData {

            /**
             * Constructs a new EventOnGroupDismissedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupDismissedData);

            /** EventOnGroupDismissedData group. */
            public group?: (openim.sdk.shared.IIMGroup|null);

            /**
             * Creates a new EventOnGroupDismissedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupDismissedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupDismissedData): openim.event.EventOnGroupDismissedData;

            /**
             * Encodes the specified EventOnGroupDismissedData message. Does not implicitly {@link openim.event.EventOnGroupDismissedData.verify|verify} messages.
             * @param message EventOnGroupDismissedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupDismissedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupDismissedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupDismissedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupDismissedData;

            /**
             * Creates an EventOnGroupDismissedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupDismissedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupDismissedData;

            /**
             * Creates a plain object from an EventOnGroupDismissedData message. Also converts values to other types if specified.
             * @param message EventOnGroupDismissedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupDismissedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupDismissedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupDismissedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupMemberInfoChangedData. */
        interface IEventOnGroupMemberInfoChangedData {

            /** EventOnGroupMemberInfoChangedData member */
            member?: (openim.sdk.shared.IIMGroupMember|null);
        }

        /** Represents an EventOnGroupMemberInfoChangedData. */
        class EventOnGroupMemberInfoChangedData implements IEventOnGroupMemberInfoChangedData {

            /**
             * Constructs a new EventOnGroupMemberInfoChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupMemberInfoChangedData);

            /** EventOnGroupMemberInfoChangedData member. */
            public member?: (openim.sdk.shared.IIMGroupMember|null);

            /**
             * Creates a new EventOnGroupMemberInfoChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupMemberInfoChangedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupMemberInfoChangedData): openim.event.EventOnGroupMemberInfoChangedData;

            /**
             * Encodes the specified EventOnGroupMemberInfoChangedData message. Does not implicitly {@link openim.event.EventOnGroupMemberInfoChangedData.verify|verify} messages.
             * @param message EventOnGroupMemberInfoChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupMemberInfoChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupMemberInfoChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupMemberInfoChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupMemberInfoChangedData;

            /**
             * Creates an EventOnGroupMemberInfoChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupMemberInfoChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupMemberInfoChangedData;

            /**
             * Creates a plain object from an EventOnGroupMemberInfoChangedData message. Also converts values to other types if specified.
             * @param message EventOnGroupMemberInfoChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupMemberInfoChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupMemberInfoChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupMemberInfoChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupApplicationAcceptedData. */
        interface IEventOnGroupApplicationAcceptedData {

            /** EventOnGroupApplicationAcceptedData request */
            request?: (openim.sdk.shared.IIMGroupRequest|null);
        }

        /** Represents an EventOnGroupApplicationAcceptedData. */
        class EventOnGroupApplicationAcceptedData implements IEventOnGroupApplicationAcceptedData {

            /**
             * Constructs a new EventOnGroupApplicationAcceptedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupApplicationAcceptedData);

            /** EventOnGroupApplicationAcceptedData request. */
            public request?: (openim.sdk.shared.IIMGroupRequest|null);

            /**
             * Creates a new EventOnGroupApplicationAcceptedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupApplicationAcceptedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupApplicationAcceptedData): openim.event.EventOnGroupApplicationAcceptedData;

            /**
             * Encodes the specified EventOnGroupApplicationAcceptedData message. Does not implicitly {@link openim.event.EventOnGroupApplicationAcceptedData.verify|verify} messages.
             * @param message EventOnGroupApplicationAcceptedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupApplicationAcceptedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupApplicationAcceptedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupApplicationAcceptedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupApplicationAcceptedData;

            /**
             * Creates an EventOnGroupApplicationAcceptedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupApplicationAcceptedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupApplicationAcceptedData;

            /**
             * Creates a plain object from an EventOnGroupApplicationAcceptedData message. Also converts values to other types if specified.
             * @param message EventOnGroupApplicationAcceptedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupApplicationAcceptedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupApplicationAcceptedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupApplicationAcceptedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnGroupApplicationRejectedData. */
        interface IEventOnGroupApplicationRejectedData {

            /** EventOnGroupApplicationRejectedData request */
            request?: (openim.sdk.shared.IIMGroupRequest|null);
        }

        /** Represents an EventOnGroupApplicationRejectedData. */
        class EventOnGroupApplicationRejectedData implements IEventOnGroupApplicationRejectedData {

            /**
             * Constructs a new EventOnGroupApplicationRejectedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnGroupApplicationRejectedData);

            /** EventOnGroupApplicationRejectedData request. */
            public request?: (openim.sdk.shared.IIMGroupRequest|null);

            /**
             * Creates a new EventOnGroupApplicationRejectedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnGroupApplicationRejectedData instance
             */
            public static create(properties?: openim.event.IEventOnGroupApplicationRejectedData): openim.event.EventOnGroupApplicationRejectedData;

            /**
             * Encodes the specified EventOnGroupApplicationRejectedData message. Does not implicitly {@link openim.event.EventOnGroupApplicationRejectedData.verify|verify} messages.
             * @param message EventOnGroupApplicationRejectedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnGroupApplicationRejectedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnGroupApplicationRejectedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnGroupApplicationRejectedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnGroupApplicationRejectedData;

            /**
             * Creates an EventOnGroupApplicationRejectedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnGroupApplicationRejectedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnGroupApplicationRejectedData;

            /**
             * Creates a plain object from an EventOnGroupApplicationRejectedData message. Also converts values to other types if specified.
             * @param message EventOnGroupApplicationRejectedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnGroupApplicationRejectedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnGroupApplicationRejectedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnGroupApplicationRejectedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnRecvCustomBusinessMessageData. */
        interface IEventOnRecvCustomBusinessMessageData {

            /** EventOnRecvCustomBusinessMessageData businessMessage */
            businessMessage?: (string|null);
        }

        /** Represents an EventOnRecvCustomBusinessMessageData. */
        class EventOnRecvCustomBusinessMessageData implements IEventOnRecvCustomBusinessMessageData {

            /**
             * Constructs a new EventOnRecvCustomBusinessMessageData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnRecvCustomBusinessMessageData);

            /** EventOnRecvCustomBusinessMessageData businessMessage. */
            public businessMessage: string;

            /**
             * Creates a new EventOnRecvCustomBusinessMessageData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnRecvCustomBusinessMessageData instance
             */
            public static create(properties?: openim.event.IEventOnRecvCustomBusinessMessageData): openim.event.EventOnRecvCustomBusinessMessageData;

            /**
             * Encodes the specified EventOnRecvCustomBusinessMessageData message. Does not implicitly {@link openim.event.EventOnRecvCustomBusinessMessageData.verify|verify} messages.
             * @param message EventOnRecvCustomBusinessMessageData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnRecvCustomBusinessMessageData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnRecvCustomBusinessMessageData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnRecvCustomBusinessMessageData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnRecvCustomBusinessMessageData;

            /**
             * Creates an EventOnRecvCustomBusinessMessageData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnRecvCustomBusinessMessageData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnRecvCustomBusinessMessageData;

            /**
             * Creates a plain object from an EventOnRecvCustomBusinessMessageData message. Also converts values to other types if specified.
             * @param message EventOnRecvCustomBusinessMessageData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnRecvCustomBusinessMessageData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnRecvCustomBusinessMessageData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnRecvCustomBusinessMessageData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnSelfInfoUpdatedData. */
        interface IEventOnSelfInfoUpdatedData {

            /** EventOnSelfInfoUpdatedData user */
            user?: (openim.sdk.shared.IIMUser|null);
        }

        /** Represents an EventOnSelfInfoUpdatedData. */
        class EventOnSelfInfoUpdatedData implements IEventOnSelfInfoUpdatedData {

            /**
             * Constructs a new EventOnSelfInfoUpdatedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnSelfInfoUpdatedData);

            /** EventOnSelfInfoUpdatedData user. */
            public user?: (openim.sdk.shared.IIMUser|null);

            /**
             * Creates a new EventOnSelfInfoUpdatedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnSelfInfoUpdatedData instance
             */
            public static create(properties?: openim.event.IEventOnSelfInfoUpdatedData): openim.event.EventOnSelfInfoUpdatedData;

            /**
             * Encodes the specified EventOnSelfInfoUpdatedData message. Does not implicitly {@link openim.event.EventOnSelfInfoUpdatedData.verify|verify} messages.
             * @param message EventOnSelfInfoUpdatedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnSelfInfoUpdatedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnSelfInfoUpdatedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnSelfInfoUpdatedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnSelfInfoUpdatedData;

            /**
             * Creates an EventOnSelfInfoUpdatedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnSelfInfoUpdatedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnSelfInfoUpdatedData;

            /**
             * Creates a plain object from an EventOnSelfInfoUpdatedData message. Also converts values to other types if specified.
             * @param message EventOnSelfInfoUpdatedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnSelfInfoUpdatedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnSelfInfoUpdatedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnSelfInfoUpdatedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUserStatusChangedData. */
        interface IEventOnUserStatusChangedData {

            /** EventOnUserStatusChangedData userID */
            userID?: (string|null);

            /** EventOnUserStatusChangedData platformIDs */
            platformIDs?: (number[]|null);
        }

        /** Represents an EventOnUserStatusChangedData. */
        class EventOnUserStatusChangedData implements IEventOnUserStatusChangedData {

            /**
             * Constructs a new EventOnUserStatusChangedData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUserStatusChangedData);

            /** EventOnUserStatusChangedData userID. */
            public userID: string;

            /** EventOnUserStatusChangedData platformIDs. */
            public platformIDs: number[];

            /**
             * Creates a new EventOnUserStatusChangedData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUserStatusChangedData instance
             */
            public static create(properties?: openim.event.IEventOnUserStatusChangedData): openim.event.EventOnUserStatusChangedData;

            /**
             * Encodes the specified EventOnUserStatusChangedData message. Does not implicitly {@link openim.event.EventOnUserStatusChangedData.verify|verify} messages.
             * @param message EventOnUserStatusChangedData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUserStatusChangedData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUserStatusChangedData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUserStatusChangedData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUserStatusChangedData;

            /**
             * Creates an EventOnUserStatusChangedData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUserStatusChangedData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUserStatusChangedData;

            /**
             * Creates a plain object from an EventOnUserStatusChangedData message. Also converts values to other types if specified.
             * @param message EventOnUserStatusChangedData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUserStatusChangedData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUserStatusChangedData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUserStatusChangedData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUserCommandAddData. */
        interface IEventOnUserCommandAddData {

            /** EventOnUserCommandAddData command */
            command?: (openim.sdk.shared.ICommandInfo|null);
        }

        /** Represents an EventOnUserCommandAddData. */
        class EventOnUserCommandAddData implements IEventOnUserCommandAddData {

            /**
             * Constructs a new EventOnUserCommandAddData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUserCommandAddData);

            /** EventOnUserCommandAddData command. */
            public command?: (openim.sdk.shared.ICommandInfo|null);

            /**
             * Creates a new EventOnUserCommandAddData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUserCommandAddData instance
             */
            public static create(properties?: openim.event.IEventOnUserCommandAddData): openim.event.EventOnUserCommandAddData;

            /**
             * Encodes the specified EventOnUserCommandAddData message. Does not implicitly {@link openim.event.EventOnUserCommandAddData.verify|verify} messages.
             * @param message EventOnUserCommandAddData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUserCommandAddData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUserCommandAddData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUserCommandAddData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUserCommandAddData;

            /**
             * Creates an EventOnUserCommandAddData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUserCommandAddData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUserCommandAddData;

            /**
             * Creates a plain object from an EventOnUserCommandAddData message. Also converts values to other types if specified.
             * @param message EventOnUserCommandAddData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUserCommandAddData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUserCommandAddData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUserCommandAddData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUserCommandDeleteData. */
        interface IEventOnUserCommandDeleteData {

            /** EventOnUserCommandDeleteData command */
            command?: (openim.sdk.shared.ICommandInfo|null);
        }

        /** Represents an EventOnUserCommandDeleteData. */
        class EventOnUserCommandDeleteData implements IEventOnUserCommandDeleteData {

            /**
             * Constructs a new EventOnUserCommandDeleteData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUserCommandDeleteData);

            /** EventOnUserCommandDeleteData command. */
            public command?: (openim.sdk.shared.ICommandInfo|null);

            /**
             * Creates a new EventOnUserCommandDeleteData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUserCommandDeleteData instance
             */
            public static create(properties?: openim.event.IEventOnUserCommandDeleteData): openim.event.EventOnUserCommandDeleteData;

            /**
             * Encodes the specified EventOnUserCommandDeleteData message. Does not implicitly {@link openim.event.EventOnUserCommandDeleteData.verify|verify} messages.
             * @param message EventOnUserCommandDeleteData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUserCommandDeleteData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUserCommandDeleteData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUserCommandDeleteData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUserCommandDeleteData;

            /**
             * Creates an EventOnUserCommandDeleteData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUserCommandDeleteData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUserCommandDeleteData;

            /**
             * Creates a plain object from an EventOnUserCommandDeleteData message. Also converts values to other types if specified.
             * @param message EventOnUserCommandDeleteData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUserCommandDeleteData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUserCommandDeleteData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUserCommandDeleteData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an EventOnUserCommandUpdateData. */
        interface IEventOnUserCommandUpdateData {

            /** EventOnUserCommandUpdateData command */
            command?: (openim.sdk.shared.ICommandInfo|null);
        }

        /** Represents an EventOnUserCommandUpdateData. */
        class EventOnUserCommandUpdateData implements IEventOnUserCommandUpdateData {

            /**
             * Constructs a new EventOnUserCommandUpdateData.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.event.IEventOnUserCommandUpdateData);

            /** EventOnUserCommandUpdateData command. */
            public command?: (openim.sdk.shared.ICommandInfo|null);

            /**
             * Creates a new EventOnUserCommandUpdateData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EventOnUserCommandUpdateData instance
             */
            public static create(properties?: openim.event.IEventOnUserCommandUpdateData): openim.event.EventOnUserCommandUpdateData;

            /**
             * Encodes the specified EventOnUserCommandUpdateData message. Does not implicitly {@link openim.event.EventOnUserCommandUpdateData.verify|verify} messages.
             * @param message EventOnUserCommandUpdateData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.event.IEventOnUserCommandUpdateData, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EventOnUserCommandUpdateData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EventOnUserCommandUpdateData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.event.EventOnUserCommandUpdateData;

            /**
             * Creates an EventOnUserCommandUpdateData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EventOnUserCommandUpdateData
             */
            public static fromObject(object: { [k: string]: any }): openim.event.EventOnUserCommandUpdateData;

            /**
             * Creates a plain object from an EventOnUserCommandUpdateData message. Also converts values to other types if specified.
             * @param message EventOnUserCommandUpdateData
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.event.EventOnUserCommandUpdateData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EventOnUserCommandUpdateData to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EventOnUserCommandUpdateData
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** FuncRequestEventName enum. */
        enum FuncRequestEventName {
            None = 0,
            GetAllConversationList = 1,
            GetConversationList = 2,
            GetConversation = 3,
            InitSDK = 4,
            Login = 5,
            Logout = 106,
            SetAppBackgroundStatus = 107,
            NetworkStatusChanged = 108,
            GetLoginStatus = 109,
            Version = 110,
            SendMessage = 6,
            UploadLogs = 7,
            UploadFile = 8,
            Log = 9,
            UpdateFcmToken = 10,
            SetAppBadge = 11,
            EventOnSendMsgProgress = 12,
            EventOnUploadFileProgress = 13,
            EventOnUploadLogsProgress = 14,
            EventOnConnecting = 15,
            EventOnConnectSuccess = 16,
            EventOnConnectFailed = 17,
            EventOnKickedOffline = 18,
            EventOnUserTokenExpired = 19,
            EventOnUserTokenInvalid = 20,
            EventOnSyncServerStart = 21,
            EventOnSyncServerFinish = 22,
            EventOnSyncServerFailed = 23,
            EventOnSyncServerProgress = 24,
            EventOnNewConversation = 25,
            EventOnConversationChanged = 26,
            EventOnTotalUnreadMessageCountChanged = 27,
            EventOnConversationUserInputStatusChanged = 28,
            EventOnRecvNewMessage = 29,
            EventOnRecvC2CReadReceipt = 30,
            EventOnNewRecvMessageRevoked = 31,
            EventOnRecvOfflineNewMessage = 32,
            EventOnMessageDeleted = 33,
            EventOnRecvOnlineOnlyMessage = 34,
            EventOnMessageEdited = 35,
            EventOnFriendApplicationAdded = 36,
            EventOnFriendApplicationDeleted = 37,
            EventOnFriendApplicationAccepted = 38,
            EventOnFriendApplicationRejected = 39,
            EventOnFriendAdded = 40,
            EventOnFriendDeleted = 41,
            EventOnFriendInfoChanged = 42,
            EventOnBlackAdded = 43,
            EventOnBlackDeleted = 44,
            EventOnJoinedGroupAdded = 45,
            EventOnJoinedGroupDeleted = 46,
            EventOnGroupMemberAdded = 47,
            EventOnGroupMemberDeleted = 48,
            EventOnGroupApplicationAdded = 49,
            EventOnGroupApplicationDeleted = 50,
            EventOnGroupInfoChanged = 51,
            EventOnGroupDismissed = 52,
            EventOnGroupMemberInfoChanged = 53,
            EventOnGroupApplicationAccepted = 54,
            EventOnGroupApplicationRejected = 55,
            EventOnRecvCustomBusinessMessage = 56,
            EventOnSelfInfoUpdated = 57,
            EventOnUserStatusChanged = 58,
            EventOnUserCommandAdd = 59,
            EventOnUserCommandDelete = 60,
            EventOnUserCommandUpdate = 61,
            CreateGroup = 1000,
            JoinGroup = 1001,
            QuitGroup = 1002,
            DismissGroup = 1003,
            ChangeGroupMute = 1004,
            ChangeGroupMemberMute = 1005,
            TransferGroupOwner = 1006,
            KickGroupMember = 1007,
            SetGroupInfo = 1008,
            SetGroupMemberInfo = 1009,
            GetJoinedGroups = 1010,
            GetJoinedGroupsPage = 1011,
            GetSpecifiedGroupsInfo = 1012,
            SearchGroups = 1013,
            GetGroupMemberOwnerAndAdmin = 1014,
            GetGroupMembersByJoinTimeFilter = 1015,
            GetSpecifiedGroupMembersInfo = 1016,
            GetGroupMembers = 1017,
            GetGroupRequest = 1018,
            SearchGroupMembers = 1019,
            IsJoinGroup = 1020,
            GetUsersInGroup = 1021,
            InviteUserToGroup = 1022,
            HandlerGroupRequest = 1023,
            GetSpecifiedFriends = 1100,
            AddFriend = 1101,
            GetFriendRequests = 1102,
            HandlerFriendRequest = 1103,
            CheckFriend = 1104,
            DeleteFriend = 1105,
            GetFriends = 1106,
            GetFriendsPage = 1107,
            SearchFriends = 1108,
            AddBlack = 1109,
            DeleteBlack = 1110,
            GetBlacks = 1111,
            UpdateFriends = 1112,
            GetConversationListSplit = 2000,
            HideConversation = 2001,
            GetAtAllTag = 2002,
            GetOneConversation = 2003,
            GetMultipleConversation = 2004,
            HideAllConversations = 2005,
            SetConversationDraft = 2006,
            SetConversation = 2007,
            GetTotalUnreadMsgCount = 2008,
            GetConversationIDBySessionType = 2009,
            FindMessageList = 2010,
            GetAdvancedHistoryMessageList = 2011,
            GetAdvancedHistoryMessageListReverse = 2012,
            RevokeMessage = 2013,
            TypingStatusUpdate = 2014,
            MarkConversationMessageAsRead = 2015,
            MarkAllConversationMessageAsRead = 2016,
            DeleteMessageFromLocalStorage = 2017,
            DeleteMessage = 2018,
            DeleteAllMsgFromLocalAndServer = 2019,
            DeleteAllMessageFromLocalStorage = 2020,
            ClearConversationAndDeleteAllMsg = 2021,
            DeleteConversationAndDeleteAllMsg = 2022,
            InsertSingleMessageToLocalStorage = 2023,
            InsertGroupMessageToLocalStorage = 2024,
            SearchLocalMessages = 2025,
            SetMessageLocalEx = 2026,
            SearchConversation = 2027,
            CreateTextMessage = 2028,
            CreateAdvancedTextMessage = 2029,
            CreateTextAtMessage = 2030,
            CreateLocationMessage = 2031,
            CreateCustomMessage = 2032,
            CreateQuoteMessage = 2033,
            CreateAdvancedQuoteMessage = 2034,
            CreateCardMessage = 2035,
            CreateImageMessage = 2036,
            CreateSoundMessage = 2037,
            CreateVideoMessage = 2038,
            CreateFileMessage = 2039,
            CreateMergerMessage = 2040,
            CreateFaceMessage = 2041,
            CreateForwardMessage = 2042,
            ProcessUserCommandGetAll = 2100,
            GetSelfUserInfo = 2101,
            SetSelfInfo = 2102,
            ProcessUserCommandAdd = 2103,
            ProcessUserCommandDelete = 2104,
            ProcessUserCommandUpdate = 2105,
            GetUsersInfo = 2106,
            JsFileOpen = 2110,
            JsFileRead = 2111,
            JsFileClose = 2112,
            JsSqliteOpen = 2113,
            JsSqliteExec = 2114,
            JsSqliteQuery = 2115,
            JsSqliteClose = 2116
        }
    }

    /** Namespace ffi. */
    namespace ffi {

        /** Properties of a FfiRequest. */
        interface IFfiRequest {

            /** FfiRequest operationID */
            operationID?: (string|null);

            /** FfiRequest handleID */
            handleID?: (number|Long|null);

            /** FfiRequest funcName */
            funcName?: (openim.event.FuncRequestEventName|null);

            /** FfiRequest data */
            data?: (Uint8Array|null);
        }

        /** Represents a FfiRequest. */
        class FfiRequest implements IFfiRequest {

            /**
             * Constructs a new FfiRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.ffi.IFfiRequest);

            /** FfiRequest operationID. */
            public operationID: string;

            /** FfiRequest handleID. */
            public handleID: (number|Long);

            /** FfiRequest funcName. */
            public funcName: openim.event.FuncRequestEventName;

            /** FfiRequest data. */
            public data: Uint8Array;

            /**
             * Creates a new FfiRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FfiRequest instance
             */
            public static create(properties?: openim.ffi.IFfiRequest): openim.ffi.FfiRequest;

            /**
             * Encodes the specified FfiRequest message. Does not implicitly {@link openim.ffi.FfiRequest.verify|verify} messages.
             * @param message FfiRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.ffi.IFfiRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FfiRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FfiRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.ffi.FfiRequest;

            /**
             * Creates a FfiRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FfiRequest
             */
            public static fromObject(object: { [k: string]: any }): openim.ffi.FfiRequest;

            /**
             * Creates a plain object from a FfiRequest message. Also converts values to other types if specified.
             * @param message FfiRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.ffi.FfiRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FfiRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FfiRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a FfiResult. */
        interface IFfiResult {

            /** FfiResult errCode */
            errCode?: (number|null);

            /** FfiResult errMsg */
            errMsg?: (string|null);

            /** FfiResult funcName */
            funcName?: (openim.event.FuncRequestEventName|null);

            /** FfiResult data */
            data?: (Uint8Array|null);

            /** FfiResult handleID */
            handleID?: (number|Long|null);
        }

        /** Represents a FfiResult. */
        class FfiResult implements IFfiResult {

            /**
             * Constructs a new FfiResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: openim.ffi.IFfiResult);

            /** FfiResult errCode. */
            public errCode: number;

            /** FfiResult errMsg. */
            public errMsg: string;

            /** FfiResult funcName. */
            public funcName: openim.event.FuncRequestEventName;

            /** FfiResult data. */
            public data: Uint8Array;

            /** FfiResult handleID. */
            public handleID: (number|Long);

            /**
             * Creates a new FfiResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FfiResult instance
             */
            public static create(properties?: openim.ffi.IFfiResult): openim.ffi.FfiResult;

            /**
             * Encodes the specified FfiResult message. Does not implicitly {@link openim.ffi.FfiResult.verify|verify} messages.
             * @param message FfiResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: openim.ffi.IFfiResult, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FfiResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns FfiResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): openim.ffi.FfiResult;

            /**
             * Creates a FfiResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FfiResult
             */
            public static fromObject(object: { [k: string]: any }): openim.ffi.FfiResult;

            /**
             * Creates a plain object from a FfiResult message. Also converts values to other types if specified.
             * @param message FfiResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: openim.ffi.FfiResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FfiResult to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for FfiResult
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
