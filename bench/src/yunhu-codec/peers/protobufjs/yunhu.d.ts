import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace yunhu. */
export namespace yunhu {

    /** Namespace v1. */
    namespace v1 {

        /** Properties of a Status. */
        interface IStatus {

            /** Status number */
            number?: (number|Long|null);

            /** Status code */
            code?: (number|Long|null);

            /** Status msg */
            msg?: (string|null);
        }

        /** Represents a Status. */
        class Status implements IStatus {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.IStatus);

            /** Status number. */
            public number: (number|Long);

            /** Status code. */
            public code: (number|Long);

            /** Status msg. */
            public msg: string;

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            public static create(properties?: yunhu.v1.IStatus): yunhu.v1.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link yunhu.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.IStatus, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.Status;

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Status
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Tag. */
        interface ITag {

            /** Tag id */
            id?: (number|Long|null);

            /** Tag text */
            text?: (string|null);

            /** Tag color */
            color?: (string|null);
        }

        /** Represents a Tag. */
        class Tag implements ITag {

            /**
             * Constructs a new Tag.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.ITag);

            /** Tag id. */
            public id: (number|Long);

            /** Tag text. */
            public text: string;

            /** Tag color. */
            public color: string;

            /**
             * Creates a new Tag instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tag instance
             */
            public static create(properties?: yunhu.v1.ITag): yunhu.v1.Tag;

            /**
             * Encodes the specified Tag message. Does not implicitly {@link yunhu.v1.Tag.verify|verify} messages.
             * @param message Tag message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.ITag, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tag message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Tag
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.Tag;

            /**
             * Creates a Tag message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Tag
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.Tag;

            /**
             * Creates a plain object from a Tag message. Also converts values to other types if specified.
             * @param message Tag
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.Tag, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Tag to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Tag
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Msg. */
        interface IMsg {

            /** Msg msgId */
            msgId?: (string|null);

            /** Msg sender */
            sender?: (yunhu.v1.Msg.ISender|null);

            /** Msg direction */
            direction?: (string|null);

            /** Msg contentType */
            contentType?: (number|Long|null);

            /** Msg content */
            content?: (yunhu.v1.Msg.IContent|null);

            /** Msg sendTime */
            sendTime?: (number|Long|null);

            /** Msg cmd */
            cmd?: (yunhu.v1.Msg.ICmd|null);

            /** Msg msgDeleteTime */
            msgDeleteTime?: (number|Long|null);

            /** Msg quoteMsgId */
            quoteMsgId?: (string|null);

            /** Msg msgSeq */
            msgSeq?: (number|Long|null);

            /** Msg editTime */
            editTime?: (number|Long|null);
        }

        /** Represents a Msg. */
        class Msg implements IMsg {

            /**
             * Constructs a new Msg.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.IMsg);

            /** Msg msgId. */
            public msgId: string;

            /** Msg sender. */
            public sender?: (yunhu.v1.Msg.ISender|null);

            /** Msg direction. */
            public direction: string;

            /** Msg contentType. */
            public contentType: (number|Long);

            /** Msg content. */
            public content?: (yunhu.v1.Msg.IContent|null);

            /** Msg sendTime. */
            public sendTime: (number|Long);

            /** Msg cmd. */
            public cmd?: (yunhu.v1.Msg.ICmd|null);

            /** Msg msgDeleteTime. */
            public msgDeleteTime: (number|Long);

            /** Msg quoteMsgId. */
            public quoteMsgId: string;

            /** Msg msgSeq. */
            public msgSeq: (number|Long);

            /** Msg editTime. */
            public editTime: (number|Long);

            /**
             * Creates a new Msg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Msg instance
             */
            public static create(properties?: yunhu.v1.IMsg): yunhu.v1.Msg;

            /**
             * Encodes the specified Msg message. Does not implicitly {@link yunhu.v1.Msg.verify|verify} messages.
             * @param message Msg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.IMsg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Msg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.Msg;

            /**
             * Creates a Msg message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Msg
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.Msg;

            /**
             * Creates a plain object from a Msg message. Also converts values to other types if specified.
             * @param message Msg
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.Msg, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Msg to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Msg
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace Msg {

            /** Properties of a Cmd. */
            interface ICmd {

                /** Cmd cmdId */
                cmdId?: (number|Long|null);

                /** Cmd name */
                name?: (string|null);

                /** Cmd type */
                type?: (number|Long|null);
            }

            /** Represents a Cmd. */
            class Cmd implements ICmd {

                /**
                 * Constructs a new Cmd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: yunhu.v1.Msg.ICmd);

                /** Cmd cmdId. */
                public cmdId: (number|Long);

                /** Cmd name. */
                public name: string;

                /** Cmd type. */
                public type: (number|Long);

                /**
                 * Creates a new Cmd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Cmd instance
                 */
                public static create(properties?: yunhu.v1.Msg.ICmd): yunhu.v1.Msg.Cmd;

                /**
                 * Encodes the specified Cmd message. Does not implicitly {@link yunhu.v1.Msg.Cmd.verify|verify} messages.
                 * @param message Cmd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: yunhu.v1.Msg.ICmd, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Cmd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Cmd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.Msg.Cmd;

                /**
                 * Creates a Cmd message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Cmd
                 */
                public static fromObject(object: { [k: string]: any }): yunhu.v1.Msg.Cmd;

                /**
                 * Creates a plain object from a Cmd message. Also converts values to other types if specified.
                 * @param message Cmd
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: yunhu.v1.Msg.Cmd, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Cmd to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Cmd
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Content. */
            interface IContent {

                /** Content text */
                text?: (string|null);

                /** Content buttons */
                buttons?: (string|null);

                /** Content imageUrl */
                imageUrl?: (string|null);

                /** Content fileName */
                fileName?: (string|null);

                /** Content fileUrl */
                fileUrl?: (string|null);

                /** Content at */
                at?: (string[]|null);

                /** Content form */
                form?: (string|null);

                /** Content quoteMsgText */
                quoteMsgText?: (string|null);

                /** Content stickerUrl */
                stickerUrl?: (string|null);

                /** Content postId */
                postId?: (string|null);

                /** Content postTitle */
                postTitle?: (string|null);

                /** Content postContent */
                postContent?: (string|null);

                /** Content postContentType */
                postContentType?: (string|null);

                /** Content expressionId */
                expressionId?: (string|null);

                /** Content quoteImageUrl */
                quoteImageUrl?: (string|null);

                /** Content quoteImageName */
                quoteImageName?: (string|null);

                /** Content fileSize */
                fileSize?: (number|Long|null);

                /** Content videoUrl */
                videoUrl?: (string|null);

                /** Content audioUrl */
                audioUrl?: (string|null);

                /** Content audioTime */
                audioTime?: (number|Long|null);

                /** Content quoteVideoUrl */
                quoteVideoUrl?: (string|null);

                /** Content quoteVideoTime */
                quoteVideoTime?: (number|Long|null);

                /** Content stickerItemId */
                stickerItemId?: (number|Long|null);

                /** Content stickerPackId */
                stickerPackId?: (number|Long|null);

                /** Content callText */
                callText?: (string|null);

                /** Content callStatusText */
                callStatusText?: (string|null);

                /** Content width */
                width?: (number|Long|null);

                /** Content height */
                height?: (number|Long|null);

                /** Content tip */
                tip?: (string|null);
            }

            /** Represents a Content. */
            class Content implements IContent {

                /**
                 * Constructs a new Content.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: yunhu.v1.Msg.IContent);

                /** Content text. */
                public text: string;

                /** Content buttons. */
                public buttons: string;

                /** Content imageUrl. */
                public imageUrl: string;

                /** Content fileName. */
                public fileName: string;

                /** Content fileUrl. */
                public fileUrl: string;

                /** Content at. */
                public at: string[];

                /** Content form. */
                public form: string;

                /** Content quoteMsgText. */
                public quoteMsgText: string;

                /** Content stickerUrl. */
                public stickerUrl: string;

                /** Content postId. */
                public postId: string;

                /** Content postTitle. */
                public postTitle: string;

                /** Content postContent. */
                public postContent: string;

                /** Content postContentType. */
                public postContentType: string;

                /** Content expressionId. */
                public expressionId: string;

                /** Content quoteImageUrl. */
                public quoteImageUrl: string;

                /** Content quoteImageName. */
                public quoteImageName: string;

                /** Content fileSize. */
                public fileSize: (number|Long);

                /** Content videoUrl. */
                public videoUrl: string;

                /** Content audioUrl. */
                public audioUrl: string;

                /** Content audioTime. */
                public audioTime: (number|Long);

                /** Content quoteVideoUrl. */
                public quoteVideoUrl: string;

                /** Content quoteVideoTime. */
                public quoteVideoTime: (number|Long);

                /** Content stickerItemId. */
                public stickerItemId: (number|Long);

                /** Content stickerPackId. */
                public stickerPackId: (number|Long);

                /** Content callText. */
                public callText: string;

                /** Content callStatusText. */
                public callStatusText: string;

                /** Content width. */
                public width: (number|Long);

                /** Content height. */
                public height: (number|Long);

                /** Content tip. */
                public tip: string;

                /**
                 * Creates a new Content instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Content instance
                 */
                public static create(properties?: yunhu.v1.Msg.IContent): yunhu.v1.Msg.Content;

                /**
                 * Encodes the specified Content message. Does not implicitly {@link yunhu.v1.Msg.Content.verify|verify} messages.
                 * @param message Content message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: yunhu.v1.Msg.IContent, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.Msg.Content;

                /**
                 * Creates a Content message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Content
                 */
                public static fromObject(object: { [k: string]: any }): yunhu.v1.Msg.Content;

                /**
                 * Creates a plain object from a Content message. Also converts values to other types if specified.
                 * @param message Content
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: yunhu.v1.Msg.Content, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Content to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Content
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Sender. */
            interface ISender {

                /** Sender chatId */
                chatId?: (string|null);

                /** Sender chatType */
                chatType?: (number|Long|null);

                /** Sender name */
                name?: (string|null);

                /** Sender avatarUrl */
                avatarUrl?: (string|null);

                /** Sender tagOld */
                tagOld?: (string[]|null);

                /** Sender tag */
                tag?: (yunhu.v1.ITag[]|null);
            }

            /** Represents a Sender. */
            class Sender implements ISender {

                /**
                 * Constructs a new Sender.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: yunhu.v1.Msg.ISender);

                /** Sender chatId. */
                public chatId: string;

                /** Sender chatType. */
                public chatType: (number|Long);

                /** Sender name. */
                public name: string;

                /** Sender avatarUrl. */
                public avatarUrl: string;

                /** Sender tagOld. */
                public tagOld: string[];

                /** Sender tag. */
                public tag: yunhu.v1.ITag[];

                /**
                 * Creates a new Sender instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Sender instance
                 */
                public static create(properties?: yunhu.v1.Msg.ISender): yunhu.v1.Msg.Sender;

                /**
                 * Encodes the specified Sender message. Does not implicitly {@link yunhu.v1.Msg.Sender.verify|verify} messages.
                 * @param message Sender message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: yunhu.v1.Msg.ISender, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Sender message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Sender
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.Msg.Sender;

                /**
                 * Creates a Sender message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Sender
                 */
                public static fromObject(object: { [k: string]: any }): yunhu.v1.Msg.Sender;

                /**
                 * Creates a plain object from a Sender message. Also converts values to other types if specified.
                 * @param message Sender
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: yunhu.v1.Msg.Sender, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Sender to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Sender
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of a send_message_send. */
        interface Isend_message_send {

            /** send_message_send msgId */
            msgId?: (string|null);

            /** send_message_send chatId */
            chatId?: (string|null);

            /** send_message_send chatType */
            chatType?: (number|Long|null);

            /** send_message_send data */
            data?: (yunhu.v1.send_message_send.IData|null);

            /** send_message_send contentType */
            contentType?: (number|Long|null);

            /** send_message_send commandId */
            commandId?: (number|Long|null);

            /** send_message_send quoteMsgId */
            quoteMsgId?: (string|null);

            /** send_message_send media */
            media?: (yunhu.v1.send_message_send.IMedia|null);
        }

        /** Represents a send_message_send. */
        class send_message_send implements Isend_message_send {

            /**
             * Constructs a new send_message_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Isend_message_send);

            /** send_message_send msgId. */
            public msgId: string;

            /** send_message_send chatId. */
            public chatId: string;

            /** send_message_send chatType. */
            public chatType: (number|Long);

            /** send_message_send data. */
            public data?: (yunhu.v1.send_message_send.IData|null);

            /** send_message_send contentType. */
            public contentType: (number|Long);

            /** send_message_send commandId. */
            public commandId: (number|Long);

            /** send_message_send quoteMsgId. */
            public quoteMsgId: string;

            /** send_message_send media. */
            public media?: (yunhu.v1.send_message_send.IMedia|null);

            /**
             * Creates a new send_message_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns send_message_send instance
             */
            public static create(properties?: yunhu.v1.Isend_message_send): yunhu.v1.send_message_send;

            /**
             * Encodes the specified send_message_send message. Does not implicitly {@link yunhu.v1.send_message_send.verify|verify} messages.
             * @param message send_message_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Isend_message_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a send_message_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns send_message_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.send_message_send;

            /**
             * Creates a send_message_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns send_message_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.send_message_send;

            /**
             * Creates a plain object from a send_message_send message. Also converts values to other types if specified.
             * @param message send_message_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.send_message_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this send_message_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for send_message_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace send_message_send {

            /** Properties of a Data. */
            interface IData {

                /** Data text */
                text?: (string|null);

                /** Data buttons */
                buttons?: (string|null);

                /** Data fileName */
                fileName?: (string|null);

                /** Data fileKey */
                fileKey?: (string|null);

                /** Data mentionedId */
                mentionedId?: (string[]|null);

                /** Data form */
                form?: (string|null);

                /** Data quoteMsgText */
                quoteMsgText?: (string|null);

                /** Data image */
                image?: (string|null);

                /** Data postId */
                postId?: (string|null);

                /** Data postTitle */
                postTitle?: (string|null);

                /** Data postContent */
                postContent?: (string|null);

                /** Data postType */
                postType?: (string|null);

                /** Data expressionId */
                expressionId?: (string|null);

                /** Data quoteImageUrl */
                quoteImageUrl?: (string|null);

                /** Data quoteImageName */
                quoteImageName?: (string|null);

                /** Data fileSize */
                fileSize?: (number|Long|null);

                /** Data video */
                video?: (string|null);

                /** Data audio */
                audio?: (string|null);

                /** Data audioTime */
                audioTime?: (number|Long|null);

                /** Data quoteVideoUrl */
                quoteVideoUrl?: (string|null);

                /** Data quoteVideoTime */
                quoteVideoTime?: (number|Long|null);

                /** Data stickerItemId */
                stickerItemId?: (number|Long|null);

                /** Data stickerPackId */
                stickerPackId?: (number|Long|null);

                /** Data roomName */
                roomName?: (string|null);
            }

            /** Represents a Data. */
            class Data implements IData {

                /**
                 * Constructs a new Data.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: yunhu.v1.send_message_send.IData);

                /** Data text. */
                public text: string;

                /** Data buttons. */
                public buttons: string;

                /** Data fileName. */
                public fileName: string;

                /** Data fileKey. */
                public fileKey: string;

                /** Data mentionedId. */
                public mentionedId: string[];

                /** Data form. */
                public form: string;

                /** Data quoteMsgText. */
                public quoteMsgText: string;

                /** Data image. */
                public image: string;

                /** Data postId. */
                public postId: string;

                /** Data postTitle. */
                public postTitle: string;

                /** Data postContent. */
                public postContent: string;

                /** Data postType. */
                public postType: string;

                /** Data expressionId. */
                public expressionId: string;

                /** Data quoteImageUrl. */
                public quoteImageUrl: string;

                /** Data quoteImageName. */
                public quoteImageName: string;

                /** Data fileSize. */
                public fileSize: (number|Long);

                /** Data video. */
                public video: string;

                /** Data audio. */
                public audio: string;

                /** Data audioTime. */
                public audioTime: (number|Long);

                /** Data quoteVideoUrl. */
                public quoteVideoUrl: string;

                /** Data quoteVideoTime. */
                public quoteVideoTime: (number|Long);

                /** Data stickerItemId. */
                public stickerItemId: (number|Long);

                /** Data stickerPackId. */
                public stickerPackId: (number|Long);

                /** Data roomName. */
                public roomName: string;

                /**
                 * Creates a new Data instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Data instance
                 */
                public static create(properties?: yunhu.v1.send_message_send.IData): yunhu.v1.send_message_send.Data;

                /**
                 * Encodes the specified Data message. Does not implicitly {@link yunhu.v1.send_message_send.Data.verify|verify} messages.
                 * @param message Data message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: yunhu.v1.send_message_send.IData, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Data message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Data
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.send_message_send.Data;

                /**
                 * Creates a Data message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Data
                 */
                public static fromObject(object: { [k: string]: any }): yunhu.v1.send_message_send.Data;

                /**
                 * Creates a plain object from a Data message. Also converts values to other types if specified.
                 * @param message Data
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: yunhu.v1.send_message_send.Data, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Data to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Data
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Media. */
            interface IMedia {

                /** Media fileKey */
                fileKey?: (string|null);

                /** Media fileHash */
                fileHash?: (string|null);

                /** Media fileType */
                fileType?: (string|null);

                /** Media imageHeight */
                imageHeight?: (number|Long|null);

                /** Media imageWidth */
                imageWidth?: (number|Long|null);

                /** Media fileSize */
                fileSize?: (number|Long|null);

                /** Media fileKey2 */
                fileKey2?: (string|null);

                /** Media fileSuffix */
                fileSuffix?: (string|null);
            }

            /** Represents a Media. */
            class Media implements IMedia {

                /**
                 * Constructs a new Media.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: yunhu.v1.send_message_send.IMedia);

                /** Media fileKey. */
                public fileKey: string;

                /** Media fileHash. */
                public fileHash: string;

                /** Media fileType. */
                public fileType: string;

                /** Media imageHeight. */
                public imageHeight: (number|Long);

                /** Media imageWidth. */
                public imageWidth: (number|Long);

                /** Media fileSize. */
                public fileSize: (number|Long);

                /** Media fileKey2. */
                public fileKey2: string;

                /** Media fileSuffix. */
                public fileSuffix: string;

                /**
                 * Creates a new Media instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Media instance
                 */
                public static create(properties?: yunhu.v1.send_message_send.IMedia): yunhu.v1.send_message_send.Media;

                /**
                 * Encodes the specified Media message. Does not implicitly {@link yunhu.v1.send_message_send.Media.verify|verify} messages.
                 * @param message Media message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: yunhu.v1.send_message_send.IMedia, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Media message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Media
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.send_message_send.Media;

                /**
                 * Creates a Media message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Media
                 */
                public static fromObject(object: { [k: string]: any }): yunhu.v1.send_message_send.Media;

                /**
                 * Creates a plain object from a Media message. Also converts values to other types if specified.
                 * @param message Media
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: yunhu.v1.send_message_send.Media, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Media to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Media
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of a send_message. */
        interface Isend_message {

            /** send_message status */
            status?: (yunhu.v1.IStatus|null);
        }

        /** Represents a send_message. */
        class send_message implements Isend_message {

            /**
             * Constructs a new send_message.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Isend_message);

            /** send_message status. */
            public status?: (yunhu.v1.IStatus|null);

            /**
             * Creates a new send_message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns send_message instance
             */
            public static create(properties?: yunhu.v1.Isend_message): yunhu.v1.send_message;

            /**
             * Encodes the specified send_message message. Does not implicitly {@link yunhu.v1.send_message.verify|verify} messages.
             * @param message send_message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Isend_message, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a send_message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns send_message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.send_message;

            /**
             * Creates a send_message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns send_message
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.send_message;

            /**
             * Creates a plain object from a send_message message. Also converts values to other types if specified.
             * @param message send_message
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.send_message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this send_message to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for send_message
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an edit_message_send. */
        interface Iedit_message_send {

            /** edit_message_send msgId */
            msgId?: (string|null);

            /** edit_message_send chatId */
            chatId?: (string|null);

            /** edit_message_send chatType */
            chatType?: (number|null);

            /** edit_message_send content */
            content?: (yunhu.v1.edit_message_send.IContent|null);

            /** edit_message_send contentType */
            contentType?: (number|Long|null);

            /** edit_message_send quoteMsgId */
            quoteMsgId?: (string|null);
        }

        /** Represents an edit_message_send. */
        class edit_message_send implements Iedit_message_send {

            /**
             * Constructs a new edit_message_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Iedit_message_send);

            /** edit_message_send msgId. */
            public msgId: string;

            /** edit_message_send chatId. */
            public chatId: string;

            /** edit_message_send chatType. */
            public chatType: number;

            /** edit_message_send content. */
            public content?: (yunhu.v1.edit_message_send.IContent|null);

            /** edit_message_send contentType. */
            public contentType: (number|Long);

            /** edit_message_send quoteMsgId. */
            public quoteMsgId: string;

            /**
             * Creates a new edit_message_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns edit_message_send instance
             */
            public static create(properties?: yunhu.v1.Iedit_message_send): yunhu.v1.edit_message_send;

            /**
             * Encodes the specified edit_message_send message. Does not implicitly {@link yunhu.v1.edit_message_send.verify|verify} messages.
             * @param message edit_message_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Iedit_message_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an edit_message_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns edit_message_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.edit_message_send;

            /**
             * Creates an edit_message_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns edit_message_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.edit_message_send;

            /**
             * Creates a plain object from an edit_message_send message. Also converts values to other types if specified.
             * @param message edit_message_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.edit_message_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this edit_message_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for edit_message_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        namespace edit_message_send {

            /** Properties of a Content. */
            interface IContent {

                /** Content text */
                text?: (string|null);

                /** Content buttons */
                buttons?: (string|null);

                /** Content quoteMsgText */
                quoteMsgText?: (string|null);
            }

            /** Represents a Content. */
            class Content implements IContent {

                /**
                 * Constructs a new Content.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: yunhu.v1.edit_message_send.IContent);

                /** Content text. */
                public text: string;

                /** Content buttons. */
                public buttons: string;

                /** Content quoteMsgText. */
                public quoteMsgText: string;

                /**
                 * Creates a new Content instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Content instance
                 */
                public static create(properties?: yunhu.v1.edit_message_send.IContent): yunhu.v1.edit_message_send.Content;

                /**
                 * Encodes the specified Content message. Does not implicitly {@link yunhu.v1.edit_message_send.Content.verify|verify} messages.
                 * @param message Content message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: yunhu.v1.edit_message_send.IContent, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.edit_message_send.Content;

                /**
                 * Creates a Content message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Content
                 */
                public static fromObject(object: { [k: string]: any }): yunhu.v1.edit_message_send.Content;

                /**
                 * Creates a plain object from a Content message. Also converts values to other types if specified.
                 * @param message Content
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                public static toObject(message: yunhu.v1.edit_message_send.Content, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Content to JSON.
                 * @returns JSON object
                 */
                public toJSON(): { [k: string]: any };

                /**
                 * Gets the default type url for Content
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }

        /** Properties of an edit_message. */
        interface Iedit_message {

            /** edit_message status */
            status?: (yunhu.v1.IStatus|null);
        }

        /** Represents an edit_message. */
        class edit_message implements Iedit_message {

            /**
             * Constructs a new edit_message.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Iedit_message);

            /** edit_message status. */
            public status?: (yunhu.v1.IStatus|null);

            /**
             * Creates a new edit_message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns edit_message instance
             */
            public static create(properties?: yunhu.v1.Iedit_message): yunhu.v1.edit_message;

            /**
             * Encodes the specified edit_message message. Does not implicitly {@link yunhu.v1.edit_message.verify|verify} messages.
             * @param message edit_message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Iedit_message, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an edit_message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns edit_message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.edit_message;

            /**
             * Creates an edit_message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns edit_message
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.edit_message;

            /**
             * Creates a plain object from an edit_message message. Also converts values to other types if specified.
             * @param message edit_message
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.edit_message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this edit_message to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for edit_message
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a list_message_by_seq_send. */
        interface Ilist_message_by_seq_send {

            /** list_message_by_seq_send msgStart */
            msgStart?: (number|Long|null);

            /** list_message_by_seq_send chatType */
            chatType?: (number|Long|null);

            /** list_message_by_seq_send chatId */
            chatId?: (string|null);
        }

        /** Represents a list_message_by_seq_send. */
        class list_message_by_seq_send implements Ilist_message_by_seq_send {

            /**
             * Constructs a new list_message_by_seq_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ilist_message_by_seq_send);

            /** list_message_by_seq_send msgStart. */
            public msgStart: (number|Long);

            /** list_message_by_seq_send chatType. */
            public chatType: (number|Long);

            /** list_message_by_seq_send chatId. */
            public chatId: string;

            /**
             * Creates a new list_message_by_seq_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns list_message_by_seq_send instance
             */
            public static create(properties?: yunhu.v1.Ilist_message_by_seq_send): yunhu.v1.list_message_by_seq_send;

            /**
             * Encodes the specified list_message_by_seq_send message. Does not implicitly {@link yunhu.v1.list_message_by_seq_send.verify|verify} messages.
             * @param message list_message_by_seq_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ilist_message_by_seq_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a list_message_by_seq_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns list_message_by_seq_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.list_message_by_seq_send;

            /**
             * Creates a list_message_by_seq_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns list_message_by_seq_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.list_message_by_seq_send;

            /**
             * Creates a plain object from a list_message_by_seq_send message. Also converts values to other types if specified.
             * @param message list_message_by_seq_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.list_message_by_seq_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this list_message_by_seq_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for list_message_by_seq_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a list_message_by_seq. */
        interface Ilist_message_by_seq {

            /** list_message_by_seq status */
            status?: (yunhu.v1.IStatus|null);

            /** list_message_by_seq msg */
            msg?: (yunhu.v1.IMsg[]|null);

            /** list_message_by_seq msgCount */
            msgCount?: (number|Long|null);
        }

        /** Represents a list_message_by_seq. */
        class list_message_by_seq implements Ilist_message_by_seq {

            /**
             * Constructs a new list_message_by_seq.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ilist_message_by_seq);

            /** list_message_by_seq status. */
            public status?: (yunhu.v1.IStatus|null);

            /** list_message_by_seq msg. */
            public msg: yunhu.v1.IMsg[];

            /** list_message_by_seq msgCount. */
            public msgCount: (number|Long);

            /**
             * Creates a new list_message_by_seq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns list_message_by_seq instance
             */
            public static create(properties?: yunhu.v1.Ilist_message_by_seq): yunhu.v1.list_message_by_seq;

            /**
             * Encodes the specified list_message_by_seq message. Does not implicitly {@link yunhu.v1.list_message_by_seq.verify|verify} messages.
             * @param message list_message_by_seq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ilist_message_by_seq, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a list_message_by_seq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns list_message_by_seq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.list_message_by_seq;

            /**
             * Creates a list_message_by_seq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns list_message_by_seq
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.list_message_by_seq;

            /**
             * Creates a plain object from a list_message_by_seq message. Also converts values to other types if specified.
             * @param message list_message_by_seq
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.list_message_by_seq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this list_message_by_seq to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for list_message_by_seq
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a list_message_send. */
        interface Ilist_message_send {

            /** list_message_send msgCount */
            msgCount?: (number|Long|null);

            /** list_message_send msgId */
            msgId?: (string|null);

            /** list_message_send chatType */
            chatType?: (number|Long|null);

            /** list_message_send chatId */
            chatId?: (string|null);
        }

        /** Represents a list_message_send. */
        class list_message_send implements Ilist_message_send {

            /**
             * Constructs a new list_message_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ilist_message_send);

            /** list_message_send msgCount. */
            public msgCount: (number|Long);

            /** list_message_send msgId. */
            public msgId: string;

            /** list_message_send chatType. */
            public chatType: (number|Long);

            /** list_message_send chatId. */
            public chatId: string;

            /**
             * Creates a new list_message_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns list_message_send instance
             */
            public static create(properties?: yunhu.v1.Ilist_message_send): yunhu.v1.list_message_send;

            /**
             * Encodes the specified list_message_send message. Does not implicitly {@link yunhu.v1.list_message_send.verify|verify} messages.
             * @param message list_message_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ilist_message_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a list_message_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns list_message_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.list_message_send;

            /**
             * Creates a list_message_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns list_message_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.list_message_send;

            /**
             * Creates a plain object from a list_message_send message. Also converts values to other types if specified.
             * @param message list_message_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.list_message_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this list_message_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for list_message_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a list_message. */
        interface Ilist_message {

            /** list_message status */
            status?: (yunhu.v1.IStatus|null);

            /** list_message msg */
            msg?: (yunhu.v1.IMsg[]|null);
        }

        /** Represents a list_message. */
        class list_message implements Ilist_message {

            /**
             * Constructs a new list_message.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ilist_message);

            /** list_message status. */
            public status?: (yunhu.v1.IStatus|null);

            /** list_message msg. */
            public msg: yunhu.v1.IMsg[];

            /**
             * Creates a new list_message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns list_message instance
             */
            public static create(properties?: yunhu.v1.Ilist_message): yunhu.v1.list_message;

            /**
             * Encodes the specified list_message message. Does not implicitly {@link yunhu.v1.list_message.verify|verify} messages.
             * @param message list_message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ilist_message, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a list_message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns list_message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.list_message;

            /**
             * Creates a list_message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns list_message
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.list_message;

            /**
             * Creates a plain object from a list_message message. Also converts values to other types if specified.
             * @param message list_message
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.list_message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this list_message to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for list_message
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a list_message_by_mid_seq_send. */
        interface Ilist_message_by_mid_seq_send {

            /** list_message_by_mid_seq_send msgSeq */
            msgSeq?: (number|Long|null);

            /** list_message_by_mid_seq_send chatType */
            chatType?: (number|Long|null);

            /** list_message_by_mid_seq_send chatId */
            chatId?: (string|null);

            /** list_message_by_mid_seq_send unknown */
            unknown?: (number|Long|null);

            /** list_message_by_mid_seq_send msgCount */
            msgCount?: (number|Long|null);

            /** list_message_by_mid_seq_send msgId */
            msgId?: (string|null);
        }

        /** Represents a list_message_by_mid_seq_send. */
        class list_message_by_mid_seq_send implements Ilist_message_by_mid_seq_send {

            /**
             * Constructs a new list_message_by_mid_seq_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ilist_message_by_mid_seq_send);

            /** list_message_by_mid_seq_send msgSeq. */
            public msgSeq: (number|Long);

            /** list_message_by_mid_seq_send chatType. */
            public chatType: (number|Long);

            /** list_message_by_mid_seq_send chatId. */
            public chatId: string;

            /** list_message_by_mid_seq_send unknown. */
            public unknown: (number|Long);

            /** list_message_by_mid_seq_send msgCount. */
            public msgCount: (number|Long);

            /** list_message_by_mid_seq_send msgId. */
            public msgId: string;

            /**
             * Creates a new list_message_by_mid_seq_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns list_message_by_mid_seq_send instance
             */
            public static create(properties?: yunhu.v1.Ilist_message_by_mid_seq_send): yunhu.v1.list_message_by_mid_seq_send;

            /**
             * Encodes the specified list_message_by_mid_seq_send message. Does not implicitly {@link yunhu.v1.list_message_by_mid_seq_send.verify|verify} messages.
             * @param message list_message_by_mid_seq_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ilist_message_by_mid_seq_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a list_message_by_mid_seq_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns list_message_by_mid_seq_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.list_message_by_mid_seq_send;

            /**
             * Creates a list_message_by_mid_seq_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns list_message_by_mid_seq_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.list_message_by_mid_seq_send;

            /**
             * Creates a plain object from a list_message_by_mid_seq_send message. Also converts values to other types if specified.
             * @param message list_message_by_mid_seq_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.list_message_by_mid_seq_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this list_message_by_mid_seq_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for list_message_by_mid_seq_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a list_message_by_mid_seq. */
        interface Ilist_message_by_mid_seq {

            /** list_message_by_mid_seq status */
            status?: (yunhu.v1.IStatus|null);

            /** list_message_by_mid_seq msg */
            msg?: (yunhu.v1.IMsg[]|null);

            /** list_message_by_mid_seq total */
            total?: (number|Long|null);
        }

        /** Represents a list_message_by_mid_seq. */
        class list_message_by_mid_seq implements Ilist_message_by_mid_seq {

            /**
             * Constructs a new list_message_by_mid_seq.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ilist_message_by_mid_seq);

            /** list_message_by_mid_seq status. */
            public status?: (yunhu.v1.IStatus|null);

            /** list_message_by_mid_seq msg. */
            public msg: yunhu.v1.IMsg[];

            /** list_message_by_mid_seq total. */
            public total: (number|Long);

            /**
             * Creates a new list_message_by_mid_seq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns list_message_by_mid_seq instance
             */
            public static create(properties?: yunhu.v1.Ilist_message_by_mid_seq): yunhu.v1.list_message_by_mid_seq;

            /**
             * Encodes the specified list_message_by_mid_seq message. Does not implicitly {@link yunhu.v1.list_message_by_mid_seq.verify|verify} messages.
             * @param message list_message_by_mid_seq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ilist_message_by_mid_seq, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a list_message_by_mid_seq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns list_message_by_mid_seq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.list_message_by_mid_seq;

            /**
             * Creates a list_message_by_mid_seq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns list_message_by_mid_seq
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.list_message_by_mid_seq;

            /**
             * Creates a plain object from a list_message_by_mid_seq message. Also converts values to other types if specified.
             * @param message list_message_by_mid_seq
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.list_message_by_mid_seq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this list_message_by_mid_seq to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for list_message_by_mid_seq
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a button_report_send. */
        interface Ibutton_report_send {

            /** button_report_send msgId */
            msgId?: (string|null);

            /** button_report_send chatType */
            chatType?: (number|Long|null);

            /** button_report_send chatId */
            chatId?: (string|null);

            /** button_report_send userId */
            userId?: (string|null);

            /** button_report_send buttonValue */
            buttonValue?: (string|null);
        }

        /** Represents a button_report_send. */
        class button_report_send implements Ibutton_report_send {

            /**
             * Constructs a new button_report_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ibutton_report_send);

            /** button_report_send msgId. */
            public msgId: string;

            /** button_report_send chatType. */
            public chatType: (number|Long);

            /** button_report_send chatId. */
            public chatId: string;

            /** button_report_send userId. */
            public userId: string;

            /** button_report_send buttonValue. */
            public buttonValue: string;

            /**
             * Creates a new button_report_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns button_report_send instance
             */
            public static create(properties?: yunhu.v1.Ibutton_report_send): yunhu.v1.button_report_send;

            /**
             * Encodes the specified button_report_send message. Does not implicitly {@link yunhu.v1.button_report_send.verify|verify} messages.
             * @param message button_report_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ibutton_report_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a button_report_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns button_report_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.button_report_send;

            /**
             * Creates a button_report_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns button_report_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.button_report_send;

            /**
             * Creates a plain object from a button_report_send message. Also converts values to other types if specified.
             * @param message button_report_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.button_report_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this button_report_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for button_report_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a button_report. */
        interface Ibutton_report {

            /** button_report status */
            status?: (yunhu.v1.IStatus|null);
        }

        /** Represents a button_report. */
        class button_report implements Ibutton_report {

            /**
             * Constructs a new button_report.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Ibutton_report);

            /** button_report status. */
            public status?: (yunhu.v1.IStatus|null);

            /**
             * Creates a new button_report instance using the specified properties.
             * @param [properties] Properties to set
             * @returns button_report instance
             */
            public static create(properties?: yunhu.v1.Ibutton_report): yunhu.v1.button_report;

            /**
             * Encodes the specified button_report message. Does not implicitly {@link yunhu.v1.button_report.verify|verify} messages.
             * @param message button_report message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Ibutton_report, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a button_report message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns button_report
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.button_report;

            /**
             * Creates a button_report message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns button_report
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.button_report;

            /**
             * Creates a plain object from a button_report message. Also converts values to other types if specified.
             * @param message button_report
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.button_report, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this button_report to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for button_report
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a recall_msg_send. */
        interface Irecall_msg_send {

            /** recall_msg_send msgId */
            msgId?: (string|null);

            /** recall_msg_send chatId */
            chatId?: (string|null);

            /** recall_msg_send chatType */
            chatType?: (number|Long|null);
        }

        /** Represents a recall_msg_send. */
        class recall_msg_send implements Irecall_msg_send {

            /**
             * Constructs a new recall_msg_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Irecall_msg_send);

            /** recall_msg_send msgId. */
            public msgId: string;

            /** recall_msg_send chatId. */
            public chatId: string;

            /** recall_msg_send chatType. */
            public chatType: (number|Long);

            /**
             * Creates a new recall_msg_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns recall_msg_send instance
             */
            public static create(properties?: yunhu.v1.Irecall_msg_send): yunhu.v1.recall_msg_send;

            /**
             * Encodes the specified recall_msg_send message. Does not implicitly {@link yunhu.v1.recall_msg_send.verify|verify} messages.
             * @param message recall_msg_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Irecall_msg_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a recall_msg_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns recall_msg_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.recall_msg_send;

            /**
             * Creates a recall_msg_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns recall_msg_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.recall_msg_send;

            /**
             * Creates a plain object from a recall_msg_send message. Also converts values to other types if specified.
             * @param message recall_msg_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.recall_msg_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this recall_msg_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for recall_msg_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a recall_msg. */
        interface Irecall_msg {

            /** recall_msg status */
            status?: (yunhu.v1.IStatus|null);
        }

        /** Represents a recall_msg. */
        class recall_msg implements Irecall_msg {

            /**
             * Constructs a new recall_msg.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Irecall_msg);

            /** recall_msg status. */
            public status?: (yunhu.v1.IStatus|null);

            /**
             * Creates a new recall_msg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns recall_msg instance
             */
            public static create(properties?: yunhu.v1.Irecall_msg): yunhu.v1.recall_msg;

            /**
             * Encodes the specified recall_msg message. Does not implicitly {@link yunhu.v1.recall_msg.verify|verify} messages.
             * @param message recall_msg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Irecall_msg, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a recall_msg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns recall_msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.recall_msg;

            /**
             * Creates a recall_msg message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns recall_msg
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.recall_msg;

            /**
             * Creates a plain object from a recall_msg message. Also converts values to other types if specified.
             * @param message recall_msg
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.recall_msg, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this recall_msg to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for recall_msg
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a recall_msg_batch_send. */
        interface Irecall_msg_batch_send {

            /** recall_msg_batch_send msgId */
            msgId?: (string[]|null);

            /** recall_msg_batch_send chatId */
            chatId?: (string|null);

            /** recall_msg_batch_send chatType */
            chatType?: (number|Long|null);
        }

        /** Represents a recall_msg_batch_send. */
        class recall_msg_batch_send implements Irecall_msg_batch_send {

            /**
             * Constructs a new recall_msg_batch_send.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Irecall_msg_batch_send);

            /** recall_msg_batch_send msgId. */
            public msgId: string[];

            /** recall_msg_batch_send chatId. */
            public chatId: string;

            /** recall_msg_batch_send chatType. */
            public chatType: (number|Long);

            /**
             * Creates a new recall_msg_batch_send instance using the specified properties.
             * @param [properties] Properties to set
             * @returns recall_msg_batch_send instance
             */
            public static create(properties?: yunhu.v1.Irecall_msg_batch_send): yunhu.v1.recall_msg_batch_send;

            /**
             * Encodes the specified recall_msg_batch_send message. Does not implicitly {@link yunhu.v1.recall_msg_batch_send.verify|verify} messages.
             * @param message recall_msg_batch_send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Irecall_msg_batch_send, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a recall_msg_batch_send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns recall_msg_batch_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.recall_msg_batch_send;

            /**
             * Creates a recall_msg_batch_send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns recall_msg_batch_send
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.recall_msg_batch_send;

            /**
             * Creates a plain object from a recall_msg_batch_send message. Also converts values to other types if specified.
             * @param message recall_msg_batch_send
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.recall_msg_batch_send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this recall_msg_batch_send to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for recall_msg_batch_send
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a recall_msg_batch. */
        interface Irecall_msg_batch {

            /** recall_msg_batch status */
            status?: (yunhu.v1.IStatus|null);
        }

        /** Represents a recall_msg_batch. */
        class recall_msg_batch implements Irecall_msg_batch {

            /**
             * Constructs a new recall_msg_batch.
             * @param [properties] Properties to set
             */
            constructor(properties?: yunhu.v1.Irecall_msg_batch);

            /** recall_msg_batch status. */
            public status?: (yunhu.v1.IStatus|null);

            /**
             * Creates a new recall_msg_batch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns recall_msg_batch instance
             */
            public static create(properties?: yunhu.v1.Irecall_msg_batch): yunhu.v1.recall_msg_batch;

            /**
             * Encodes the specified recall_msg_batch message. Does not implicitly {@link yunhu.v1.recall_msg_batch.verify|verify} messages.
             * @param message recall_msg_batch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: yunhu.v1.Irecall_msg_batch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a recall_msg_batch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns recall_msg_batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): yunhu.v1.recall_msg_batch;

            /**
             * Creates a recall_msg_batch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns recall_msg_batch
             */
            public static fromObject(object: { [k: string]: any }): yunhu.v1.recall_msg_batch;

            /**
             * Creates a plain object from a recall_msg_batch message. Also converts values to other types if specified.
             * @param message recall_msg_batch
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: yunhu.v1.recall_msg_batch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this recall_msg_batch to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for recall_msg_batch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
