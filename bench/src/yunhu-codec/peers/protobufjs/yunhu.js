/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const yunhu = $root.yunhu = (() => {

    /**
     * Namespace yunhu.
     * @exports yunhu
     * @namespace
     */
    const yunhu = {};

    yunhu.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof yunhu
         * @namespace
         */
        const v1 = {};

        v1.Status = (function() {

            /**
             * Properties of a Status.
             * @memberof yunhu.v1
             * @interface IStatus
             * @property {number|Long|null} [number] Status number
             * @property {number|Long|null} [code] Status code
             * @property {string|null} [msg] Status msg
             */

            /**
             * Constructs a new Status.
             * @memberof yunhu.v1
             * @classdesc Represents a Status.
             * @implements IStatus
             * @constructor
             * @param {yunhu.v1.IStatus=} [properties] Properties to set
             */
            function Status(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Status number.
             * @member {number|Long} number
             * @memberof yunhu.v1.Status
             * @instance
             */
            Status.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status code.
             * @member {number|Long} code
             * @memberof yunhu.v1.Status
             * @instance
             */
            Status.prototype.code = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Status msg.
             * @member {string} msg
             * @memberof yunhu.v1.Status
             * @instance
             */
            Status.prototype.msg = "";

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.Status
             * @static
             * @param {yunhu.v1.IStatus=} [properties] Properties to set
             * @returns {yunhu.v1.Status} Status instance
             */
            Status.create = function create(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link yunhu.v1.Status.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.Status
             * @static
             * @param {yunhu.v1.IStatus} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.number);
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.code);
                if (message.msg != null && Object.hasOwnProperty.call(message, "msg"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.msg);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.Status} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.Status();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.number = reader.uint64();
                            break;
                        }
                    case 2: {
                            message.code = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.msg = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.Status
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.Status} Status
             */
            Status.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.Status)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.Status: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.Status();
                if (object.number != null)
                    if ($util.Long)
                        message.number = $util.Long.fromValue(object.number, true);
                    else if (typeof object.number === "string")
                        message.number = parseInt(object.number, 10);
                    else if (typeof object.number === "number")
                        message.number = object.number;
                    else if (typeof object.number === "object")
                        message.number = new $util.LongBits(object.number.low >>> 0, object.number.high >>> 0).toNumber(true);
                if (object.code != null)
                    if ($util.Long)
                        message.code = $util.Long.fromValue(object.code, true);
                    else if (typeof object.code === "string")
                        message.code = parseInt(object.code, 10);
                    else if (typeof object.code === "number")
                        message.code = object.code;
                    else if (typeof object.code === "object")
                        message.code = new $util.LongBits(object.code.low >>> 0, object.code.high >>> 0).toNumber(true);
                if (object.msg != null)
                    message.msg = String(object.msg);
                return message;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.Status
             * @static
             * @param {yunhu.v1.Status} message Status
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.number = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.number = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.code = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.code = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.msg = "";
                }
                if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.number = typeof message.number === "number" ? BigInt(message.number) : $util.Long.fromBits(message.number.low >>> 0, message.number.high >>> 0, true).toBigInt();
                    else if (typeof message.number === "number")
                        object.number = options.longs === String ? String(message.number) : message.number;
                    else
                        object.number = options.longs === String ? $util.Long.prototype.toString.call(message.number) : options.longs === Number ? new $util.LongBits(message.number.low >>> 0, message.number.high >>> 0).toNumber(true) : message.number;
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.code = typeof message.code === "number" ? BigInt(message.code) : $util.Long.fromBits(message.code.low >>> 0, message.code.high >>> 0, true).toBigInt();
                    else if (typeof message.code === "number")
                        object.code = options.longs === String ? String(message.code) : message.code;
                    else
                        object.code = options.longs === String ? $util.Long.prototype.toString.call(message.code) : options.longs === Number ? new $util.LongBits(message.code.low >>> 0, message.code.high >>> 0).toNumber(true) : message.code;
                if (message.msg != null && Object.hasOwnProperty.call(message, "msg"))
                    object.msg = message.msg;
                return object;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof yunhu.v1.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Status
             * @function getTypeUrl
             * @memberof yunhu.v1.Status
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Status.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.Status";
            };

            return Status;
        })();

        v1.Tag = (function() {

            /**
             * Properties of a Tag.
             * @memberof yunhu.v1
             * @interface ITag
             * @property {number|Long|null} [id] Tag id
             * @property {string|null} [text] Tag text
             * @property {string|null} [color] Tag color
             */

            /**
             * Constructs a new Tag.
             * @memberof yunhu.v1
             * @classdesc Represents a Tag.
             * @implements ITag
             * @constructor
             * @param {yunhu.v1.ITag=} [properties] Properties to set
             */
            function Tag(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Tag id.
             * @member {number|Long} id
             * @memberof yunhu.v1.Tag
             * @instance
             */
            Tag.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Tag text.
             * @member {string} text
             * @memberof yunhu.v1.Tag
             * @instance
             */
            Tag.prototype.text = "";

            /**
             * Tag color.
             * @member {string} color
             * @memberof yunhu.v1.Tag
             * @instance
             */
            Tag.prototype.color = "";

            /**
             * Creates a new Tag instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.Tag
             * @static
             * @param {yunhu.v1.ITag=} [properties] Properties to set
             * @returns {yunhu.v1.Tag} Tag instance
             */
            Tag.create = function create(properties) {
                return new Tag(properties);
            };

            /**
             * Encodes the specified Tag message. Does not implicitly {@link yunhu.v1.Tag.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.Tag
             * @static
             * @param {yunhu.v1.ITag} message Tag message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tag.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.color != null && Object.hasOwnProperty.call(message, "color"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.color);
                return writer;
            };

            /**
             * Decodes a Tag message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.Tag
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.Tag} Tag
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tag.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.Tag();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.text = reader.string();
                            break;
                        }
                    case 4: {
                            message.color = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a Tag message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.Tag
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.Tag} Tag
             */
            Tag.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.Tag)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.Tag: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.Tag();
                if (object.id != null)
                    if ($util.Long)
                        message.id = $util.Long.fromValue(object.id, true);
                    else if (typeof object.id === "string")
                        message.id = parseInt(object.id, 10);
                    else if (typeof object.id === "number")
                        message.id = object.id;
                    else if (typeof object.id === "object")
                        message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                if (object.text != null)
                    message.text = String(object.text);
                if (object.color != null)
                    message.color = String(object.color);
                return message;
            };

            /**
             * Creates a plain object from a Tag message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.Tag
             * @static
             * @param {yunhu.v1.Tag} message Tag
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Tag.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.id = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.id = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.text = "";
                    object.color = "";
                }
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.id = typeof message.id === "number" ? BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                    else if (typeof message.id === "number")
                        object.id = options.longs === String ? String(message.id) : message.id;
                    else
                        object.id = options.longs === String ? $util.Long.prototype.toString.call(message.id) : options.longs === Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.color != null && Object.hasOwnProperty.call(message, "color"))
                    object.color = message.color;
                return object;
            };

            /**
             * Converts this Tag to JSON.
             * @function toJSON
             * @memberof yunhu.v1.Tag
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Tag.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Tag
             * @function getTypeUrl
             * @memberof yunhu.v1.Tag
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Tag.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.Tag";
            };

            return Tag;
        })();

        v1.Msg = (function() {

            /**
             * Properties of a Msg.
             * @memberof yunhu.v1
             * @interface IMsg
             * @property {string|null} [msgId] Msg msgId
             * @property {yunhu.v1.Msg.ISender|null} [sender] Msg sender
             * @property {string|null} [direction] Msg direction
             * @property {number|Long|null} [contentType] Msg contentType
             * @property {yunhu.v1.Msg.IContent|null} [content] Msg content
             * @property {number|Long|null} [sendTime] Msg sendTime
             * @property {yunhu.v1.Msg.ICmd|null} [cmd] Msg cmd
             * @property {number|Long|null} [msgDeleteTime] Msg msgDeleteTime
             * @property {string|null} [quoteMsgId] Msg quoteMsgId
             * @property {number|Long|null} [msgSeq] Msg msgSeq
             * @property {number|Long|null} [editTime] Msg editTime
             */

            /**
             * Constructs a new Msg.
             * @memberof yunhu.v1
             * @classdesc Represents a Msg.
             * @implements IMsg
             * @constructor
             * @param {yunhu.v1.IMsg=} [properties] Properties to set
             */
            function Msg(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Msg msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.msgId = "";

            /**
             * Msg sender.
             * @member {yunhu.v1.Msg.ISender|null|undefined} sender
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.sender = null;

            /**
             * Msg direction.
             * @member {string} direction
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.direction = "";

            /**
             * Msg contentType.
             * @member {number|Long} contentType
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.contentType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Msg content.
             * @member {yunhu.v1.Msg.IContent|null|undefined} content
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.content = null;

            /**
             * Msg sendTime.
             * @member {number|Long} sendTime
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.sendTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Msg cmd.
             * @member {yunhu.v1.Msg.ICmd|null|undefined} cmd
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.cmd = null;

            /**
             * Msg msgDeleteTime.
             * @member {number|Long} msgDeleteTime
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.msgDeleteTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Msg quoteMsgId.
             * @member {string} quoteMsgId
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.quoteMsgId = "";

            /**
             * Msg msgSeq.
             * @member {number|Long} msgSeq
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.msgSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Msg editTime.
             * @member {number|Long} editTime
             * @memberof yunhu.v1.Msg
             * @instance
             */
            Msg.prototype.editTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Msg instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.Msg
             * @static
             * @param {yunhu.v1.IMsg=} [properties] Properties to set
             * @returns {yunhu.v1.Msg} Msg instance
             */
            Msg.create = function create(properties) {
                return new Msg(properties);
            };

            /**
             * Encodes the specified Msg message. Does not implicitly {@link yunhu.v1.Msg.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.Msg
             * @static
             * @param {yunhu.v1.IMsg} message Msg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Msg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.msgId);
                if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                    $root.yunhu.v1.Msg.Sender.encode(message.sender, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.direction != null && Object.hasOwnProperty.call(message, "direction"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.direction);
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.contentType);
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    $root.yunhu.v1.Msg.Content.encode(message.content, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.sendTime != null && Object.hasOwnProperty.call(message, "sendTime"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.sendTime);
                if (message.cmd != null && Object.hasOwnProperty.call(message, "cmd"))
                    $root.yunhu.v1.Msg.Cmd.encode(message.cmd, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.msgDeleteTime != null && Object.hasOwnProperty.call(message, "msgDeleteTime"))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.msgDeleteTime);
                if (message.quoteMsgId != null && Object.hasOwnProperty.call(message, "quoteMsgId"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.quoteMsgId);
                if (message.msgSeq != null && Object.hasOwnProperty.call(message, "msgSeq"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.msgSeq);
                if (message.editTime != null && Object.hasOwnProperty.call(message, "editTime"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.editTime);
                return writer;
            };

            /**
             * Decodes a Msg message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.Msg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.Msg} Msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Msg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.Msg();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.msgId = reader.string();
                            break;
                        }
                    case 2: {
                            message.sender = $root.yunhu.v1.Msg.Sender.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.direction = reader.string();
                            break;
                        }
                    case 4: {
                            message.contentType = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.content = $root.yunhu.v1.Msg.Content.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.sendTime = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.cmd = $root.yunhu.v1.Msg.Cmd.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 8: {
                            message.msgDeleteTime = reader.uint64();
                            break;
                        }
                    case 9: {
                            message.quoteMsgId = reader.string();
                            break;
                        }
                    case 10: {
                            message.msgSeq = reader.uint64();
                            break;
                        }
                    case 12: {
                            message.editTime = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a Msg message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.Msg
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.Msg} Msg
             */
            Msg.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.Msg)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.Msg: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.Msg();
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                if (object.sender != null) {
                    if (!$util.isObject(object.sender))
                        throw TypeError(".yunhu.v1.Msg.sender: object expected");
                    message.sender = $root.yunhu.v1.Msg.Sender.fromObject(object.sender, long + 1);
                }
                if (object.direction != null)
                    message.direction = String(object.direction);
                if (object.contentType != null)
                    if ($util.Long)
                        message.contentType = $util.Long.fromValue(object.contentType, true);
                    else if (typeof object.contentType === "string")
                        message.contentType = parseInt(object.contentType, 10);
                    else if (typeof object.contentType === "number")
                        message.contentType = object.contentType;
                    else if (typeof object.contentType === "object")
                        message.contentType = new $util.LongBits(object.contentType.low >>> 0, object.contentType.high >>> 0).toNumber(true);
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw TypeError(".yunhu.v1.Msg.content: object expected");
                    message.content = $root.yunhu.v1.Msg.Content.fromObject(object.content, long + 1);
                }
                if (object.sendTime != null)
                    if ($util.Long)
                        message.sendTime = $util.Long.fromValue(object.sendTime, true);
                    else if (typeof object.sendTime === "string")
                        message.sendTime = parseInt(object.sendTime, 10);
                    else if (typeof object.sendTime === "number")
                        message.sendTime = object.sendTime;
                    else if (typeof object.sendTime === "object")
                        message.sendTime = new $util.LongBits(object.sendTime.low >>> 0, object.sendTime.high >>> 0).toNumber(true);
                if (object.cmd != null) {
                    if (!$util.isObject(object.cmd))
                        throw TypeError(".yunhu.v1.Msg.cmd: object expected");
                    message.cmd = $root.yunhu.v1.Msg.Cmd.fromObject(object.cmd, long + 1);
                }
                if (object.msgDeleteTime != null)
                    if ($util.Long)
                        message.msgDeleteTime = $util.Long.fromValue(object.msgDeleteTime, true);
                    else if (typeof object.msgDeleteTime === "string")
                        message.msgDeleteTime = parseInt(object.msgDeleteTime, 10);
                    else if (typeof object.msgDeleteTime === "number")
                        message.msgDeleteTime = object.msgDeleteTime;
                    else if (typeof object.msgDeleteTime === "object")
                        message.msgDeleteTime = new $util.LongBits(object.msgDeleteTime.low >>> 0, object.msgDeleteTime.high >>> 0).toNumber(true);
                if (object.quoteMsgId != null)
                    message.quoteMsgId = String(object.quoteMsgId);
                if (object.msgSeq != null)
                    if ($util.Long)
                        message.msgSeq = $util.Long.fromValue(object.msgSeq, true);
                    else if (typeof object.msgSeq === "string")
                        message.msgSeq = parseInt(object.msgSeq, 10);
                    else if (typeof object.msgSeq === "number")
                        message.msgSeq = object.msgSeq;
                    else if (typeof object.msgSeq === "object")
                        message.msgSeq = new $util.LongBits(object.msgSeq.low >>> 0, object.msgSeq.high >>> 0).toNumber(true);
                if (object.editTime != null)
                    if ($util.Long)
                        message.editTime = $util.Long.fromValue(object.editTime, true);
                    else if (typeof object.editTime === "string")
                        message.editTime = parseInt(object.editTime, 10);
                    else if (typeof object.editTime === "number")
                        message.editTime = object.editTime;
                    else if (typeof object.editTime === "object")
                        message.editTime = new $util.LongBits(object.editTime.low >>> 0, object.editTime.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Msg message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.Msg
             * @static
             * @param {yunhu.v1.Msg} message Msg
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Msg.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.msgId = "";
                    object.sender = null;
                    object.direction = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.contentType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.contentType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.content = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sendTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.sendTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.cmd = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgDeleteTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgDeleteTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.quoteMsgId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.editTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.editTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                    object.sender = $root.yunhu.v1.Msg.Sender.toObject(message.sender, options, q + 1);
                if (message.direction != null && Object.hasOwnProperty.call(message, "direction"))
                    object.direction = message.direction;
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.contentType = typeof message.contentType === "number" ? BigInt(message.contentType) : $util.Long.fromBits(message.contentType.low >>> 0, message.contentType.high >>> 0, true).toBigInt();
                    else if (typeof message.contentType === "number")
                        object.contentType = options.longs === String ? String(message.contentType) : message.contentType;
                    else
                        object.contentType = options.longs === String ? $util.Long.prototype.toString.call(message.contentType) : options.longs === Number ? new $util.LongBits(message.contentType.low >>> 0, message.contentType.high >>> 0).toNumber(true) : message.contentType;
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.yunhu.v1.Msg.Content.toObject(message.content, options, q + 1);
                if (message.sendTime != null && Object.hasOwnProperty.call(message, "sendTime"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.sendTime = typeof message.sendTime === "number" ? BigInt(message.sendTime) : $util.Long.fromBits(message.sendTime.low >>> 0, message.sendTime.high >>> 0, true).toBigInt();
                    else if (typeof message.sendTime === "number")
                        object.sendTime = options.longs === String ? String(message.sendTime) : message.sendTime;
                    else
                        object.sendTime = options.longs === String ? $util.Long.prototype.toString.call(message.sendTime) : options.longs === Number ? new $util.LongBits(message.sendTime.low >>> 0, message.sendTime.high >>> 0).toNumber(true) : message.sendTime;
                if (message.cmd != null && Object.hasOwnProperty.call(message, "cmd"))
                    object.cmd = $root.yunhu.v1.Msg.Cmd.toObject(message.cmd, options, q + 1);
                if (message.msgDeleteTime != null && Object.hasOwnProperty.call(message, "msgDeleteTime"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgDeleteTime = typeof message.msgDeleteTime === "number" ? BigInt(message.msgDeleteTime) : $util.Long.fromBits(message.msgDeleteTime.low >>> 0, message.msgDeleteTime.high >>> 0, true).toBigInt();
                    else if (typeof message.msgDeleteTime === "number")
                        object.msgDeleteTime = options.longs === String ? String(message.msgDeleteTime) : message.msgDeleteTime;
                    else
                        object.msgDeleteTime = options.longs === String ? $util.Long.prototype.toString.call(message.msgDeleteTime) : options.longs === Number ? new $util.LongBits(message.msgDeleteTime.low >>> 0, message.msgDeleteTime.high >>> 0).toNumber(true) : message.msgDeleteTime;
                if (message.quoteMsgId != null && Object.hasOwnProperty.call(message, "quoteMsgId"))
                    object.quoteMsgId = message.quoteMsgId;
                if (message.msgSeq != null && Object.hasOwnProperty.call(message, "msgSeq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgSeq = typeof message.msgSeq === "number" ? BigInt(message.msgSeq) : $util.Long.fromBits(message.msgSeq.low >>> 0, message.msgSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.msgSeq === "number")
                        object.msgSeq = options.longs === String ? String(message.msgSeq) : message.msgSeq;
                    else
                        object.msgSeq = options.longs === String ? $util.Long.prototype.toString.call(message.msgSeq) : options.longs === Number ? new $util.LongBits(message.msgSeq.low >>> 0, message.msgSeq.high >>> 0).toNumber(true) : message.msgSeq;
                if (message.editTime != null && Object.hasOwnProperty.call(message, "editTime"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.editTime = typeof message.editTime === "number" ? BigInt(message.editTime) : $util.Long.fromBits(message.editTime.low >>> 0, message.editTime.high >>> 0, true).toBigInt();
                    else if (typeof message.editTime === "number")
                        object.editTime = options.longs === String ? String(message.editTime) : message.editTime;
                    else
                        object.editTime = options.longs === String ? $util.Long.prototype.toString.call(message.editTime) : options.longs === Number ? new $util.LongBits(message.editTime.low >>> 0, message.editTime.high >>> 0).toNumber(true) : message.editTime;
                return object;
            };

            /**
             * Converts this Msg to JSON.
             * @function toJSON
             * @memberof yunhu.v1.Msg
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Msg.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Msg
             * @function getTypeUrl
             * @memberof yunhu.v1.Msg
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Msg.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.Msg";
            };

            Msg.Cmd = (function() {

                /**
                 * Properties of a Cmd.
                 * @memberof yunhu.v1.Msg
                 * @interface ICmd
                 * @property {number|Long|null} [cmdId] Cmd cmdId
                 * @property {string|null} [name] Cmd name
                 * @property {number|Long|null} [type] Cmd type
                 */

                /**
                 * Constructs a new Cmd.
                 * @memberof yunhu.v1.Msg
                 * @classdesc Represents a Cmd.
                 * @implements ICmd
                 * @constructor
                 * @param {yunhu.v1.Msg.ICmd=} [properties] Properties to set
                 */
                function Cmd(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Cmd cmdId.
                 * @member {number|Long} cmdId
                 * @memberof yunhu.v1.Msg.Cmd
                 * @instance
                 */
                Cmd.prototype.cmdId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Cmd name.
                 * @member {string} name
                 * @memberof yunhu.v1.Msg.Cmd
                 * @instance
                 */
                Cmd.prototype.name = "";

                /**
                 * Cmd type.
                 * @member {number|Long} type
                 * @memberof yunhu.v1.Msg.Cmd
                 * @instance
                 */
                Cmd.prototype.type = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Cmd instance using the specified properties.
                 * @function create
                 * @memberof yunhu.v1.Msg.Cmd
                 * @static
                 * @param {yunhu.v1.Msg.ICmd=} [properties] Properties to set
                 * @returns {yunhu.v1.Msg.Cmd} Cmd instance
                 */
                Cmd.create = function create(properties) {
                    return new Cmd(properties);
                };

                /**
                 * Encodes the specified Cmd message. Does not implicitly {@link yunhu.v1.Msg.Cmd.verify|verify} messages.
                 * @function encode
                 * @memberof yunhu.v1.Msg.Cmd
                 * @static
                 * @param {yunhu.v1.Msg.ICmd} message Cmd message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cmd.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.cmdId != null && Object.hasOwnProperty.call(message, "cmdId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.cmdId);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.type);
                    return writer;
                };

                /**
                 * Decodes a Cmd message from the specified reader or buffer.
                 * @function decode
                 * @memberof yunhu.v1.Msg.Cmd
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {yunhu.v1.Msg.Cmd} Cmd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cmd.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.yunhu.v1.Msg.Cmd();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.cmdId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 4: {
                                message.type = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Cmd message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yunhu.v1.Msg.Cmd
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {yunhu.v1.Msg.Cmd} Cmd
                 */
                Cmd.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.yunhu.v1.Msg.Cmd)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".yunhu.v1.Msg.Cmd: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.yunhu.v1.Msg.Cmd();
                    if (object.cmdId != null)
                        if ($util.Long)
                            message.cmdId = $util.Long.fromValue(object.cmdId, true);
                        else if (typeof object.cmdId === "string")
                            message.cmdId = parseInt(object.cmdId, 10);
                        else if (typeof object.cmdId === "number")
                            message.cmdId = object.cmdId;
                        else if (typeof object.cmdId === "object")
                            message.cmdId = new $util.LongBits(object.cmdId.low >>> 0, object.cmdId.high >>> 0).toNumber(true);
                    if (object.name != null)
                        message.name = String(object.name);
                    if (object.type != null)
                        if ($util.Long)
                            message.type = $util.Long.fromValue(object.type, true);
                        else if (typeof object.type === "string")
                            message.type = parseInt(object.type, 10);
                        else if (typeof object.type === "number")
                            message.type = object.type;
                        else if (typeof object.type === "object")
                            message.type = new $util.LongBits(object.type.low >>> 0, object.type.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Cmd message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yunhu.v1.Msg.Cmd
                 * @static
                 * @param {yunhu.v1.Msg.Cmd} message Cmd
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Cmd.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.cmdId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.cmdId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.name = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.type = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.type = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    }
                    if (message.cmdId != null && Object.hasOwnProperty.call(message, "cmdId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.cmdId = typeof message.cmdId === "number" ? BigInt(message.cmdId) : $util.Long.fromBits(message.cmdId.low >>> 0, message.cmdId.high >>> 0, true).toBigInt();
                        else if (typeof message.cmdId === "number")
                            object.cmdId = options.longs === String ? String(message.cmdId) : message.cmdId;
                        else
                            object.cmdId = options.longs === String ? $util.Long.prototype.toString.call(message.cmdId) : options.longs === Number ? new $util.LongBits(message.cmdId.low >>> 0, message.cmdId.high >>> 0).toNumber(true) : message.cmdId;
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.type = typeof message.type === "number" ? BigInt(message.type) : $util.Long.fromBits(message.type.low >>> 0, message.type.high >>> 0, true).toBigInt();
                        else if (typeof message.type === "number")
                            object.type = options.longs === String ? String(message.type) : message.type;
                        else
                            object.type = options.longs === String ? $util.Long.prototype.toString.call(message.type) : options.longs === Number ? new $util.LongBits(message.type.low >>> 0, message.type.high >>> 0).toNumber(true) : message.type;
                    return object;
                };

                /**
                 * Converts this Cmd to JSON.
                 * @function toJSON
                 * @memberof yunhu.v1.Msg.Cmd
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Cmd.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Cmd
                 * @function getTypeUrl
                 * @memberof yunhu.v1.Msg.Cmd
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Cmd.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/yunhu.v1.Msg.Cmd";
                };

                return Cmd;
            })();

            Msg.Content = (function() {

                /**
                 * Properties of a Content.
                 * @memberof yunhu.v1.Msg
                 * @interface IContent
                 * @property {string|null} [text] Content text
                 * @property {string|null} [buttons] Content buttons
                 * @property {string|null} [imageUrl] Content imageUrl
                 * @property {string|null} [fileName] Content fileName
                 * @property {string|null} [fileUrl] Content fileUrl
                 * @property {Array.<string>|null} [at] Content at
                 * @property {string|null} [form] Content form
                 * @property {string|null} [quoteMsgText] Content quoteMsgText
                 * @property {string|null} [stickerUrl] Content stickerUrl
                 * @property {string|null} [postId] Content postId
                 * @property {string|null} [postTitle] Content postTitle
                 * @property {string|null} [postContent] Content postContent
                 * @property {string|null} [postContentType] Content postContentType
                 * @property {string|null} [expressionId] Content expressionId
                 * @property {string|null} [quoteImageUrl] Content quoteImageUrl
                 * @property {string|null} [quoteImageName] Content quoteImageName
                 * @property {number|Long|null} [fileSize] Content fileSize
                 * @property {string|null} [videoUrl] Content videoUrl
                 * @property {string|null} [audioUrl] Content audioUrl
                 * @property {number|Long|null} [audioTime] Content audioTime
                 * @property {string|null} [quoteVideoUrl] Content quoteVideoUrl
                 * @property {number|Long|null} [quoteVideoTime] Content quoteVideoTime
                 * @property {number|Long|null} [stickerItemId] Content stickerItemId
                 * @property {number|Long|null} [stickerPackId] Content stickerPackId
                 * @property {string|null} [callText] Content callText
                 * @property {string|null} [callStatusText] Content callStatusText
                 * @property {number|Long|null} [width] Content width
                 * @property {number|Long|null} [height] Content height
                 * @property {string|null} [tip] Content tip
                 */

                /**
                 * Constructs a new Content.
                 * @memberof yunhu.v1.Msg
                 * @classdesc Represents a Content.
                 * @implements IContent
                 * @constructor
                 * @param {yunhu.v1.Msg.IContent=} [properties] Properties to set
                 */
                function Content(properties) {
                    this.at = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Content text.
                 * @member {string} text
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.text = "";

                /**
                 * Content buttons.
                 * @member {string} buttons
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.buttons = "";

                /**
                 * Content imageUrl.
                 * @member {string} imageUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.imageUrl = "";

                /**
                 * Content fileName.
                 * @member {string} fileName
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.fileName = "";

                /**
                 * Content fileUrl.
                 * @member {string} fileUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.fileUrl = "";

                /**
                 * Content at.
                 * @member {Array.<string>} at
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.at = $util.emptyArray;

                /**
                 * Content form.
                 * @member {string} form
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.form = "";

                /**
                 * Content quoteMsgText.
                 * @member {string} quoteMsgText
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.quoteMsgText = "";

                /**
                 * Content stickerUrl.
                 * @member {string} stickerUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.stickerUrl = "";

                /**
                 * Content postId.
                 * @member {string} postId
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.postId = "";

                /**
                 * Content postTitle.
                 * @member {string} postTitle
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.postTitle = "";

                /**
                 * Content postContent.
                 * @member {string} postContent
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.postContent = "";

                /**
                 * Content postContentType.
                 * @member {string} postContentType
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.postContentType = "";

                /**
                 * Content expressionId.
                 * @member {string} expressionId
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.expressionId = "";

                /**
                 * Content quoteImageUrl.
                 * @member {string} quoteImageUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.quoteImageUrl = "";

                /**
                 * Content quoteImageName.
                 * @member {string} quoteImageName
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.quoteImageName = "";

                /**
                 * Content fileSize.
                 * @member {number|Long} fileSize
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.fileSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content videoUrl.
                 * @member {string} videoUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.videoUrl = "";

                /**
                 * Content audioUrl.
                 * @member {string} audioUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.audioUrl = "";

                /**
                 * Content audioTime.
                 * @member {number|Long} audioTime
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.audioTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content quoteVideoUrl.
                 * @member {string} quoteVideoUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.quoteVideoUrl = "";

                /**
                 * Content quoteVideoTime.
                 * @member {number|Long} quoteVideoTime
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.quoteVideoTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content stickerItemId.
                 * @member {number|Long} stickerItemId
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.stickerItemId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content stickerPackId.
                 * @member {number|Long} stickerPackId
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.stickerPackId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content callText.
                 * @member {string} callText
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.callText = "";

                /**
                 * Content callStatusText.
                 * @member {string} callStatusText
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.callStatusText = "";

                /**
                 * Content width.
                 * @member {number|Long} width
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.width = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content height.
                 * @member {number|Long} height
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Content tip.
                 * @member {string} tip
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 */
                Content.prototype.tip = "";

                /**
                 * Creates a new Content instance using the specified properties.
                 * @function create
                 * @memberof yunhu.v1.Msg.Content
                 * @static
                 * @param {yunhu.v1.Msg.IContent=} [properties] Properties to set
                 * @returns {yunhu.v1.Msg.Content} Content instance
                 */
                Content.create = function create(properties) {
                    return new Content(properties);
                };

                /**
                 * Encodes the specified Content message. Does not implicitly {@link yunhu.v1.Msg.Content.verify|verify} messages.
                 * @function encode
                 * @memberof yunhu.v1.Msg.Content
                 * @static
                 * @param {yunhu.v1.Msg.IContent} message Content message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Content.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.buttons != null && Object.hasOwnProperty.call(message, "buttons"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.buttons);
                    if (message.imageUrl != null && Object.hasOwnProperty.call(message, "imageUrl"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.imageUrl);
                    if (message.fileName != null && Object.hasOwnProperty.call(message, "fileName"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fileName);
                    if (message.fileUrl != null && Object.hasOwnProperty.call(message, "fileUrl"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.fileUrl);
                    if (message.at != null && message.at.length)
                        for (let i = 0; i < message.at.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.at[i]);
                    if (message.form != null && Object.hasOwnProperty.call(message, "form"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.form);
                    if (message.quoteMsgText != null && Object.hasOwnProperty.call(message, "quoteMsgText"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.quoteMsgText);
                    if (message.stickerUrl != null && Object.hasOwnProperty.call(message, "stickerUrl"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.stickerUrl);
                    if (message.postId != null && Object.hasOwnProperty.call(message, "postId"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.postId);
                    if (message.postTitle != null && Object.hasOwnProperty.call(message, "postTitle"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.postTitle);
                    if (message.postContent != null && Object.hasOwnProperty.call(message, "postContent"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.postContent);
                    if (message.postContentType != null && Object.hasOwnProperty.call(message, "postContentType"))
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.postContentType);
                    if (message.expressionId != null && Object.hasOwnProperty.call(message, "expressionId"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.expressionId);
                    if (message.quoteImageUrl != null && Object.hasOwnProperty.call(message, "quoteImageUrl"))
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.quoteImageUrl);
                    if (message.quoteImageName != null && Object.hasOwnProperty.call(message, "quoteImageName"))
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.quoteImageName);
                    if (message.fileSize != null && Object.hasOwnProperty.call(message, "fileSize"))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.fileSize);
                    if (message.videoUrl != null && Object.hasOwnProperty.call(message, "videoUrl"))
                        writer.uint32(/* id 19, wireType 2 =*/154).string(message.videoUrl);
                    if (message.audioUrl != null && Object.hasOwnProperty.call(message, "audioUrl"))
                        writer.uint32(/* id 21, wireType 2 =*/170).string(message.audioUrl);
                    if (message.audioTime != null && Object.hasOwnProperty.call(message, "audioTime"))
                        writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.audioTime);
                    if (message.quoteVideoUrl != null && Object.hasOwnProperty.call(message, "quoteVideoUrl"))
                        writer.uint32(/* id 23, wireType 2 =*/186).string(message.quoteVideoUrl);
                    if (message.quoteVideoTime != null && Object.hasOwnProperty.call(message, "quoteVideoTime"))
                        writer.uint32(/* id 24, wireType 0 =*/192).uint64(message.quoteVideoTime);
                    if (message.stickerItemId != null && Object.hasOwnProperty.call(message, "stickerItemId"))
                        writer.uint32(/* id 25, wireType 0 =*/200).uint64(message.stickerItemId);
                    if (message.stickerPackId != null && Object.hasOwnProperty.call(message, "stickerPackId"))
                        writer.uint32(/* id 26, wireType 0 =*/208).uint64(message.stickerPackId);
                    if (message.callText != null && Object.hasOwnProperty.call(message, "callText"))
                        writer.uint32(/* id 29, wireType 2 =*/234).string(message.callText);
                    if (message.callStatusText != null && Object.hasOwnProperty.call(message, "callStatusText"))
                        writer.uint32(/* id 32, wireType 2 =*/258).string(message.callStatusText);
                    if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 33, wireType 0 =*/264).uint64(message.width);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 34, wireType 0 =*/272).uint64(message.height);
                    if (message.tip != null && Object.hasOwnProperty.call(message, "tip"))
                        writer.uint32(/* id 37, wireType 2 =*/298).string(message.tip);
                    return writer;
                };

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @function decode
                 * @memberof yunhu.v1.Msg.Content
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {yunhu.v1.Msg.Content} Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Content.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.yunhu.v1.Msg.Content();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.text = reader.string();
                                break;
                            }
                        case 2: {
                                message.buttons = reader.string();
                                break;
                            }
                        case 3: {
                                message.imageUrl = reader.string();
                                break;
                            }
                        case 4: {
                                message.fileName = reader.string();
                                break;
                            }
                        case 5: {
                                message.fileUrl = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.at && message.at.length))
                                    message.at = [];
                                message.at.push(reader.string());
                                break;
                            }
                        case 7: {
                                message.form = reader.string();
                                break;
                            }
                        case 8: {
                                message.quoteMsgText = reader.string();
                                break;
                            }
                        case 9: {
                                message.stickerUrl = reader.string();
                                break;
                            }
                        case 10: {
                                message.postId = reader.string();
                                break;
                            }
                        case 11: {
                                message.postTitle = reader.string();
                                break;
                            }
                        case 12: {
                                message.postContent = reader.string();
                                break;
                            }
                        case 13: {
                                message.postContentType = reader.string();
                                break;
                            }
                        case 15: {
                                message.expressionId = reader.string();
                                break;
                            }
                        case 16: {
                                message.quoteImageUrl = reader.string();
                                break;
                            }
                        case 17: {
                                message.quoteImageName = reader.string();
                                break;
                            }
                        case 18: {
                                message.fileSize = reader.uint64();
                                break;
                            }
                        case 19: {
                                message.videoUrl = reader.string();
                                break;
                            }
                        case 21: {
                                message.audioUrl = reader.string();
                                break;
                            }
                        case 22: {
                                message.audioTime = reader.uint64();
                                break;
                            }
                        case 23: {
                                message.quoteVideoUrl = reader.string();
                                break;
                            }
                        case 24: {
                                message.quoteVideoTime = reader.uint64();
                                break;
                            }
                        case 25: {
                                message.stickerItemId = reader.uint64();
                                break;
                            }
                        case 26: {
                                message.stickerPackId = reader.uint64();
                                break;
                            }
                        case 29: {
                                message.callText = reader.string();
                                break;
                            }
                        case 32: {
                                message.callStatusText = reader.string();
                                break;
                            }
                        case 33: {
                                message.width = reader.uint64();
                                break;
                            }
                        case 34: {
                                message.height = reader.uint64();
                                break;
                            }
                        case 37: {
                                message.tip = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Content message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yunhu.v1.Msg.Content
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {yunhu.v1.Msg.Content} Content
                 */
                Content.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.yunhu.v1.Msg.Content)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".yunhu.v1.Msg.Content: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.yunhu.v1.Msg.Content();
                    if (object.text != null)
                        message.text = String(object.text);
                    if (object.buttons != null)
                        message.buttons = String(object.buttons);
                    if (object.imageUrl != null)
                        message.imageUrl = String(object.imageUrl);
                    if (object.fileName != null)
                        message.fileName = String(object.fileName);
                    if (object.fileUrl != null)
                        message.fileUrl = String(object.fileUrl);
                    if (object.at) {
                        if (!Array.isArray(object.at))
                            throw TypeError(".yunhu.v1.Msg.Content.at: array expected");
                        message.at = [];
                        for (let i = 0; i < object.at.length; ++i)
                            message.at[i] = String(object.at[i]);
                    }
                    if (object.form != null)
                        message.form = String(object.form);
                    if (object.quoteMsgText != null)
                        message.quoteMsgText = String(object.quoteMsgText);
                    if (object.stickerUrl != null)
                        message.stickerUrl = String(object.stickerUrl);
                    if (object.postId != null)
                        message.postId = String(object.postId);
                    if (object.postTitle != null)
                        message.postTitle = String(object.postTitle);
                    if (object.postContent != null)
                        message.postContent = String(object.postContent);
                    if (object.postContentType != null)
                        message.postContentType = String(object.postContentType);
                    if (object.expressionId != null)
                        message.expressionId = String(object.expressionId);
                    if (object.quoteImageUrl != null)
                        message.quoteImageUrl = String(object.quoteImageUrl);
                    if (object.quoteImageName != null)
                        message.quoteImageName = String(object.quoteImageName);
                    if (object.fileSize != null)
                        if ($util.Long)
                            message.fileSize = $util.Long.fromValue(object.fileSize, true);
                        else if (typeof object.fileSize === "string")
                            message.fileSize = parseInt(object.fileSize, 10);
                        else if (typeof object.fileSize === "number")
                            message.fileSize = object.fileSize;
                        else if (typeof object.fileSize === "object")
                            message.fileSize = new $util.LongBits(object.fileSize.low >>> 0, object.fileSize.high >>> 0).toNumber(true);
                    if (object.videoUrl != null)
                        message.videoUrl = String(object.videoUrl);
                    if (object.audioUrl != null)
                        message.audioUrl = String(object.audioUrl);
                    if (object.audioTime != null)
                        if ($util.Long)
                            message.audioTime = $util.Long.fromValue(object.audioTime, true);
                        else if (typeof object.audioTime === "string")
                            message.audioTime = parseInt(object.audioTime, 10);
                        else if (typeof object.audioTime === "number")
                            message.audioTime = object.audioTime;
                        else if (typeof object.audioTime === "object")
                            message.audioTime = new $util.LongBits(object.audioTime.low >>> 0, object.audioTime.high >>> 0).toNumber(true);
                    if (object.quoteVideoUrl != null)
                        message.quoteVideoUrl = String(object.quoteVideoUrl);
                    if (object.quoteVideoTime != null)
                        if ($util.Long)
                            message.quoteVideoTime = $util.Long.fromValue(object.quoteVideoTime, true);
                        else if (typeof object.quoteVideoTime === "string")
                            message.quoteVideoTime = parseInt(object.quoteVideoTime, 10);
                        else if (typeof object.quoteVideoTime === "number")
                            message.quoteVideoTime = object.quoteVideoTime;
                        else if (typeof object.quoteVideoTime === "object")
                            message.quoteVideoTime = new $util.LongBits(object.quoteVideoTime.low >>> 0, object.quoteVideoTime.high >>> 0).toNumber(true);
                    if (object.stickerItemId != null)
                        if ($util.Long)
                            message.stickerItemId = $util.Long.fromValue(object.stickerItemId, true);
                        else if (typeof object.stickerItemId === "string")
                            message.stickerItemId = parseInt(object.stickerItemId, 10);
                        else if (typeof object.stickerItemId === "number")
                            message.stickerItemId = object.stickerItemId;
                        else if (typeof object.stickerItemId === "object")
                            message.stickerItemId = new $util.LongBits(object.stickerItemId.low >>> 0, object.stickerItemId.high >>> 0).toNumber(true);
                    if (object.stickerPackId != null)
                        if ($util.Long)
                            message.stickerPackId = $util.Long.fromValue(object.stickerPackId, true);
                        else if (typeof object.stickerPackId === "string")
                            message.stickerPackId = parseInt(object.stickerPackId, 10);
                        else if (typeof object.stickerPackId === "number")
                            message.stickerPackId = object.stickerPackId;
                        else if (typeof object.stickerPackId === "object")
                            message.stickerPackId = new $util.LongBits(object.stickerPackId.low >>> 0, object.stickerPackId.high >>> 0).toNumber(true);
                    if (object.callText != null)
                        message.callText = String(object.callText);
                    if (object.callStatusText != null)
                        message.callStatusText = String(object.callStatusText);
                    if (object.width != null)
                        if ($util.Long)
                            message.width = $util.Long.fromValue(object.width, true);
                        else if (typeof object.width === "string")
                            message.width = parseInt(object.width, 10);
                        else if (typeof object.width === "number")
                            message.width = object.width;
                        else if (typeof object.width === "object")
                            message.width = new $util.LongBits(object.width.low >>> 0, object.width.high >>> 0).toNumber(true);
                    if (object.height != null)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                    if (object.tip != null)
                        message.tip = String(object.tip);
                    return message;
                };

                /**
                 * Creates a plain object from a Content message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yunhu.v1.Msg.Content
                 * @static
                 * @param {yunhu.v1.Msg.Content} message Content
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Content.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.at = [];
                    if (options.defaults) {
                        object.text = "";
                        object.buttons = "";
                        object.imageUrl = "";
                        object.fileName = "";
                        object.fileUrl = "";
                        object.form = "";
                        object.quoteMsgText = "";
                        object.stickerUrl = "";
                        object.postId = "";
                        object.postTitle = "";
                        object.postContent = "";
                        object.postContentType = "";
                        object.expressionId = "";
                        object.quoteImageUrl = "";
                        object.quoteImageName = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fileSize = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fileSize = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.videoUrl = "";
                        object.audioUrl = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.audioTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.audioTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.quoteVideoUrl = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.quoteVideoTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.quoteVideoTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.stickerItemId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.stickerItemId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.stickerPackId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.stickerPackId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.callText = "";
                        object.callStatusText = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.width = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.width = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.height = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.tip = "";
                    }
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.buttons != null && Object.hasOwnProperty.call(message, "buttons"))
                        object.buttons = message.buttons;
                    if (message.imageUrl != null && Object.hasOwnProperty.call(message, "imageUrl"))
                        object.imageUrl = message.imageUrl;
                    if (message.fileName != null && Object.hasOwnProperty.call(message, "fileName"))
                        object.fileName = message.fileName;
                    if (message.fileUrl != null && Object.hasOwnProperty.call(message, "fileUrl"))
                        object.fileUrl = message.fileUrl;
                    if (message.at && message.at.length) {
                        object.at = [];
                        for (let j = 0; j < message.at.length; ++j)
                            object.at[j] = message.at[j];
                    }
                    if (message.form != null && Object.hasOwnProperty.call(message, "form"))
                        object.form = message.form;
                    if (message.quoteMsgText != null && Object.hasOwnProperty.call(message, "quoteMsgText"))
                        object.quoteMsgText = message.quoteMsgText;
                    if (message.stickerUrl != null && Object.hasOwnProperty.call(message, "stickerUrl"))
                        object.stickerUrl = message.stickerUrl;
                    if (message.postId != null && Object.hasOwnProperty.call(message, "postId"))
                        object.postId = message.postId;
                    if (message.postTitle != null && Object.hasOwnProperty.call(message, "postTitle"))
                        object.postTitle = message.postTitle;
                    if (message.postContent != null && Object.hasOwnProperty.call(message, "postContent"))
                        object.postContent = message.postContent;
                    if (message.postContentType != null && Object.hasOwnProperty.call(message, "postContentType"))
                        object.postContentType = message.postContentType;
                    if (message.expressionId != null && Object.hasOwnProperty.call(message, "expressionId"))
                        object.expressionId = message.expressionId;
                    if (message.quoteImageUrl != null && Object.hasOwnProperty.call(message, "quoteImageUrl"))
                        object.quoteImageUrl = message.quoteImageUrl;
                    if (message.quoteImageName != null && Object.hasOwnProperty.call(message, "quoteImageName"))
                        object.quoteImageName = message.quoteImageName;
                    if (message.fileSize != null && Object.hasOwnProperty.call(message, "fileSize"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fileSize = typeof message.fileSize === "number" ? BigInt(message.fileSize) : $util.Long.fromBits(message.fileSize.low >>> 0, message.fileSize.high >>> 0, true).toBigInt();
                        else if (typeof message.fileSize === "number")
                            object.fileSize = options.longs === String ? String(message.fileSize) : message.fileSize;
                        else
                            object.fileSize = options.longs === String ? $util.Long.prototype.toString.call(message.fileSize) : options.longs === Number ? new $util.LongBits(message.fileSize.low >>> 0, message.fileSize.high >>> 0).toNumber(true) : message.fileSize;
                    if (message.videoUrl != null && Object.hasOwnProperty.call(message, "videoUrl"))
                        object.videoUrl = message.videoUrl;
                    if (message.audioUrl != null && Object.hasOwnProperty.call(message, "audioUrl"))
                        object.audioUrl = message.audioUrl;
                    if (message.audioTime != null && Object.hasOwnProperty.call(message, "audioTime"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.audioTime = typeof message.audioTime === "number" ? BigInt(message.audioTime) : $util.Long.fromBits(message.audioTime.low >>> 0, message.audioTime.high >>> 0, true).toBigInt();
                        else if (typeof message.audioTime === "number")
                            object.audioTime = options.longs === String ? String(message.audioTime) : message.audioTime;
                        else
                            object.audioTime = options.longs === String ? $util.Long.prototype.toString.call(message.audioTime) : options.longs === Number ? new $util.LongBits(message.audioTime.low >>> 0, message.audioTime.high >>> 0).toNumber(true) : message.audioTime;
                    if (message.quoteVideoUrl != null && Object.hasOwnProperty.call(message, "quoteVideoUrl"))
                        object.quoteVideoUrl = message.quoteVideoUrl;
                    if (message.quoteVideoTime != null && Object.hasOwnProperty.call(message, "quoteVideoTime"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.quoteVideoTime = typeof message.quoteVideoTime === "number" ? BigInt(message.quoteVideoTime) : $util.Long.fromBits(message.quoteVideoTime.low >>> 0, message.quoteVideoTime.high >>> 0, true).toBigInt();
                        else if (typeof message.quoteVideoTime === "number")
                            object.quoteVideoTime = options.longs === String ? String(message.quoteVideoTime) : message.quoteVideoTime;
                        else
                            object.quoteVideoTime = options.longs === String ? $util.Long.prototype.toString.call(message.quoteVideoTime) : options.longs === Number ? new $util.LongBits(message.quoteVideoTime.low >>> 0, message.quoteVideoTime.high >>> 0).toNumber(true) : message.quoteVideoTime;
                    if (message.stickerItemId != null && Object.hasOwnProperty.call(message, "stickerItemId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.stickerItemId = typeof message.stickerItemId === "number" ? BigInt(message.stickerItemId) : $util.Long.fromBits(message.stickerItemId.low >>> 0, message.stickerItemId.high >>> 0, true).toBigInt();
                        else if (typeof message.stickerItemId === "number")
                            object.stickerItemId = options.longs === String ? String(message.stickerItemId) : message.stickerItemId;
                        else
                            object.stickerItemId = options.longs === String ? $util.Long.prototype.toString.call(message.stickerItemId) : options.longs === Number ? new $util.LongBits(message.stickerItemId.low >>> 0, message.stickerItemId.high >>> 0).toNumber(true) : message.stickerItemId;
                    if (message.stickerPackId != null && Object.hasOwnProperty.call(message, "stickerPackId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.stickerPackId = typeof message.stickerPackId === "number" ? BigInt(message.stickerPackId) : $util.Long.fromBits(message.stickerPackId.low >>> 0, message.stickerPackId.high >>> 0, true).toBigInt();
                        else if (typeof message.stickerPackId === "number")
                            object.stickerPackId = options.longs === String ? String(message.stickerPackId) : message.stickerPackId;
                        else
                            object.stickerPackId = options.longs === String ? $util.Long.prototype.toString.call(message.stickerPackId) : options.longs === Number ? new $util.LongBits(message.stickerPackId.low >>> 0, message.stickerPackId.high >>> 0).toNumber(true) : message.stickerPackId;
                    if (message.callText != null && Object.hasOwnProperty.call(message, "callText"))
                        object.callText = message.callText;
                    if (message.callStatusText != null && Object.hasOwnProperty.call(message, "callStatusText"))
                        object.callStatusText = message.callStatusText;
                    if (message.width != null && Object.hasOwnProperty.call(message, "width"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.width = typeof message.width === "number" ? BigInt(message.width) : $util.Long.fromBits(message.width.low >>> 0, message.width.high >>> 0, true).toBigInt();
                        else if (typeof message.width === "number")
                            object.width = options.longs === String ? String(message.width) : message.width;
                        else
                            object.width = options.longs === String ? $util.Long.prototype.toString.call(message.width) : options.longs === Number ? new $util.LongBits(message.width.low >>> 0, message.width.high >>> 0).toNumber(true) : message.width;
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.height = typeof message.height === "number" ? BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === String ? String(message.height) : message.height;
                        else
                            object.height = options.longs === String ? $util.Long.prototype.toString.call(message.height) : options.longs === Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                    if (message.tip != null && Object.hasOwnProperty.call(message, "tip"))
                        object.tip = message.tip;
                    return object;
                };

                /**
                 * Converts this Content to JSON.
                 * @function toJSON
                 * @memberof yunhu.v1.Msg.Content
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Content.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Content
                 * @function getTypeUrl
                 * @memberof yunhu.v1.Msg.Content
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Content.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/yunhu.v1.Msg.Content";
                };

                return Content;
            })();

            Msg.Sender = (function() {

                /**
                 * Properties of a Sender.
                 * @memberof yunhu.v1.Msg
                 * @interface ISender
                 * @property {string|null} [chatId] Sender chatId
                 * @property {number|Long|null} [chatType] Sender chatType
                 * @property {string|null} [name] Sender name
                 * @property {string|null} [avatarUrl] Sender avatarUrl
                 * @property {Array.<string>|null} [tagOld] Sender tagOld
                 * @property {Array.<yunhu.v1.ITag>|null} [tag] Sender tag
                 */

                /**
                 * Constructs a new Sender.
                 * @memberof yunhu.v1.Msg
                 * @classdesc Represents a Sender.
                 * @implements ISender
                 * @constructor
                 * @param {yunhu.v1.Msg.ISender=} [properties] Properties to set
                 */
                function Sender(properties) {
                    this.tagOld = [];
                    this.tag = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Sender chatId.
                 * @member {string} chatId
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 */
                Sender.prototype.chatId = "";

                /**
                 * Sender chatType.
                 * @member {number|Long} chatType
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 */
                Sender.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Sender name.
                 * @member {string} name
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 */
                Sender.prototype.name = "";

                /**
                 * Sender avatarUrl.
                 * @member {string} avatarUrl
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 */
                Sender.prototype.avatarUrl = "";

                /**
                 * Sender tagOld.
                 * @member {Array.<string>} tagOld
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 */
                Sender.prototype.tagOld = $util.emptyArray;

                /**
                 * Sender tag.
                 * @member {Array.<yunhu.v1.ITag>} tag
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 */
                Sender.prototype.tag = $util.emptyArray;

                /**
                 * Creates a new Sender instance using the specified properties.
                 * @function create
                 * @memberof yunhu.v1.Msg.Sender
                 * @static
                 * @param {yunhu.v1.Msg.ISender=} [properties] Properties to set
                 * @returns {yunhu.v1.Msg.Sender} Sender instance
                 */
                Sender.create = function create(properties) {
                    return new Sender(properties);
                };

                /**
                 * Encodes the specified Sender message. Does not implicitly {@link yunhu.v1.Msg.Sender.verify|verify} messages.
                 * @function encode
                 * @memberof yunhu.v1.Msg.Sender
                 * @static
                 * @param {yunhu.v1.Msg.ISender} message Sender message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Sender.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.chatId);
                    if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.chatType);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.avatarUrl != null && Object.hasOwnProperty.call(message, "avatarUrl"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.avatarUrl);
                    if (message.tagOld != null && message.tagOld.length)
                        for (let i = 0; i < message.tagOld.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.tagOld[i]);
                    if (message.tag != null && message.tag.length)
                        for (let i = 0; i < message.tag.length; ++i)
                            $root.yunhu.v1.Tag.encode(message.tag[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a Sender message from the specified reader or buffer.
                 * @function decode
                 * @memberof yunhu.v1.Msg.Sender
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {yunhu.v1.Msg.Sender} Sender
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Sender.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.yunhu.v1.Msg.Sender();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.chatId = reader.string();
                                break;
                            }
                        case 2: {
                                message.chatType = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.name = reader.string();
                                break;
                            }
                        case 4: {
                                message.avatarUrl = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.tagOld && message.tagOld.length))
                                    message.tagOld = [];
                                message.tagOld.push(reader.string());
                                break;
                            }
                        case 7: {
                                if (!(message.tag && message.tag.length))
                                    message.tag = [];
                                message.tag.push($root.yunhu.v1.Tag.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Sender message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yunhu.v1.Msg.Sender
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {yunhu.v1.Msg.Sender} Sender
                 */
                Sender.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.yunhu.v1.Msg.Sender)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".yunhu.v1.Msg.Sender: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.yunhu.v1.Msg.Sender();
                    if (object.chatId != null)
                        message.chatId = String(object.chatId);
                    if (object.chatType != null)
                        if ($util.Long)
                            message.chatType = $util.Long.fromValue(object.chatType, true);
                        else if (typeof object.chatType === "string")
                            message.chatType = parseInt(object.chatType, 10);
                        else if (typeof object.chatType === "number")
                            message.chatType = object.chatType;
                        else if (typeof object.chatType === "object")
                            message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                    if (object.name != null)
                        message.name = String(object.name);
                    if (object.avatarUrl != null)
                        message.avatarUrl = String(object.avatarUrl);
                    if (object.tagOld) {
                        if (!Array.isArray(object.tagOld))
                            throw TypeError(".yunhu.v1.Msg.Sender.tagOld: array expected");
                        message.tagOld = [];
                        for (let i = 0; i < object.tagOld.length; ++i)
                            message.tagOld[i] = String(object.tagOld[i]);
                    }
                    if (object.tag) {
                        if (!Array.isArray(object.tag))
                            throw TypeError(".yunhu.v1.Msg.Sender.tag: array expected");
                        message.tag = [];
                        for (let i = 0; i < object.tag.length; ++i) {
                            if (!$util.isObject(object.tag[i]))
                                throw TypeError(".yunhu.v1.Msg.Sender.tag: object expected");
                            message.tag[i] = $root.yunhu.v1.Tag.fromObject(object.tag[i], long + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Sender message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yunhu.v1.Msg.Sender
                 * @static
                 * @param {yunhu.v1.Msg.Sender} message Sender
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Sender.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.tagOld = [];
                        object.tag = [];
                    }
                    if (options.defaults) {
                        object.chatId = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.name = "";
                        object.avatarUrl = "";
                    }
                    if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                        object.chatId = message.chatId;
                    if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                        else if (typeof message.chatType === "number")
                            object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                        else
                            object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.avatarUrl != null && Object.hasOwnProperty.call(message, "avatarUrl"))
                        object.avatarUrl = message.avatarUrl;
                    if (message.tagOld && message.tagOld.length) {
                        object.tagOld = [];
                        for (let j = 0; j < message.tagOld.length; ++j)
                            object.tagOld[j] = message.tagOld[j];
                    }
                    if (message.tag && message.tag.length) {
                        object.tag = [];
                        for (let j = 0; j < message.tag.length; ++j)
                            object.tag[j] = $root.yunhu.v1.Tag.toObject(message.tag[j], options, q + 1);
                    }
                    return object;
                };

                /**
                 * Converts this Sender to JSON.
                 * @function toJSON
                 * @memberof yunhu.v1.Msg.Sender
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Sender.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Sender
                 * @function getTypeUrl
                 * @memberof yunhu.v1.Msg.Sender
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Sender.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/yunhu.v1.Msg.Sender";
                };

                return Sender;
            })();

            return Msg;
        })();

        v1.send_message_send = (function() {

            /**
             * Properties of a send_message_send.
             * @memberof yunhu.v1
             * @interface Isend_message_send
             * @property {string|null} [msgId] send_message_send msgId
             * @property {string|null} [chatId] send_message_send chatId
             * @property {number|Long|null} [chatType] send_message_send chatType
             * @property {yunhu.v1.send_message_send.IData|null} [data] send_message_send data
             * @property {number|Long|null} [contentType] send_message_send contentType
             * @property {number|Long|null} [commandId] send_message_send commandId
             * @property {string|null} [quoteMsgId] send_message_send quoteMsgId
             * @property {yunhu.v1.send_message_send.IMedia|null} [media] send_message_send media
             */

            /**
             * Constructs a new send_message_send.
             * @memberof yunhu.v1
             * @classdesc Represents a send_message_send.
             * @implements Isend_message_send
             * @constructor
             * @param {yunhu.v1.Isend_message_send=} [properties] Properties to set
             */
            function send_message_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * send_message_send msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.msgId = "";

            /**
             * send_message_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.chatId = "";

            /**
             * send_message_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * send_message_send data.
             * @member {yunhu.v1.send_message_send.IData|null|undefined} data
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.data = null;

            /**
             * send_message_send contentType.
             * @member {number|Long} contentType
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.contentType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * send_message_send commandId.
             * @member {number|Long} commandId
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.commandId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * send_message_send quoteMsgId.
             * @member {string} quoteMsgId
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.quoteMsgId = "";

            /**
             * send_message_send media.
             * @member {yunhu.v1.send_message_send.IMedia|null|undefined} media
             * @memberof yunhu.v1.send_message_send
             * @instance
             */
            send_message_send.prototype.media = null;

            /**
             * Creates a new send_message_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.send_message_send
             * @static
             * @param {yunhu.v1.Isend_message_send=} [properties] Properties to set
             * @returns {yunhu.v1.send_message_send} send_message_send instance
             */
            send_message_send.create = function create(properties) {
                return new send_message_send(properties);
            };

            /**
             * Encodes the specified send_message_send message. Does not implicitly {@link yunhu.v1.send_message_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.send_message_send
             * @static
             * @param {yunhu.v1.Isend_message_send} message send_message_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            send_message_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.msgId);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.chatId);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.chatType);
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    $root.yunhu.v1.send_message_send.Data.encode(message.data, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.contentType);
                if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.commandId);
                if (message.quoteMsgId != null && Object.hasOwnProperty.call(message, "quoteMsgId"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.quoteMsgId);
                if (message.media != null && Object.hasOwnProperty.call(message, "media"))
                    $root.yunhu.v1.send_message_send.Media.encode(message.media, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a send_message_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.send_message_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.send_message_send} send_message_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            send_message_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.send_message_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.msgId = reader.string();
                            break;
                        }
                    case 3: {
                            message.chatId = reader.string();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.data = $root.yunhu.v1.send_message_send.Data.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.contentType = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.commandId = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.quoteMsgId = reader.string();
                            break;
                        }
                    case 9: {
                            message.media = $root.yunhu.v1.send_message_send.Media.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a send_message_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.send_message_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.send_message_send} send_message_send
             */
            send_message_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.send_message_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.send_message_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.send_message_send();
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                if (object.data != null) {
                    if (!$util.isObject(object.data))
                        throw TypeError(".yunhu.v1.send_message_send.data: object expected");
                    message.data = $root.yunhu.v1.send_message_send.Data.fromObject(object.data, long + 1);
                }
                if (object.contentType != null)
                    if ($util.Long)
                        message.contentType = $util.Long.fromValue(object.contentType, true);
                    else if (typeof object.contentType === "string")
                        message.contentType = parseInt(object.contentType, 10);
                    else if (typeof object.contentType === "number")
                        message.contentType = object.contentType;
                    else if (typeof object.contentType === "object")
                        message.contentType = new $util.LongBits(object.contentType.low >>> 0, object.contentType.high >>> 0).toNumber(true);
                if (object.commandId != null)
                    if ($util.Long)
                        message.commandId = $util.Long.fromValue(object.commandId, true);
                    else if (typeof object.commandId === "string")
                        message.commandId = parseInt(object.commandId, 10);
                    else if (typeof object.commandId === "number")
                        message.commandId = object.commandId;
                    else if (typeof object.commandId === "object")
                        message.commandId = new $util.LongBits(object.commandId.low >>> 0, object.commandId.high >>> 0).toNumber(true);
                if (object.quoteMsgId != null)
                    message.quoteMsgId = String(object.quoteMsgId);
                if (object.media != null) {
                    if (!$util.isObject(object.media))
                        throw TypeError(".yunhu.v1.send_message_send.media: object expected");
                    message.media = $root.yunhu.v1.send_message_send.Media.fromObject(object.media, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a send_message_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.send_message_send
             * @static
             * @param {yunhu.v1.send_message_send} message send_message_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            send_message_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.msgId = "";
                    object.chatId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.data = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.contentType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.contentType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.commandId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.commandId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.quoteMsgId = "";
                    object.media = null;
                }
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                    object.data = $root.yunhu.v1.send_message_send.Data.toObject(message.data, options, q + 1);
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.contentType = typeof message.contentType === "number" ? BigInt(message.contentType) : $util.Long.fromBits(message.contentType.low >>> 0, message.contentType.high >>> 0, true).toBigInt();
                    else if (typeof message.contentType === "number")
                        object.contentType = options.longs === String ? String(message.contentType) : message.contentType;
                    else
                        object.contentType = options.longs === String ? $util.Long.prototype.toString.call(message.contentType) : options.longs === Number ? new $util.LongBits(message.contentType.low >>> 0, message.contentType.high >>> 0).toNumber(true) : message.contentType;
                if (message.commandId != null && Object.hasOwnProperty.call(message, "commandId"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.commandId = typeof message.commandId === "number" ? BigInt(message.commandId) : $util.Long.fromBits(message.commandId.low >>> 0, message.commandId.high >>> 0, true).toBigInt();
                    else if (typeof message.commandId === "number")
                        object.commandId = options.longs === String ? String(message.commandId) : message.commandId;
                    else
                        object.commandId = options.longs === String ? $util.Long.prototype.toString.call(message.commandId) : options.longs === Number ? new $util.LongBits(message.commandId.low >>> 0, message.commandId.high >>> 0).toNumber(true) : message.commandId;
                if (message.quoteMsgId != null && Object.hasOwnProperty.call(message, "quoteMsgId"))
                    object.quoteMsgId = message.quoteMsgId;
                if (message.media != null && Object.hasOwnProperty.call(message, "media"))
                    object.media = $root.yunhu.v1.send_message_send.Media.toObject(message.media, options, q + 1);
                return object;
            };

            /**
             * Converts this send_message_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.send_message_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            send_message_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for send_message_send
             * @function getTypeUrl
             * @memberof yunhu.v1.send_message_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            send_message_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.send_message_send";
            };

            send_message_send.Data = (function() {

                /**
                 * Properties of a Data.
                 * @memberof yunhu.v1.send_message_send
                 * @interface IData
                 * @property {string|null} [text] Data text
                 * @property {string|null} [buttons] Data buttons
                 * @property {string|null} [fileName] Data fileName
                 * @property {string|null} [fileKey] Data fileKey
                 * @property {Array.<string>|null} [mentionedId] Data mentionedId
                 * @property {string|null} [form] Data form
                 * @property {string|null} [quoteMsgText] Data quoteMsgText
                 * @property {string|null} [image] Data image
                 * @property {string|null} [postId] Data postId
                 * @property {string|null} [postTitle] Data postTitle
                 * @property {string|null} [postContent] Data postContent
                 * @property {string|null} [postType] Data postType
                 * @property {string|null} [expressionId] Data expressionId
                 * @property {string|null} [quoteImageUrl] Data quoteImageUrl
                 * @property {string|null} [quoteImageName] Data quoteImageName
                 * @property {number|Long|null} [fileSize] Data fileSize
                 * @property {string|null} [video] Data video
                 * @property {string|null} [audio] Data audio
                 * @property {number|Long|null} [audioTime] Data audioTime
                 * @property {string|null} [quoteVideoUrl] Data quoteVideoUrl
                 * @property {number|Long|null} [quoteVideoTime] Data quoteVideoTime
                 * @property {number|Long|null} [stickerItemId] Data stickerItemId
                 * @property {number|Long|null} [stickerPackId] Data stickerPackId
                 * @property {string|null} [roomName] Data roomName
                 */

                /**
                 * Constructs a new Data.
                 * @memberof yunhu.v1.send_message_send
                 * @classdesc Represents a Data.
                 * @implements IData
                 * @constructor
                 * @param {yunhu.v1.send_message_send.IData=} [properties] Properties to set
                 */
                function Data(properties) {
                    this.mentionedId = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Data text.
                 * @member {string} text
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.text = "";

                /**
                 * Data buttons.
                 * @member {string} buttons
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.buttons = "";

                /**
                 * Data fileName.
                 * @member {string} fileName
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.fileName = "";

                /**
                 * Data fileKey.
                 * @member {string} fileKey
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.fileKey = "";

                /**
                 * Data mentionedId.
                 * @member {Array.<string>} mentionedId
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.mentionedId = $util.emptyArray;

                /**
                 * Data form.
                 * @member {string} form
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.form = "";

                /**
                 * Data quoteMsgText.
                 * @member {string} quoteMsgText
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.quoteMsgText = "";

                /**
                 * Data image.
                 * @member {string} image
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.image = "";

                /**
                 * Data postId.
                 * @member {string} postId
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.postId = "";

                /**
                 * Data postTitle.
                 * @member {string} postTitle
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.postTitle = "";

                /**
                 * Data postContent.
                 * @member {string} postContent
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.postContent = "";

                /**
                 * Data postType.
                 * @member {string} postType
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.postType = "";

                /**
                 * Data expressionId.
                 * @member {string} expressionId
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.expressionId = "";

                /**
                 * Data quoteImageUrl.
                 * @member {string} quoteImageUrl
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.quoteImageUrl = "";

                /**
                 * Data quoteImageName.
                 * @member {string} quoteImageName
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.quoteImageName = "";

                /**
                 * Data fileSize.
                 * @member {number|Long} fileSize
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.fileSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Data video.
                 * @member {string} video
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.video = "";

                /**
                 * Data audio.
                 * @member {string} audio
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.audio = "";

                /**
                 * Data audioTime.
                 * @member {number|Long} audioTime
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.audioTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Data quoteVideoUrl.
                 * @member {string} quoteVideoUrl
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.quoteVideoUrl = "";

                /**
                 * Data quoteVideoTime.
                 * @member {number|Long} quoteVideoTime
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.quoteVideoTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Data stickerItemId.
                 * @member {number|Long} stickerItemId
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.stickerItemId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Data stickerPackId.
                 * @member {number|Long} stickerPackId
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.stickerPackId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Data roomName.
                 * @member {string} roomName
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 */
                Data.prototype.roomName = "";

                /**
                 * Creates a new Data instance using the specified properties.
                 * @function create
                 * @memberof yunhu.v1.send_message_send.Data
                 * @static
                 * @param {yunhu.v1.send_message_send.IData=} [properties] Properties to set
                 * @returns {yunhu.v1.send_message_send.Data} Data instance
                 */
                Data.create = function create(properties) {
                    return new Data(properties);
                };

                /**
                 * Encodes the specified Data message. Does not implicitly {@link yunhu.v1.send_message_send.Data.verify|verify} messages.
                 * @function encode
                 * @memberof yunhu.v1.send_message_send.Data
                 * @static
                 * @param {yunhu.v1.send_message_send.IData} message Data message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Data.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.buttons != null && Object.hasOwnProperty.call(message, "buttons"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.buttons);
                    if (message.fileName != null && Object.hasOwnProperty.call(message, "fileName"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fileName);
                    if (message.fileKey != null && Object.hasOwnProperty.call(message, "fileKey"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.fileKey);
                    if (message.mentionedId != null && message.mentionedId.length)
                        for (let i = 0; i < message.mentionedId.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.mentionedId[i]);
                    if (message.form != null && Object.hasOwnProperty.call(message, "form"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.form);
                    if (message.quoteMsgText != null && Object.hasOwnProperty.call(message, "quoteMsgText"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.quoteMsgText);
                    if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.image);
                    if (message.postId != null && Object.hasOwnProperty.call(message, "postId"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.postId);
                    if (message.postTitle != null && Object.hasOwnProperty.call(message, "postTitle"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.postTitle);
                    if (message.postContent != null && Object.hasOwnProperty.call(message, "postContent"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.postContent);
                    if (message.postType != null && Object.hasOwnProperty.call(message, "postType"))
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.postType);
                    if (message.expressionId != null && Object.hasOwnProperty.call(message, "expressionId"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.expressionId);
                    if (message.quoteImageUrl != null && Object.hasOwnProperty.call(message, "quoteImageUrl"))
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.quoteImageUrl);
                    if (message.quoteImageName != null && Object.hasOwnProperty.call(message, "quoteImageName"))
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.quoteImageName);
                    if (message.fileSize != null && Object.hasOwnProperty.call(message, "fileSize"))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.fileSize);
                    if (message.video != null && Object.hasOwnProperty.call(message, "video"))
                        writer.uint32(/* id 19, wireType 2 =*/154).string(message.video);
                    if (message.audio != null && Object.hasOwnProperty.call(message, "audio"))
                        writer.uint32(/* id 21, wireType 2 =*/170).string(message.audio);
                    if (message.audioTime != null && Object.hasOwnProperty.call(message, "audioTime"))
                        writer.uint32(/* id 22, wireType 0 =*/176).uint64(message.audioTime);
                    if (message.quoteVideoUrl != null && Object.hasOwnProperty.call(message, "quoteVideoUrl"))
                        writer.uint32(/* id 23, wireType 2 =*/186).string(message.quoteVideoUrl);
                    if (message.quoteVideoTime != null && Object.hasOwnProperty.call(message, "quoteVideoTime"))
                        writer.uint32(/* id 24, wireType 0 =*/192).uint64(message.quoteVideoTime);
                    if (message.stickerItemId != null && Object.hasOwnProperty.call(message, "stickerItemId"))
                        writer.uint32(/* id 25, wireType 0 =*/200).uint64(message.stickerItemId);
                    if (message.stickerPackId != null && Object.hasOwnProperty.call(message, "stickerPackId"))
                        writer.uint32(/* id 26, wireType 0 =*/208).uint64(message.stickerPackId);
                    if (message.roomName != null && Object.hasOwnProperty.call(message, "roomName"))
                        writer.uint32(/* id 29, wireType 2 =*/234).string(message.roomName);
                    return writer;
                };

                /**
                 * Decodes a Data message from the specified reader or buffer.
                 * @function decode
                 * @memberof yunhu.v1.send_message_send.Data
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {yunhu.v1.send_message_send.Data} Data
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Data.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.yunhu.v1.send_message_send.Data();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.text = reader.string();
                                break;
                            }
                        case 2: {
                                message.buttons = reader.string();
                                break;
                            }
                        case 4: {
                                message.fileName = reader.string();
                                break;
                            }
                        case 5: {
                                message.fileKey = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.mentionedId && message.mentionedId.length))
                                    message.mentionedId = [];
                                message.mentionedId.push(reader.string());
                                break;
                            }
                        case 7: {
                                message.form = reader.string();
                                break;
                            }
                        case 8: {
                                message.quoteMsgText = reader.string();
                                break;
                            }
                        case 9: {
                                message.image = reader.string();
                                break;
                            }
                        case 10: {
                                message.postId = reader.string();
                                break;
                            }
                        case 11: {
                                message.postTitle = reader.string();
                                break;
                            }
                        case 12: {
                                message.postContent = reader.string();
                                break;
                            }
                        case 13: {
                                message.postType = reader.string();
                                break;
                            }
                        case 15: {
                                message.expressionId = reader.string();
                                break;
                            }
                        case 16: {
                                message.quoteImageUrl = reader.string();
                                break;
                            }
                        case 17: {
                                message.quoteImageName = reader.string();
                                break;
                            }
                        case 18: {
                                message.fileSize = reader.uint64();
                                break;
                            }
                        case 19: {
                                message.video = reader.string();
                                break;
                            }
                        case 21: {
                                message.audio = reader.string();
                                break;
                            }
                        case 22: {
                                message.audioTime = reader.uint64();
                                break;
                            }
                        case 23: {
                                message.quoteVideoUrl = reader.string();
                                break;
                            }
                        case 24: {
                                message.quoteVideoTime = reader.uint64();
                                break;
                            }
                        case 25: {
                                message.stickerItemId = reader.uint64();
                                break;
                            }
                        case 26: {
                                message.stickerPackId = reader.uint64();
                                break;
                            }
                        case 29: {
                                message.roomName = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Data message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yunhu.v1.send_message_send.Data
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {yunhu.v1.send_message_send.Data} Data
                 */
                Data.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.yunhu.v1.send_message_send.Data)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".yunhu.v1.send_message_send.Data: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.yunhu.v1.send_message_send.Data();
                    if (object.text != null)
                        message.text = String(object.text);
                    if (object.buttons != null)
                        message.buttons = String(object.buttons);
                    if (object.fileName != null)
                        message.fileName = String(object.fileName);
                    if (object.fileKey != null)
                        message.fileKey = String(object.fileKey);
                    if (object.mentionedId) {
                        if (!Array.isArray(object.mentionedId))
                            throw TypeError(".yunhu.v1.send_message_send.Data.mentionedId: array expected");
                        message.mentionedId = [];
                        for (let i = 0; i < object.mentionedId.length; ++i)
                            message.mentionedId[i] = String(object.mentionedId[i]);
                    }
                    if (object.form != null)
                        message.form = String(object.form);
                    if (object.quoteMsgText != null)
                        message.quoteMsgText = String(object.quoteMsgText);
                    if (object.image != null)
                        message.image = String(object.image);
                    if (object.postId != null)
                        message.postId = String(object.postId);
                    if (object.postTitle != null)
                        message.postTitle = String(object.postTitle);
                    if (object.postContent != null)
                        message.postContent = String(object.postContent);
                    if (object.postType != null)
                        message.postType = String(object.postType);
                    if (object.expressionId != null)
                        message.expressionId = String(object.expressionId);
                    if (object.quoteImageUrl != null)
                        message.quoteImageUrl = String(object.quoteImageUrl);
                    if (object.quoteImageName != null)
                        message.quoteImageName = String(object.quoteImageName);
                    if (object.fileSize != null)
                        if ($util.Long)
                            message.fileSize = $util.Long.fromValue(object.fileSize, true);
                        else if (typeof object.fileSize === "string")
                            message.fileSize = parseInt(object.fileSize, 10);
                        else if (typeof object.fileSize === "number")
                            message.fileSize = object.fileSize;
                        else if (typeof object.fileSize === "object")
                            message.fileSize = new $util.LongBits(object.fileSize.low >>> 0, object.fileSize.high >>> 0).toNumber(true);
                    if (object.video != null)
                        message.video = String(object.video);
                    if (object.audio != null)
                        message.audio = String(object.audio);
                    if (object.audioTime != null)
                        if ($util.Long)
                            message.audioTime = $util.Long.fromValue(object.audioTime, true);
                        else if (typeof object.audioTime === "string")
                            message.audioTime = parseInt(object.audioTime, 10);
                        else if (typeof object.audioTime === "number")
                            message.audioTime = object.audioTime;
                        else if (typeof object.audioTime === "object")
                            message.audioTime = new $util.LongBits(object.audioTime.low >>> 0, object.audioTime.high >>> 0).toNumber(true);
                    if (object.quoteVideoUrl != null)
                        message.quoteVideoUrl = String(object.quoteVideoUrl);
                    if (object.quoteVideoTime != null)
                        if ($util.Long)
                            message.quoteVideoTime = $util.Long.fromValue(object.quoteVideoTime, true);
                        else if (typeof object.quoteVideoTime === "string")
                            message.quoteVideoTime = parseInt(object.quoteVideoTime, 10);
                        else if (typeof object.quoteVideoTime === "number")
                            message.quoteVideoTime = object.quoteVideoTime;
                        else if (typeof object.quoteVideoTime === "object")
                            message.quoteVideoTime = new $util.LongBits(object.quoteVideoTime.low >>> 0, object.quoteVideoTime.high >>> 0).toNumber(true);
                    if (object.stickerItemId != null)
                        if ($util.Long)
                            message.stickerItemId = $util.Long.fromValue(object.stickerItemId, true);
                        else if (typeof object.stickerItemId === "string")
                            message.stickerItemId = parseInt(object.stickerItemId, 10);
                        else if (typeof object.stickerItemId === "number")
                            message.stickerItemId = object.stickerItemId;
                        else if (typeof object.stickerItemId === "object")
                            message.stickerItemId = new $util.LongBits(object.stickerItemId.low >>> 0, object.stickerItemId.high >>> 0).toNumber(true);
                    if (object.stickerPackId != null)
                        if ($util.Long)
                            message.stickerPackId = $util.Long.fromValue(object.stickerPackId, true);
                        else if (typeof object.stickerPackId === "string")
                            message.stickerPackId = parseInt(object.stickerPackId, 10);
                        else if (typeof object.stickerPackId === "number")
                            message.stickerPackId = object.stickerPackId;
                        else if (typeof object.stickerPackId === "object")
                            message.stickerPackId = new $util.LongBits(object.stickerPackId.low >>> 0, object.stickerPackId.high >>> 0).toNumber(true);
                    if (object.roomName != null)
                        message.roomName = String(object.roomName);
                    return message;
                };

                /**
                 * Creates a plain object from a Data message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yunhu.v1.send_message_send.Data
                 * @static
                 * @param {yunhu.v1.send_message_send.Data} message Data
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Data.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.mentionedId = [];
                    if (options.defaults) {
                        object.text = "";
                        object.buttons = "";
                        object.fileName = "";
                        object.fileKey = "";
                        object.form = "";
                        object.quoteMsgText = "";
                        object.image = "";
                        object.postId = "";
                        object.postTitle = "";
                        object.postContent = "";
                        object.postType = "";
                        object.expressionId = "";
                        object.quoteImageUrl = "";
                        object.quoteImageName = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fileSize = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fileSize = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.video = "";
                        object.audio = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.audioTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.audioTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.quoteVideoUrl = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.quoteVideoTime = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.quoteVideoTime = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.stickerItemId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.stickerItemId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.stickerPackId = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.stickerPackId = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.roomName = "";
                    }
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.buttons != null && Object.hasOwnProperty.call(message, "buttons"))
                        object.buttons = message.buttons;
                    if (message.fileName != null && Object.hasOwnProperty.call(message, "fileName"))
                        object.fileName = message.fileName;
                    if (message.fileKey != null && Object.hasOwnProperty.call(message, "fileKey"))
                        object.fileKey = message.fileKey;
                    if (message.mentionedId && message.mentionedId.length) {
                        object.mentionedId = [];
                        for (let j = 0; j < message.mentionedId.length; ++j)
                            object.mentionedId[j] = message.mentionedId[j];
                    }
                    if (message.form != null && Object.hasOwnProperty.call(message, "form"))
                        object.form = message.form;
                    if (message.quoteMsgText != null && Object.hasOwnProperty.call(message, "quoteMsgText"))
                        object.quoteMsgText = message.quoteMsgText;
                    if (message.image != null && Object.hasOwnProperty.call(message, "image"))
                        object.image = message.image;
                    if (message.postId != null && Object.hasOwnProperty.call(message, "postId"))
                        object.postId = message.postId;
                    if (message.postTitle != null && Object.hasOwnProperty.call(message, "postTitle"))
                        object.postTitle = message.postTitle;
                    if (message.postContent != null && Object.hasOwnProperty.call(message, "postContent"))
                        object.postContent = message.postContent;
                    if (message.postType != null && Object.hasOwnProperty.call(message, "postType"))
                        object.postType = message.postType;
                    if (message.expressionId != null && Object.hasOwnProperty.call(message, "expressionId"))
                        object.expressionId = message.expressionId;
                    if (message.quoteImageUrl != null && Object.hasOwnProperty.call(message, "quoteImageUrl"))
                        object.quoteImageUrl = message.quoteImageUrl;
                    if (message.quoteImageName != null && Object.hasOwnProperty.call(message, "quoteImageName"))
                        object.quoteImageName = message.quoteImageName;
                    if (message.fileSize != null && Object.hasOwnProperty.call(message, "fileSize"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fileSize = typeof message.fileSize === "number" ? BigInt(message.fileSize) : $util.Long.fromBits(message.fileSize.low >>> 0, message.fileSize.high >>> 0, true).toBigInt();
                        else if (typeof message.fileSize === "number")
                            object.fileSize = options.longs === String ? String(message.fileSize) : message.fileSize;
                        else
                            object.fileSize = options.longs === String ? $util.Long.prototype.toString.call(message.fileSize) : options.longs === Number ? new $util.LongBits(message.fileSize.low >>> 0, message.fileSize.high >>> 0).toNumber(true) : message.fileSize;
                    if (message.video != null && Object.hasOwnProperty.call(message, "video"))
                        object.video = message.video;
                    if (message.audio != null && Object.hasOwnProperty.call(message, "audio"))
                        object.audio = message.audio;
                    if (message.audioTime != null && Object.hasOwnProperty.call(message, "audioTime"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.audioTime = typeof message.audioTime === "number" ? BigInt(message.audioTime) : $util.Long.fromBits(message.audioTime.low >>> 0, message.audioTime.high >>> 0, true).toBigInt();
                        else if (typeof message.audioTime === "number")
                            object.audioTime = options.longs === String ? String(message.audioTime) : message.audioTime;
                        else
                            object.audioTime = options.longs === String ? $util.Long.prototype.toString.call(message.audioTime) : options.longs === Number ? new $util.LongBits(message.audioTime.low >>> 0, message.audioTime.high >>> 0).toNumber(true) : message.audioTime;
                    if (message.quoteVideoUrl != null && Object.hasOwnProperty.call(message, "quoteVideoUrl"))
                        object.quoteVideoUrl = message.quoteVideoUrl;
                    if (message.quoteVideoTime != null && Object.hasOwnProperty.call(message, "quoteVideoTime"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.quoteVideoTime = typeof message.quoteVideoTime === "number" ? BigInt(message.quoteVideoTime) : $util.Long.fromBits(message.quoteVideoTime.low >>> 0, message.quoteVideoTime.high >>> 0, true).toBigInt();
                        else if (typeof message.quoteVideoTime === "number")
                            object.quoteVideoTime = options.longs === String ? String(message.quoteVideoTime) : message.quoteVideoTime;
                        else
                            object.quoteVideoTime = options.longs === String ? $util.Long.prototype.toString.call(message.quoteVideoTime) : options.longs === Number ? new $util.LongBits(message.quoteVideoTime.low >>> 0, message.quoteVideoTime.high >>> 0).toNumber(true) : message.quoteVideoTime;
                    if (message.stickerItemId != null && Object.hasOwnProperty.call(message, "stickerItemId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.stickerItemId = typeof message.stickerItemId === "number" ? BigInt(message.stickerItemId) : $util.Long.fromBits(message.stickerItemId.low >>> 0, message.stickerItemId.high >>> 0, true).toBigInt();
                        else if (typeof message.stickerItemId === "number")
                            object.stickerItemId = options.longs === String ? String(message.stickerItemId) : message.stickerItemId;
                        else
                            object.stickerItemId = options.longs === String ? $util.Long.prototype.toString.call(message.stickerItemId) : options.longs === Number ? new $util.LongBits(message.stickerItemId.low >>> 0, message.stickerItemId.high >>> 0).toNumber(true) : message.stickerItemId;
                    if (message.stickerPackId != null && Object.hasOwnProperty.call(message, "stickerPackId"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.stickerPackId = typeof message.stickerPackId === "number" ? BigInt(message.stickerPackId) : $util.Long.fromBits(message.stickerPackId.low >>> 0, message.stickerPackId.high >>> 0, true).toBigInt();
                        else if (typeof message.stickerPackId === "number")
                            object.stickerPackId = options.longs === String ? String(message.stickerPackId) : message.stickerPackId;
                        else
                            object.stickerPackId = options.longs === String ? $util.Long.prototype.toString.call(message.stickerPackId) : options.longs === Number ? new $util.LongBits(message.stickerPackId.low >>> 0, message.stickerPackId.high >>> 0).toNumber(true) : message.stickerPackId;
                    if (message.roomName != null && Object.hasOwnProperty.call(message, "roomName"))
                        object.roomName = message.roomName;
                    return object;
                };

                /**
                 * Converts this Data to JSON.
                 * @function toJSON
                 * @memberof yunhu.v1.send_message_send.Data
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Data.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Data
                 * @function getTypeUrl
                 * @memberof yunhu.v1.send_message_send.Data
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Data.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/yunhu.v1.send_message_send.Data";
                };

                return Data;
            })();

            send_message_send.Media = (function() {

                /**
                 * Properties of a Media.
                 * @memberof yunhu.v1.send_message_send
                 * @interface IMedia
                 * @property {string|null} [fileKey] Media fileKey
                 * @property {string|null} [fileHash] Media fileHash
                 * @property {string|null} [fileType] Media fileType
                 * @property {number|Long|null} [imageHeight] Media imageHeight
                 * @property {number|Long|null} [imageWidth] Media imageWidth
                 * @property {number|Long|null} [fileSize] Media fileSize
                 * @property {string|null} [fileKey2] Media fileKey2
                 * @property {string|null} [fileSuffix] Media fileSuffix
                 */

                /**
                 * Constructs a new Media.
                 * @memberof yunhu.v1.send_message_send
                 * @classdesc Represents a Media.
                 * @implements IMedia
                 * @constructor
                 * @param {yunhu.v1.send_message_send.IMedia=} [properties] Properties to set
                 */
                function Media(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Media fileKey.
                 * @member {string} fileKey
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.fileKey = "";

                /**
                 * Media fileHash.
                 * @member {string} fileHash
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.fileHash = "";

                /**
                 * Media fileType.
                 * @member {string} fileType
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.fileType = "";

                /**
                 * Media imageHeight.
                 * @member {number|Long} imageHeight
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.imageHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Media imageWidth.
                 * @member {number|Long} imageWidth
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.imageWidth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Media fileSize.
                 * @member {number|Long} fileSize
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.fileSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Media fileKey2.
                 * @member {string} fileKey2
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.fileKey2 = "";

                /**
                 * Media fileSuffix.
                 * @member {string} fileSuffix
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 */
                Media.prototype.fileSuffix = "";

                /**
                 * Creates a new Media instance using the specified properties.
                 * @function create
                 * @memberof yunhu.v1.send_message_send.Media
                 * @static
                 * @param {yunhu.v1.send_message_send.IMedia=} [properties] Properties to set
                 * @returns {yunhu.v1.send_message_send.Media} Media instance
                 */
                Media.create = function create(properties) {
                    return new Media(properties);
                };

                /**
                 * Encodes the specified Media message. Does not implicitly {@link yunhu.v1.send_message_send.Media.verify|verify} messages.
                 * @function encode
                 * @memberof yunhu.v1.send_message_send.Media
                 * @static
                 * @param {yunhu.v1.send_message_send.IMedia} message Media message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Media.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.fileKey != null && Object.hasOwnProperty.call(message, "fileKey"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.fileKey);
                    if (message.fileHash != null && Object.hasOwnProperty.call(message, "fileHash"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fileHash);
                    if (message.fileType != null && Object.hasOwnProperty.call(message, "fileType"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.fileType);
                    if (message.imageHeight != null && Object.hasOwnProperty.call(message, "imageHeight"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.imageHeight);
                    if (message.imageWidth != null && Object.hasOwnProperty.call(message, "imageWidth"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.imageWidth);
                    if (message.fileSize != null && Object.hasOwnProperty.call(message, "fileSize"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.fileSize);
                    if (message.fileKey2 != null && Object.hasOwnProperty.call(message, "fileKey2"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.fileKey2);
                    if (message.fileSuffix != null && Object.hasOwnProperty.call(message, "fileSuffix"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.fileSuffix);
                    return writer;
                };

                /**
                 * Decodes a Media message from the specified reader or buffer.
                 * @function decode
                 * @memberof yunhu.v1.send_message_send.Media
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {yunhu.v1.send_message_send.Media} Media
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Media.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.yunhu.v1.send_message_send.Media();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.fileKey = reader.string();
                                break;
                            }
                        case 2: {
                                message.fileHash = reader.string();
                                break;
                            }
                        case 3: {
                                message.fileType = reader.string();
                                break;
                            }
                        case 5: {
                                message.imageHeight = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.imageWidth = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.fileSize = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.fileKey2 = reader.string();
                                break;
                            }
                        case 9: {
                                message.fileSuffix = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Media message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yunhu.v1.send_message_send.Media
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {yunhu.v1.send_message_send.Media} Media
                 */
                Media.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.yunhu.v1.send_message_send.Media)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".yunhu.v1.send_message_send.Media: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.yunhu.v1.send_message_send.Media();
                    if (object.fileKey != null)
                        message.fileKey = String(object.fileKey);
                    if (object.fileHash != null)
                        message.fileHash = String(object.fileHash);
                    if (object.fileType != null)
                        message.fileType = String(object.fileType);
                    if (object.imageHeight != null)
                        if ($util.Long)
                            message.imageHeight = $util.Long.fromValue(object.imageHeight, true);
                        else if (typeof object.imageHeight === "string")
                            message.imageHeight = parseInt(object.imageHeight, 10);
                        else if (typeof object.imageHeight === "number")
                            message.imageHeight = object.imageHeight;
                        else if (typeof object.imageHeight === "object")
                            message.imageHeight = new $util.LongBits(object.imageHeight.low >>> 0, object.imageHeight.high >>> 0).toNumber(true);
                    if (object.imageWidth != null)
                        if ($util.Long)
                            message.imageWidth = $util.Long.fromValue(object.imageWidth, true);
                        else if (typeof object.imageWidth === "string")
                            message.imageWidth = parseInt(object.imageWidth, 10);
                        else if (typeof object.imageWidth === "number")
                            message.imageWidth = object.imageWidth;
                        else if (typeof object.imageWidth === "object")
                            message.imageWidth = new $util.LongBits(object.imageWidth.low >>> 0, object.imageWidth.high >>> 0).toNumber(true);
                    if (object.fileSize != null)
                        if ($util.Long)
                            message.fileSize = $util.Long.fromValue(object.fileSize, true);
                        else if (typeof object.fileSize === "string")
                            message.fileSize = parseInt(object.fileSize, 10);
                        else if (typeof object.fileSize === "number")
                            message.fileSize = object.fileSize;
                        else if (typeof object.fileSize === "object")
                            message.fileSize = new $util.LongBits(object.fileSize.low >>> 0, object.fileSize.high >>> 0).toNumber(true);
                    if (object.fileKey2 != null)
                        message.fileKey2 = String(object.fileKey2);
                    if (object.fileSuffix != null)
                        message.fileSuffix = String(object.fileSuffix);
                    return message;
                };

                /**
                 * Creates a plain object from a Media message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yunhu.v1.send_message_send.Media
                 * @static
                 * @param {yunhu.v1.send_message_send.Media} message Media
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Media.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.fileKey = "";
                        object.fileHash = "";
                        object.fileType = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.imageHeight = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.imageHeight = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.imageWidth = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.imageWidth = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.fileSize = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                        } else
                            object.fileSize = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                        object.fileKey2 = "";
                        object.fileSuffix = "";
                    }
                    if (message.fileKey != null && Object.hasOwnProperty.call(message, "fileKey"))
                        object.fileKey = message.fileKey;
                    if (message.fileHash != null && Object.hasOwnProperty.call(message, "fileHash"))
                        object.fileHash = message.fileHash;
                    if (message.fileType != null && Object.hasOwnProperty.call(message, "fileType"))
                        object.fileType = message.fileType;
                    if (message.imageHeight != null && Object.hasOwnProperty.call(message, "imageHeight"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.imageHeight = typeof message.imageHeight === "number" ? BigInt(message.imageHeight) : $util.Long.fromBits(message.imageHeight.low >>> 0, message.imageHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.imageHeight === "number")
                            object.imageHeight = options.longs === String ? String(message.imageHeight) : message.imageHeight;
                        else
                            object.imageHeight = options.longs === String ? $util.Long.prototype.toString.call(message.imageHeight) : options.longs === Number ? new $util.LongBits(message.imageHeight.low >>> 0, message.imageHeight.high >>> 0).toNumber(true) : message.imageHeight;
                    if (message.imageWidth != null && Object.hasOwnProperty.call(message, "imageWidth"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.imageWidth = typeof message.imageWidth === "number" ? BigInt(message.imageWidth) : $util.Long.fromBits(message.imageWidth.low >>> 0, message.imageWidth.high >>> 0, true).toBigInt();
                        else if (typeof message.imageWidth === "number")
                            object.imageWidth = options.longs === String ? String(message.imageWidth) : message.imageWidth;
                        else
                            object.imageWidth = options.longs === String ? $util.Long.prototype.toString.call(message.imageWidth) : options.longs === Number ? new $util.LongBits(message.imageWidth.low >>> 0, message.imageWidth.high >>> 0).toNumber(true) : message.imageWidth;
                    if (message.fileSize != null && Object.hasOwnProperty.call(message, "fileSize"))
                        if (typeof BigInt !== "undefined" && options.longs === BigInt)
                            object.fileSize = typeof message.fileSize === "number" ? BigInt(message.fileSize) : $util.Long.fromBits(message.fileSize.low >>> 0, message.fileSize.high >>> 0, true).toBigInt();
                        else if (typeof message.fileSize === "number")
                            object.fileSize = options.longs === String ? String(message.fileSize) : message.fileSize;
                        else
                            object.fileSize = options.longs === String ? $util.Long.prototype.toString.call(message.fileSize) : options.longs === Number ? new $util.LongBits(message.fileSize.low >>> 0, message.fileSize.high >>> 0).toNumber(true) : message.fileSize;
                    if (message.fileKey2 != null && Object.hasOwnProperty.call(message, "fileKey2"))
                        object.fileKey2 = message.fileKey2;
                    if (message.fileSuffix != null && Object.hasOwnProperty.call(message, "fileSuffix"))
                        object.fileSuffix = message.fileSuffix;
                    return object;
                };

                /**
                 * Converts this Media to JSON.
                 * @function toJSON
                 * @memberof yunhu.v1.send_message_send.Media
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Media.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Media
                 * @function getTypeUrl
                 * @memberof yunhu.v1.send_message_send.Media
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Media.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/yunhu.v1.send_message_send.Media";
                };

                return Media;
            })();

            return send_message_send;
        })();

        v1.send_message = (function() {

            /**
             * Properties of a send_message.
             * @memberof yunhu.v1
             * @interface Isend_message
             * @property {yunhu.v1.IStatus|null} [status] send_message status
             */

            /**
             * Constructs a new send_message.
             * @memberof yunhu.v1
             * @classdesc Represents a send_message.
             * @implements Isend_message
             * @constructor
             * @param {yunhu.v1.Isend_message=} [properties] Properties to set
             */
            function send_message(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * send_message status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.send_message
             * @instance
             */
            send_message.prototype.status = null;

            /**
             * Creates a new send_message instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.send_message
             * @static
             * @param {yunhu.v1.Isend_message=} [properties] Properties to set
             * @returns {yunhu.v1.send_message} send_message instance
             */
            send_message.create = function create(properties) {
                return new send_message(properties);
            };

            /**
             * Encodes the specified send_message message. Does not implicitly {@link yunhu.v1.send_message.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.send_message
             * @static
             * @param {yunhu.v1.Isend_message} message send_message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            send_message.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a send_message message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.send_message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.send_message} send_message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            send_message.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.send_message();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a send_message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.send_message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.send_message} send_message
             */
            send_message.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.send_message)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.send_message: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.send_message();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.send_message.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a send_message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.send_message
             * @static
             * @param {yunhu.v1.send_message} message send_message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            send_message.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                return object;
            };

            /**
             * Converts this send_message to JSON.
             * @function toJSON
             * @memberof yunhu.v1.send_message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            send_message.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for send_message
             * @function getTypeUrl
             * @memberof yunhu.v1.send_message
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            send_message.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.send_message";
            };

            return send_message;
        })();

        v1.edit_message_send = (function() {

            /**
             * Properties of an edit_message_send.
             * @memberof yunhu.v1
             * @interface Iedit_message_send
             * @property {string|null} [msgId] edit_message_send msgId
             * @property {string|null} [chatId] edit_message_send chatId
             * @property {number|null} [chatType] edit_message_send chatType
             * @property {yunhu.v1.edit_message_send.IContent|null} [content] edit_message_send content
             * @property {number|Long|null} [contentType] edit_message_send contentType
             * @property {string|null} [quoteMsgId] edit_message_send quoteMsgId
             */

            /**
             * Constructs a new edit_message_send.
             * @memberof yunhu.v1
             * @classdesc Represents an edit_message_send.
             * @implements Iedit_message_send
             * @constructor
             * @param {yunhu.v1.Iedit_message_send=} [properties] Properties to set
             */
            function edit_message_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * edit_message_send msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.edit_message_send
             * @instance
             */
            edit_message_send.prototype.msgId = "";

            /**
             * edit_message_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.edit_message_send
             * @instance
             */
            edit_message_send.prototype.chatId = "";

            /**
             * edit_message_send chatType.
             * @member {number} chatType
             * @memberof yunhu.v1.edit_message_send
             * @instance
             */
            edit_message_send.prototype.chatType = 0;

            /**
             * edit_message_send content.
             * @member {yunhu.v1.edit_message_send.IContent|null|undefined} content
             * @memberof yunhu.v1.edit_message_send
             * @instance
             */
            edit_message_send.prototype.content = null;

            /**
             * edit_message_send contentType.
             * @member {number|Long} contentType
             * @memberof yunhu.v1.edit_message_send
             * @instance
             */
            edit_message_send.prototype.contentType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * edit_message_send quoteMsgId.
             * @member {string} quoteMsgId
             * @memberof yunhu.v1.edit_message_send
             * @instance
             */
            edit_message_send.prototype.quoteMsgId = "";

            /**
             * Creates a new edit_message_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.edit_message_send
             * @static
             * @param {yunhu.v1.Iedit_message_send=} [properties] Properties to set
             * @returns {yunhu.v1.edit_message_send} edit_message_send instance
             */
            edit_message_send.create = function create(properties) {
                return new edit_message_send(properties);
            };

            /**
             * Encodes the specified edit_message_send message. Does not implicitly {@link yunhu.v1.edit_message_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.edit_message_send
             * @static
             * @param {yunhu.v1.Iedit_message_send} message edit_message_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            edit_message_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.msgId);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.chatId);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.chatType);
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    $root.yunhu.v1.edit_message_send.Content.encode(message.content, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.contentType);
                if (message.quoteMsgId != null && Object.hasOwnProperty.call(message, "quoteMsgId"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.quoteMsgId);
                return writer;
            };

            /**
             * Decodes an edit_message_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.edit_message_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.edit_message_send} edit_message_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            edit_message_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.edit_message_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.msgId = reader.string();
                            break;
                        }
                    case 3: {
                            message.chatId = reader.string();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.int32();
                            break;
                        }
                    case 5: {
                            message.content = $root.yunhu.v1.edit_message_send.Content.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 6: {
                            message.contentType = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.quoteMsgId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates an edit_message_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.edit_message_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.edit_message_send} edit_message_send
             */
            edit_message_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.edit_message_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.edit_message_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.edit_message_send();
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                if (object.chatType != null)
                    message.chatType = object.chatType | 0;
                if (object.content != null) {
                    if (!$util.isObject(object.content))
                        throw TypeError(".yunhu.v1.edit_message_send.content: object expected");
                    message.content = $root.yunhu.v1.edit_message_send.Content.fromObject(object.content, long + 1);
                }
                if (object.contentType != null)
                    if ($util.Long)
                        message.contentType = $util.Long.fromValue(object.contentType, true);
                    else if (typeof object.contentType === "string")
                        message.contentType = parseInt(object.contentType, 10);
                    else if (typeof object.contentType === "number")
                        message.contentType = object.contentType;
                    else if (typeof object.contentType === "object")
                        message.contentType = new $util.LongBits(object.contentType.low >>> 0, object.contentType.high >>> 0).toNumber(true);
                if (object.quoteMsgId != null)
                    message.quoteMsgId = String(object.quoteMsgId);
                return message;
            };

            /**
             * Creates a plain object from an edit_message_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.edit_message_send
             * @static
             * @param {yunhu.v1.edit_message_send} message edit_message_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            edit_message_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.msgId = "";
                    object.chatId = "";
                    object.chatType = 0;
                    object.content = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.contentType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.contentType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.quoteMsgId = "";
                }
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    object.chatType = message.chatType;
                if (message.content != null && Object.hasOwnProperty.call(message, "content"))
                    object.content = $root.yunhu.v1.edit_message_send.Content.toObject(message.content, options, q + 1);
                if (message.contentType != null && Object.hasOwnProperty.call(message, "contentType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.contentType = typeof message.contentType === "number" ? BigInt(message.contentType) : $util.Long.fromBits(message.contentType.low >>> 0, message.contentType.high >>> 0, true).toBigInt();
                    else if (typeof message.contentType === "number")
                        object.contentType = options.longs === String ? String(message.contentType) : message.contentType;
                    else
                        object.contentType = options.longs === String ? $util.Long.prototype.toString.call(message.contentType) : options.longs === Number ? new $util.LongBits(message.contentType.low >>> 0, message.contentType.high >>> 0).toNumber(true) : message.contentType;
                if (message.quoteMsgId != null && Object.hasOwnProperty.call(message, "quoteMsgId"))
                    object.quoteMsgId = message.quoteMsgId;
                return object;
            };

            /**
             * Converts this edit_message_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.edit_message_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            edit_message_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for edit_message_send
             * @function getTypeUrl
             * @memberof yunhu.v1.edit_message_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            edit_message_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.edit_message_send";
            };

            edit_message_send.Content = (function() {

                /**
                 * Properties of a Content.
                 * @memberof yunhu.v1.edit_message_send
                 * @interface IContent
                 * @property {string|null} [text] Content text
                 * @property {string|null} [buttons] Content buttons
                 * @property {string|null} [quoteMsgText] Content quoteMsgText
                 */

                /**
                 * Constructs a new Content.
                 * @memberof yunhu.v1.edit_message_send
                 * @classdesc Represents a Content.
                 * @implements IContent
                 * @constructor
                 * @param {yunhu.v1.edit_message_send.IContent=} [properties] Properties to set
                 */
                function Content(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Content text.
                 * @member {string} text
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @instance
                 */
                Content.prototype.text = "";

                /**
                 * Content buttons.
                 * @member {string} buttons
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @instance
                 */
                Content.prototype.buttons = "";

                /**
                 * Content quoteMsgText.
                 * @member {string} quoteMsgText
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @instance
                 */
                Content.prototype.quoteMsgText = "";

                /**
                 * Creates a new Content instance using the specified properties.
                 * @function create
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @static
                 * @param {yunhu.v1.edit_message_send.IContent=} [properties] Properties to set
                 * @returns {yunhu.v1.edit_message_send.Content} Content instance
                 */
                Content.create = function create(properties) {
                    return new Content(properties);
                };

                /**
                 * Encodes the specified Content message. Does not implicitly {@link yunhu.v1.edit_message_send.Content.verify|verify} messages.
                 * @function encode
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @static
                 * @param {yunhu.v1.edit_message_send.IContent} message Content message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Content.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.buttons != null && Object.hasOwnProperty.call(message, "buttons"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.buttons);
                    if (message.quoteMsgText != null && Object.hasOwnProperty.call(message, "quoteMsgText"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.quoteMsgText);
                    return writer;
                };

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @function decode
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {yunhu.v1.edit_message_send.Content} Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Content.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.yunhu.v1.edit_message_send.Content();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.text = reader.string();
                                break;
                            }
                        case 2: {
                                message.buttons = reader.string();
                                break;
                            }
                        case 8: {
                                message.quoteMsgText = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Creates a Content message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {yunhu.v1.edit_message_send.Content} Content
                 */
                Content.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.yunhu.v1.edit_message_send.Content)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".yunhu.v1.edit_message_send.Content: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.yunhu.v1.edit_message_send.Content();
                    if (object.text != null)
                        message.text = String(object.text);
                    if (object.buttons != null)
                        message.buttons = String(object.buttons);
                    if (object.quoteMsgText != null)
                        message.quoteMsgText = String(object.quoteMsgText);
                    return message;
                };

                /**
                 * Creates a plain object from a Content message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @static
                 * @param {yunhu.v1.edit_message_send.Content} message Content
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Content.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.text = "";
                        object.buttons = "";
                        object.quoteMsgText = "";
                    }
                    if (message.text != null && Object.hasOwnProperty.call(message, "text"))
                        object.text = message.text;
                    if (message.buttons != null && Object.hasOwnProperty.call(message, "buttons"))
                        object.buttons = message.buttons;
                    if (message.quoteMsgText != null && Object.hasOwnProperty.call(message, "quoteMsgText"))
                        object.quoteMsgText = message.quoteMsgText;
                    return object;
                };

                /**
                 * Converts this Content to JSON.
                 * @function toJSON
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Content.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Content
                 * @function getTypeUrl
                 * @memberof yunhu.v1.edit_message_send.Content
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Content.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/yunhu.v1.edit_message_send.Content";
                };

                return Content;
            })();

            return edit_message_send;
        })();

        v1.edit_message = (function() {

            /**
             * Properties of an edit_message.
             * @memberof yunhu.v1
             * @interface Iedit_message
             * @property {yunhu.v1.IStatus|null} [status] edit_message status
             */

            /**
             * Constructs a new edit_message.
             * @memberof yunhu.v1
             * @classdesc Represents an edit_message.
             * @implements Iedit_message
             * @constructor
             * @param {yunhu.v1.Iedit_message=} [properties] Properties to set
             */
            function edit_message(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * edit_message status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.edit_message
             * @instance
             */
            edit_message.prototype.status = null;

            /**
             * Creates a new edit_message instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.edit_message
             * @static
             * @param {yunhu.v1.Iedit_message=} [properties] Properties to set
             * @returns {yunhu.v1.edit_message} edit_message instance
             */
            edit_message.create = function create(properties) {
                return new edit_message(properties);
            };

            /**
             * Encodes the specified edit_message message. Does not implicitly {@link yunhu.v1.edit_message.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.edit_message
             * @static
             * @param {yunhu.v1.Iedit_message} message edit_message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            edit_message.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an edit_message message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.edit_message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.edit_message} edit_message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            edit_message.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.edit_message();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates an edit_message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.edit_message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.edit_message} edit_message
             */
            edit_message.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.edit_message)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.edit_message: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.edit_message();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.edit_message.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an edit_message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.edit_message
             * @static
             * @param {yunhu.v1.edit_message} message edit_message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            edit_message.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                return object;
            };

            /**
             * Converts this edit_message to JSON.
             * @function toJSON
             * @memberof yunhu.v1.edit_message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            edit_message.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for edit_message
             * @function getTypeUrl
             * @memberof yunhu.v1.edit_message
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            edit_message.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.edit_message";
            };

            return edit_message;
        })();

        v1.list_message_by_seq_send = (function() {

            /**
             * Properties of a list_message_by_seq_send.
             * @memberof yunhu.v1
             * @interface Ilist_message_by_seq_send
             * @property {number|Long|null} [msgStart] list_message_by_seq_send msgStart
             * @property {number|Long|null} [chatType] list_message_by_seq_send chatType
             * @property {string|null} [chatId] list_message_by_seq_send chatId
             */

            /**
             * Constructs a new list_message_by_seq_send.
             * @memberof yunhu.v1
             * @classdesc Represents a list_message_by_seq_send.
             * @implements Ilist_message_by_seq_send
             * @constructor
             * @param {yunhu.v1.Ilist_message_by_seq_send=} [properties] Properties to set
             */
            function list_message_by_seq_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * list_message_by_seq_send msgStart.
             * @member {number|Long} msgStart
             * @memberof yunhu.v1.list_message_by_seq_send
             * @instance
             */
            list_message_by_seq_send.prototype.msgStart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_by_seq_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.list_message_by_seq_send
             * @instance
             */
            list_message_by_seq_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_by_seq_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.list_message_by_seq_send
             * @instance
             */
            list_message_by_seq_send.prototype.chatId = "";

            /**
             * Creates a new list_message_by_seq_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.list_message_by_seq_send
             * @static
             * @param {yunhu.v1.Ilist_message_by_seq_send=} [properties] Properties to set
             * @returns {yunhu.v1.list_message_by_seq_send} list_message_by_seq_send instance
             */
            list_message_by_seq_send.create = function create(properties) {
                return new list_message_by_seq_send(properties);
            };

            /**
             * Encodes the specified list_message_by_seq_send message. Does not implicitly {@link yunhu.v1.list_message_by_seq_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.list_message_by_seq_send
             * @static
             * @param {yunhu.v1.Ilist_message_by_seq_send} message list_message_by_seq_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            list_message_by_seq_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgStart != null && Object.hasOwnProperty.call(message, "msgStart"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.msgStart);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.chatType);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.chatId);
                return writer;
            };

            /**
             * Decodes a list_message_by_seq_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.list_message_by_seq_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.list_message_by_seq_send} list_message_by_seq_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            list_message_by_seq_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.list_message_by_seq_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 3: {
                            message.msgStart = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.chatId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a list_message_by_seq_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.list_message_by_seq_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.list_message_by_seq_send} list_message_by_seq_send
             */
            list_message_by_seq_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.list_message_by_seq_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.list_message_by_seq_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.list_message_by_seq_send();
                if (object.msgStart != null)
                    if ($util.Long)
                        message.msgStart = $util.Long.fromValue(object.msgStart, true);
                    else if (typeof object.msgStart === "string")
                        message.msgStart = parseInt(object.msgStart, 10);
                    else if (typeof object.msgStart === "number")
                        message.msgStart = object.msgStart;
                    else if (typeof object.msgStart === "object")
                        message.msgStart = new $util.LongBits(object.msgStart.low >>> 0, object.msgStart.high >>> 0).toNumber(true);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                return message;
            };

            /**
             * Creates a plain object from a list_message_by_seq_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.list_message_by_seq_send
             * @static
             * @param {yunhu.v1.list_message_by_seq_send} message list_message_by_seq_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            list_message_by_seq_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgStart = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgStart = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.chatId = "";
                }
                if (message.msgStart != null && Object.hasOwnProperty.call(message, "msgStart"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgStart = typeof message.msgStart === "number" ? BigInt(message.msgStart) : $util.Long.fromBits(message.msgStart.low >>> 0, message.msgStart.high >>> 0, true).toBigInt();
                    else if (typeof message.msgStart === "number")
                        object.msgStart = options.longs === String ? String(message.msgStart) : message.msgStart;
                    else
                        object.msgStart = options.longs === String ? $util.Long.prototype.toString.call(message.msgStart) : options.longs === Number ? new $util.LongBits(message.msgStart.low >>> 0, message.msgStart.high >>> 0).toNumber(true) : message.msgStart;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                return object;
            };

            /**
             * Converts this list_message_by_seq_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.list_message_by_seq_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            list_message_by_seq_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for list_message_by_seq_send
             * @function getTypeUrl
             * @memberof yunhu.v1.list_message_by_seq_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            list_message_by_seq_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.list_message_by_seq_send";
            };

            return list_message_by_seq_send;
        })();

        v1.list_message_by_seq = (function() {

            /**
             * Properties of a list_message_by_seq.
             * @memberof yunhu.v1
             * @interface Ilist_message_by_seq
             * @property {yunhu.v1.IStatus|null} [status] list_message_by_seq status
             * @property {Array.<yunhu.v1.IMsg>|null} [msg] list_message_by_seq msg
             * @property {number|Long|null} [msgCount] list_message_by_seq msgCount
             */

            /**
             * Constructs a new list_message_by_seq.
             * @memberof yunhu.v1
             * @classdesc Represents a list_message_by_seq.
             * @implements Ilist_message_by_seq
             * @constructor
             * @param {yunhu.v1.Ilist_message_by_seq=} [properties] Properties to set
             */
            function list_message_by_seq(properties) {
                this.msg = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * list_message_by_seq status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.list_message_by_seq
             * @instance
             */
            list_message_by_seq.prototype.status = null;

            /**
             * list_message_by_seq msg.
             * @member {Array.<yunhu.v1.IMsg>} msg
             * @memberof yunhu.v1.list_message_by_seq
             * @instance
             */
            list_message_by_seq.prototype.msg = $util.emptyArray;

            /**
             * list_message_by_seq msgCount.
             * @member {number|Long} msgCount
             * @memberof yunhu.v1.list_message_by_seq
             * @instance
             */
            list_message_by_seq.prototype.msgCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new list_message_by_seq instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.list_message_by_seq
             * @static
             * @param {yunhu.v1.Ilist_message_by_seq=} [properties] Properties to set
             * @returns {yunhu.v1.list_message_by_seq} list_message_by_seq instance
             */
            list_message_by_seq.create = function create(properties) {
                return new list_message_by_seq(properties);
            };

            /**
             * Encodes the specified list_message_by_seq message. Does not implicitly {@link yunhu.v1.list_message_by_seq.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.list_message_by_seq
             * @static
             * @param {yunhu.v1.Ilist_message_by_seq} message list_message_by_seq message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            list_message_by_seq.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.msg != null && message.msg.length)
                    for (let i = 0; i < message.msg.length; ++i)
                        $root.yunhu.v1.Msg.encode(message.msg[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.msgCount != null && Object.hasOwnProperty.call(message, "msgCount"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.msgCount);
                return writer;
            };

            /**
             * Decodes a list_message_by_seq message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.list_message_by_seq
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.list_message_by_seq} list_message_by_seq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            list_message_by_seq.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.list_message_by_seq();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.msg && message.msg.length))
                                message.msg = [];
                            message.msg.push($root.yunhu.v1.Msg.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.msgCount = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a list_message_by_seq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.list_message_by_seq
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.list_message_by_seq} list_message_by_seq
             */
            list_message_by_seq.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.list_message_by_seq)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.list_message_by_seq: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.list_message_by_seq();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.list_message_by_seq.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                if (object.msg) {
                    if (!Array.isArray(object.msg))
                        throw TypeError(".yunhu.v1.list_message_by_seq.msg: array expected");
                    message.msg = [];
                    for (let i = 0; i < object.msg.length; ++i) {
                        if (!$util.isObject(object.msg[i]))
                            throw TypeError(".yunhu.v1.list_message_by_seq.msg: object expected");
                        message.msg[i] = $root.yunhu.v1.Msg.fromObject(object.msg[i], long + 1);
                    }
                }
                if (object.msgCount != null)
                    if ($util.Long)
                        message.msgCount = $util.Long.fromValue(object.msgCount, true);
                    else if (typeof object.msgCount === "string")
                        message.msgCount = parseInt(object.msgCount, 10);
                    else if (typeof object.msgCount === "number")
                        message.msgCount = object.msgCount;
                    else if (typeof object.msgCount === "object")
                        message.msgCount = new $util.LongBits(object.msgCount.low >>> 0, object.msgCount.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a list_message_by_seq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.list_message_by_seq
             * @static
             * @param {yunhu.v1.list_message_by_seq} message list_message_by_seq
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            list_message_by_seq.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.msg = [];
                if (options.defaults) {
                    object.status = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgCount = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgCount = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                if (message.msg && message.msg.length) {
                    object.msg = [];
                    for (let j = 0; j < message.msg.length; ++j)
                        object.msg[j] = $root.yunhu.v1.Msg.toObject(message.msg[j], options, q + 1);
                }
                if (message.msgCount != null && Object.hasOwnProperty.call(message, "msgCount"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgCount = typeof message.msgCount === "number" ? BigInt(message.msgCount) : $util.Long.fromBits(message.msgCount.low >>> 0, message.msgCount.high >>> 0, true).toBigInt();
                    else if (typeof message.msgCount === "number")
                        object.msgCount = options.longs === String ? String(message.msgCount) : message.msgCount;
                    else
                        object.msgCount = options.longs === String ? $util.Long.prototype.toString.call(message.msgCount) : options.longs === Number ? new $util.LongBits(message.msgCount.low >>> 0, message.msgCount.high >>> 0).toNumber(true) : message.msgCount;
                return object;
            };

            /**
             * Converts this list_message_by_seq to JSON.
             * @function toJSON
             * @memberof yunhu.v1.list_message_by_seq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            list_message_by_seq.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for list_message_by_seq
             * @function getTypeUrl
             * @memberof yunhu.v1.list_message_by_seq
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            list_message_by_seq.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.list_message_by_seq";
            };

            return list_message_by_seq;
        })();

        v1.list_message_send = (function() {

            /**
             * Properties of a list_message_send.
             * @memberof yunhu.v1
             * @interface Ilist_message_send
             * @property {number|Long|null} [msgCount] list_message_send msgCount
             * @property {string|null} [msgId] list_message_send msgId
             * @property {number|Long|null} [chatType] list_message_send chatType
             * @property {string|null} [chatId] list_message_send chatId
             */

            /**
             * Constructs a new list_message_send.
             * @memberof yunhu.v1
             * @classdesc Represents a list_message_send.
             * @implements Ilist_message_send
             * @constructor
             * @param {yunhu.v1.Ilist_message_send=} [properties] Properties to set
             */
            function list_message_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * list_message_send msgCount.
             * @member {number|Long} msgCount
             * @memberof yunhu.v1.list_message_send
             * @instance
             */
            list_message_send.prototype.msgCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_send msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.list_message_send
             * @instance
             */
            list_message_send.prototype.msgId = "";

            /**
             * list_message_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.list_message_send
             * @instance
             */
            list_message_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.list_message_send
             * @instance
             */
            list_message_send.prototype.chatId = "";

            /**
             * Creates a new list_message_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.list_message_send
             * @static
             * @param {yunhu.v1.Ilist_message_send=} [properties] Properties to set
             * @returns {yunhu.v1.list_message_send} list_message_send instance
             */
            list_message_send.create = function create(properties) {
                return new list_message_send(properties);
            };

            /**
             * Encodes the specified list_message_send message. Does not implicitly {@link yunhu.v1.list_message_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.list_message_send
             * @static
             * @param {yunhu.v1.Ilist_message_send} message list_message_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            list_message_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgCount != null && Object.hasOwnProperty.call(message, "msgCount"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.msgCount);
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.msgId);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.chatType);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.chatId);
                return writer;
            };

            /**
             * Decodes a list_message_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.list_message_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.list_message_send} list_message_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            list_message_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.list_message_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.msgCount = reader.uint64();
                            break;
                        }
                    case 3: {
                            message.msgId = reader.string();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.chatId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a list_message_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.list_message_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.list_message_send} list_message_send
             */
            list_message_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.list_message_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.list_message_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.list_message_send();
                if (object.msgCount != null)
                    if ($util.Long)
                        message.msgCount = $util.Long.fromValue(object.msgCount, true);
                    else if (typeof object.msgCount === "string")
                        message.msgCount = parseInt(object.msgCount, 10);
                    else if (typeof object.msgCount === "number")
                        message.msgCount = object.msgCount;
                    else if (typeof object.msgCount === "object")
                        message.msgCount = new $util.LongBits(object.msgCount.low >>> 0, object.msgCount.high >>> 0).toNumber(true);
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                return message;
            };

            /**
             * Creates a plain object from a list_message_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.list_message_send
             * @static
             * @param {yunhu.v1.list_message_send} message list_message_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            list_message_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgCount = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgCount = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.msgId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.chatId = "";
                }
                if (message.msgCount != null && Object.hasOwnProperty.call(message, "msgCount"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgCount = typeof message.msgCount === "number" ? BigInt(message.msgCount) : $util.Long.fromBits(message.msgCount.low >>> 0, message.msgCount.high >>> 0, true).toBigInt();
                    else if (typeof message.msgCount === "number")
                        object.msgCount = options.longs === String ? String(message.msgCount) : message.msgCount;
                    else
                        object.msgCount = options.longs === String ? $util.Long.prototype.toString.call(message.msgCount) : options.longs === Number ? new $util.LongBits(message.msgCount.low >>> 0, message.msgCount.high >>> 0).toNumber(true) : message.msgCount;
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                return object;
            };

            /**
             * Converts this list_message_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.list_message_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            list_message_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for list_message_send
             * @function getTypeUrl
             * @memberof yunhu.v1.list_message_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            list_message_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.list_message_send";
            };

            return list_message_send;
        })();

        v1.list_message = (function() {

            /**
             * Properties of a list_message.
             * @memberof yunhu.v1
             * @interface Ilist_message
             * @property {yunhu.v1.IStatus|null} [status] list_message status
             * @property {Array.<yunhu.v1.IMsg>|null} [msg] list_message msg
             */

            /**
             * Constructs a new list_message.
             * @memberof yunhu.v1
             * @classdesc Represents a list_message.
             * @implements Ilist_message
             * @constructor
             * @param {yunhu.v1.Ilist_message=} [properties] Properties to set
             */
            function list_message(properties) {
                this.msg = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * list_message status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.list_message
             * @instance
             */
            list_message.prototype.status = null;

            /**
             * list_message msg.
             * @member {Array.<yunhu.v1.IMsg>} msg
             * @memberof yunhu.v1.list_message
             * @instance
             */
            list_message.prototype.msg = $util.emptyArray;

            /**
             * Creates a new list_message instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.list_message
             * @static
             * @param {yunhu.v1.Ilist_message=} [properties] Properties to set
             * @returns {yunhu.v1.list_message} list_message instance
             */
            list_message.create = function create(properties) {
                return new list_message(properties);
            };

            /**
             * Encodes the specified list_message message. Does not implicitly {@link yunhu.v1.list_message.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.list_message
             * @static
             * @param {yunhu.v1.Ilist_message} message list_message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            list_message.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.msg != null && message.msg.length)
                    for (let i = 0; i < message.msg.length; ++i)
                        $root.yunhu.v1.Msg.encode(message.msg[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a list_message message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.list_message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.list_message} list_message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            list_message.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.list_message();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.msg && message.msg.length))
                                message.msg = [];
                            message.msg.push($root.yunhu.v1.Msg.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a list_message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.list_message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.list_message} list_message
             */
            list_message.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.list_message)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.list_message: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.list_message();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.list_message.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                if (object.msg) {
                    if (!Array.isArray(object.msg))
                        throw TypeError(".yunhu.v1.list_message.msg: array expected");
                    message.msg = [];
                    for (let i = 0; i < object.msg.length; ++i) {
                        if (!$util.isObject(object.msg[i]))
                            throw TypeError(".yunhu.v1.list_message.msg: object expected");
                        message.msg[i] = $root.yunhu.v1.Msg.fromObject(object.msg[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a list_message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.list_message
             * @static
             * @param {yunhu.v1.list_message} message list_message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            list_message.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.msg = [];
                if (options.defaults)
                    object.status = null;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                if (message.msg && message.msg.length) {
                    object.msg = [];
                    for (let j = 0; j < message.msg.length; ++j)
                        object.msg[j] = $root.yunhu.v1.Msg.toObject(message.msg[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this list_message to JSON.
             * @function toJSON
             * @memberof yunhu.v1.list_message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            list_message.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for list_message
             * @function getTypeUrl
             * @memberof yunhu.v1.list_message
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            list_message.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.list_message";
            };

            return list_message;
        })();

        v1.list_message_by_mid_seq_send = (function() {

            /**
             * Properties of a list_message_by_mid_seq_send.
             * @memberof yunhu.v1
             * @interface Ilist_message_by_mid_seq_send
             * @property {number|Long|null} [msgSeq] list_message_by_mid_seq_send msgSeq
             * @property {number|Long|null} [chatType] list_message_by_mid_seq_send chatType
             * @property {string|null} [chatId] list_message_by_mid_seq_send chatId
             * @property {number|Long|null} [unknown] list_message_by_mid_seq_send unknown
             * @property {number|Long|null} [msgCount] list_message_by_mid_seq_send msgCount
             * @property {string|null} [msgId] list_message_by_mid_seq_send msgId
             */

            /**
             * Constructs a new list_message_by_mid_seq_send.
             * @memberof yunhu.v1
             * @classdesc Represents a list_message_by_mid_seq_send.
             * @implements Ilist_message_by_mid_seq_send
             * @constructor
             * @param {yunhu.v1.Ilist_message_by_mid_seq_send=} [properties] Properties to set
             */
            function list_message_by_mid_seq_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * list_message_by_mid_seq_send msgSeq.
             * @member {number|Long} msgSeq
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             */
            list_message_by_mid_seq_send.prototype.msgSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_by_mid_seq_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             */
            list_message_by_mid_seq_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_by_mid_seq_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             */
            list_message_by_mid_seq_send.prototype.chatId = "";

            /**
             * list_message_by_mid_seq_send unknown.
             * @member {number|Long} unknown
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             */
            list_message_by_mid_seq_send.prototype.unknown = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_by_mid_seq_send msgCount.
             * @member {number|Long} msgCount
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             */
            list_message_by_mid_seq_send.prototype.msgCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * list_message_by_mid_seq_send msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             */
            list_message_by_mid_seq_send.prototype.msgId = "";

            /**
             * Creates a new list_message_by_mid_seq_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @static
             * @param {yunhu.v1.Ilist_message_by_mid_seq_send=} [properties] Properties to set
             * @returns {yunhu.v1.list_message_by_mid_seq_send} list_message_by_mid_seq_send instance
             */
            list_message_by_mid_seq_send.create = function create(properties) {
                return new list_message_by_mid_seq_send(properties);
            };

            /**
             * Encodes the specified list_message_by_mid_seq_send message. Does not implicitly {@link yunhu.v1.list_message_by_mid_seq_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @static
             * @param {yunhu.v1.Ilist_message_by_mid_seq_send} message list_message_by_mid_seq_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            list_message_by_mid_seq_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgSeq != null && Object.hasOwnProperty.call(message, "msgSeq"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.msgSeq);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.chatType);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.chatId);
                if (message.unknown != null && Object.hasOwnProperty.call(message, "unknown"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unknown);
                if (message.msgCount != null && Object.hasOwnProperty.call(message, "msgCount"))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.msgCount);
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.msgId);
                return writer;
            };

            /**
             * Decodes a list_message_by_mid_seq_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.list_message_by_mid_seq_send} list_message_by_mid_seq_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            list_message_by_mid_seq_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.list_message_by_mid_seq_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 3: {
                            message.msgSeq = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.chatId = reader.string();
                            break;
                        }
                    case 6: {
                            message.unknown = reader.uint64();
                            break;
                        }
                    case 7: {
                            message.msgCount = reader.uint64();
                            break;
                        }
                    case 8: {
                            message.msgId = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a list_message_by_mid_seq_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.list_message_by_mid_seq_send} list_message_by_mid_seq_send
             */
            list_message_by_mid_seq_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.list_message_by_mid_seq_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.list_message_by_mid_seq_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.list_message_by_mid_seq_send();
                if (object.msgSeq != null)
                    if ($util.Long)
                        message.msgSeq = $util.Long.fromValue(object.msgSeq, true);
                    else if (typeof object.msgSeq === "string")
                        message.msgSeq = parseInt(object.msgSeq, 10);
                    else if (typeof object.msgSeq === "number")
                        message.msgSeq = object.msgSeq;
                    else if (typeof object.msgSeq === "object")
                        message.msgSeq = new $util.LongBits(object.msgSeq.low >>> 0, object.msgSeq.high >>> 0).toNumber(true);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                if (object.unknown != null)
                    if ($util.Long)
                        message.unknown = $util.Long.fromValue(object.unknown, true);
                    else if (typeof object.unknown === "string")
                        message.unknown = parseInt(object.unknown, 10);
                    else if (typeof object.unknown === "number")
                        message.unknown = object.unknown;
                    else if (typeof object.unknown === "object")
                        message.unknown = new $util.LongBits(object.unknown.low >>> 0, object.unknown.high >>> 0).toNumber(true);
                if (object.msgCount != null)
                    if ($util.Long)
                        message.msgCount = $util.Long.fromValue(object.msgCount, true);
                    else if (typeof object.msgCount === "string")
                        message.msgCount = parseInt(object.msgCount, 10);
                    else if (typeof object.msgCount === "number")
                        message.msgCount = object.msgCount;
                    else if (typeof object.msgCount === "object")
                        message.msgCount = new $util.LongBits(object.msgCount.low >>> 0, object.msgCount.high >>> 0).toNumber(true);
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                return message;
            };

            /**
             * Creates a plain object from a list_message_by_mid_seq_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @static
             * @param {yunhu.v1.list_message_by_mid_seq_send} message list_message_by_mid_seq_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            list_message_by_mid_seq_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgSeq = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.chatId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unknown = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.unknown = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.msgCount = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.msgCount = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.msgId = "";
                }
                if (message.msgSeq != null && Object.hasOwnProperty.call(message, "msgSeq"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgSeq = typeof message.msgSeq === "number" ? BigInt(message.msgSeq) : $util.Long.fromBits(message.msgSeq.low >>> 0, message.msgSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.msgSeq === "number")
                        object.msgSeq = options.longs === String ? String(message.msgSeq) : message.msgSeq;
                    else
                        object.msgSeq = options.longs === String ? $util.Long.prototype.toString.call(message.msgSeq) : options.longs === Number ? new $util.LongBits(message.msgSeq.low >>> 0, message.msgSeq.high >>> 0).toNumber(true) : message.msgSeq;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                if (message.unknown != null && Object.hasOwnProperty.call(message, "unknown"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.unknown = typeof message.unknown === "number" ? BigInt(message.unknown) : $util.Long.fromBits(message.unknown.low >>> 0, message.unknown.high >>> 0, true).toBigInt();
                    else if (typeof message.unknown === "number")
                        object.unknown = options.longs === String ? String(message.unknown) : message.unknown;
                    else
                        object.unknown = options.longs === String ? $util.Long.prototype.toString.call(message.unknown) : options.longs === Number ? new $util.LongBits(message.unknown.low >>> 0, message.unknown.high >>> 0).toNumber(true) : message.unknown;
                if (message.msgCount != null && Object.hasOwnProperty.call(message, "msgCount"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.msgCount = typeof message.msgCount === "number" ? BigInt(message.msgCount) : $util.Long.fromBits(message.msgCount.low >>> 0, message.msgCount.high >>> 0, true).toBigInt();
                    else if (typeof message.msgCount === "number")
                        object.msgCount = options.longs === String ? String(message.msgCount) : message.msgCount;
                    else
                        object.msgCount = options.longs === String ? $util.Long.prototype.toString.call(message.msgCount) : options.longs === Number ? new $util.LongBits(message.msgCount.low >>> 0, message.msgCount.high >>> 0).toNumber(true) : message.msgCount;
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                return object;
            };

            /**
             * Converts this list_message_by_mid_seq_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            list_message_by_mid_seq_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for list_message_by_mid_seq_send
             * @function getTypeUrl
             * @memberof yunhu.v1.list_message_by_mid_seq_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            list_message_by_mid_seq_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.list_message_by_mid_seq_send";
            };

            return list_message_by_mid_seq_send;
        })();

        v1.list_message_by_mid_seq = (function() {

            /**
             * Properties of a list_message_by_mid_seq.
             * @memberof yunhu.v1
             * @interface Ilist_message_by_mid_seq
             * @property {yunhu.v1.IStatus|null} [status] list_message_by_mid_seq status
             * @property {Array.<yunhu.v1.IMsg>|null} [msg] list_message_by_mid_seq msg
             * @property {number|Long|null} [total] list_message_by_mid_seq total
             */

            /**
             * Constructs a new list_message_by_mid_seq.
             * @memberof yunhu.v1
             * @classdesc Represents a list_message_by_mid_seq.
             * @implements Ilist_message_by_mid_seq
             * @constructor
             * @param {yunhu.v1.Ilist_message_by_mid_seq=} [properties] Properties to set
             */
            function list_message_by_mid_seq(properties) {
                this.msg = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * list_message_by_mid_seq status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @instance
             */
            list_message_by_mid_seq.prototype.status = null;

            /**
             * list_message_by_mid_seq msg.
             * @member {Array.<yunhu.v1.IMsg>} msg
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @instance
             */
            list_message_by_mid_seq.prototype.msg = $util.emptyArray;

            /**
             * list_message_by_mid_seq total.
             * @member {number|Long} total
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @instance
             */
            list_message_by_mid_seq.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new list_message_by_mid_seq instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @static
             * @param {yunhu.v1.Ilist_message_by_mid_seq=} [properties] Properties to set
             * @returns {yunhu.v1.list_message_by_mid_seq} list_message_by_mid_seq instance
             */
            list_message_by_mid_seq.create = function create(properties) {
                return new list_message_by_mid_seq(properties);
            };

            /**
             * Encodes the specified list_message_by_mid_seq message. Does not implicitly {@link yunhu.v1.list_message_by_mid_seq.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @static
             * @param {yunhu.v1.Ilist_message_by_mid_seq} message list_message_by_mid_seq message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            list_message_by_mid_seq.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.msg != null && message.msg.length)
                    for (let i = 0; i < message.msg.length; ++i)
                        $root.yunhu.v1.Msg.encode(message.msg[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.total != null && Object.hasOwnProperty.call(message, "total"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.total);
                return writer;
            };

            /**
             * Decodes a list_message_by_mid_seq message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.list_message_by_mid_seq} list_message_by_mid_seq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            list_message_by_mid_seq.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.list_message_by_mid_seq();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 2: {
                            if (!(message.msg && message.msg.length))
                                message.msg = [];
                            message.msg.push($root.yunhu.v1.Msg.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.total = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a list_message_by_mid_seq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.list_message_by_mid_seq} list_message_by_mid_seq
             */
            list_message_by_mid_seq.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.list_message_by_mid_seq)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.list_message_by_mid_seq: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.list_message_by_mid_seq();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.list_message_by_mid_seq.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                if (object.msg) {
                    if (!Array.isArray(object.msg))
                        throw TypeError(".yunhu.v1.list_message_by_mid_seq.msg: array expected");
                    message.msg = [];
                    for (let i = 0; i < object.msg.length; ++i) {
                        if (!$util.isObject(object.msg[i]))
                            throw TypeError(".yunhu.v1.list_message_by_mid_seq.msg: object expected");
                        message.msg[i] = $root.yunhu.v1.Msg.fromObject(object.msg[i], long + 1);
                    }
                }
                if (object.total != null)
                    if ($util.Long)
                        message.total = $util.Long.fromValue(object.total, true);
                    else if (typeof object.total === "string")
                        message.total = parseInt(object.total, 10);
                    else if (typeof object.total === "number")
                        message.total = object.total;
                    else if (typeof object.total === "object")
                        message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a list_message_by_mid_seq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @static
             * @param {yunhu.v1.list_message_by_mid_seq} message list_message_by_mid_seq
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            list_message_by_mid_seq.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.msg = [];
                if (options.defaults) {
                    object.status = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.total = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.total = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                if (message.msg && message.msg.length) {
                    object.msg = [];
                    for (let j = 0; j < message.msg.length; ++j)
                        object.msg[j] = $root.yunhu.v1.Msg.toObject(message.msg[j], options, q + 1);
                }
                if (message.total != null && Object.hasOwnProperty.call(message, "total"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.total = typeof message.total === "number" ? BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                    else if (typeof message.total === "number")
                        object.total = options.longs === String ? String(message.total) : message.total;
                    else
                        object.total = options.longs === String ? $util.Long.prototype.toString.call(message.total) : options.longs === Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                return object;
            };

            /**
             * Converts this list_message_by_mid_seq to JSON.
             * @function toJSON
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            list_message_by_mid_seq.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for list_message_by_mid_seq
             * @function getTypeUrl
             * @memberof yunhu.v1.list_message_by_mid_seq
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            list_message_by_mid_seq.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.list_message_by_mid_seq";
            };

            return list_message_by_mid_seq;
        })();

        v1.button_report_send = (function() {

            /**
             * Properties of a button_report_send.
             * @memberof yunhu.v1
             * @interface Ibutton_report_send
             * @property {string|null} [msgId] button_report_send msgId
             * @property {number|Long|null} [chatType] button_report_send chatType
             * @property {string|null} [chatId] button_report_send chatId
             * @property {string|null} [userId] button_report_send userId
             * @property {string|null} [buttonValue] button_report_send buttonValue
             */

            /**
             * Constructs a new button_report_send.
             * @memberof yunhu.v1
             * @classdesc Represents a button_report_send.
             * @implements Ibutton_report_send
             * @constructor
             * @param {yunhu.v1.Ibutton_report_send=} [properties] Properties to set
             */
            function button_report_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * button_report_send msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.button_report_send
             * @instance
             */
            button_report_send.prototype.msgId = "";

            /**
             * button_report_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.button_report_send
             * @instance
             */
            button_report_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * button_report_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.button_report_send
             * @instance
             */
            button_report_send.prototype.chatId = "";

            /**
             * button_report_send userId.
             * @member {string} userId
             * @memberof yunhu.v1.button_report_send
             * @instance
             */
            button_report_send.prototype.userId = "";

            /**
             * button_report_send buttonValue.
             * @member {string} buttonValue
             * @memberof yunhu.v1.button_report_send
             * @instance
             */
            button_report_send.prototype.buttonValue = "";

            /**
             * Creates a new button_report_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.button_report_send
             * @static
             * @param {yunhu.v1.Ibutton_report_send=} [properties] Properties to set
             * @returns {yunhu.v1.button_report_send} button_report_send instance
             */
            button_report_send.create = function create(properties) {
                return new button_report_send(properties);
            };

            /**
             * Encodes the specified button_report_send message. Does not implicitly {@link yunhu.v1.button_report_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.button_report_send
             * @static
             * @param {yunhu.v1.Ibutton_report_send} message button_report_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            button_report_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.msgId);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.chatType);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.chatId);
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.userId);
                if (message.buttonValue != null && Object.hasOwnProperty.call(message, "buttonValue"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.buttonValue);
                return writer;
            };

            /**
             * Decodes a button_report_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.button_report_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.button_report_send} button_report_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            button_report_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.button_report_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.msgId = reader.string();
                            break;
                        }
                    case 3: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    case 4: {
                            message.chatId = reader.string();
                            break;
                        }
                    case 5: {
                            message.userId = reader.string();
                            break;
                        }
                    case 6: {
                            message.buttonValue = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a button_report_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.button_report_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.button_report_send} button_report_send
             */
            button_report_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.button_report_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.button_report_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.button_report_send();
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                if (object.userId != null)
                    message.userId = String(object.userId);
                if (object.buttonValue != null)
                    message.buttonValue = String(object.buttonValue);
                return message;
            };

            /**
             * Creates a plain object from a button_report_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.button_report_send
             * @static
             * @param {yunhu.v1.button_report_send} message button_report_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            button_report_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.msgId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.chatId = "";
                    object.userId = "";
                    object.buttonValue = "";
                }
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                if (message.userId != null && Object.hasOwnProperty.call(message, "userId"))
                    object.userId = message.userId;
                if (message.buttonValue != null && Object.hasOwnProperty.call(message, "buttonValue"))
                    object.buttonValue = message.buttonValue;
                return object;
            };

            /**
             * Converts this button_report_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.button_report_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            button_report_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for button_report_send
             * @function getTypeUrl
             * @memberof yunhu.v1.button_report_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            button_report_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.button_report_send";
            };

            return button_report_send;
        })();

        v1.button_report = (function() {

            /**
             * Properties of a button_report.
             * @memberof yunhu.v1
             * @interface Ibutton_report
             * @property {yunhu.v1.IStatus|null} [status] button_report status
             */

            /**
             * Constructs a new button_report.
             * @memberof yunhu.v1
             * @classdesc Represents a button_report.
             * @implements Ibutton_report
             * @constructor
             * @param {yunhu.v1.Ibutton_report=} [properties] Properties to set
             */
            function button_report(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * button_report status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.button_report
             * @instance
             */
            button_report.prototype.status = null;

            /**
             * Creates a new button_report instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.button_report
             * @static
             * @param {yunhu.v1.Ibutton_report=} [properties] Properties to set
             * @returns {yunhu.v1.button_report} button_report instance
             */
            button_report.create = function create(properties) {
                return new button_report(properties);
            };

            /**
             * Encodes the specified button_report message. Does not implicitly {@link yunhu.v1.button_report.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.button_report
             * @static
             * @param {yunhu.v1.Ibutton_report} message button_report message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            button_report.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a button_report message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.button_report
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.button_report} button_report
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            button_report.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.button_report();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a button_report message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.button_report
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.button_report} button_report
             */
            button_report.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.button_report)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.button_report: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.button_report();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.button_report.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a button_report message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.button_report
             * @static
             * @param {yunhu.v1.button_report} message button_report
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            button_report.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                return object;
            };

            /**
             * Converts this button_report to JSON.
             * @function toJSON
             * @memberof yunhu.v1.button_report
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            button_report.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for button_report
             * @function getTypeUrl
             * @memberof yunhu.v1.button_report
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            button_report.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.button_report";
            };

            return button_report;
        })();

        v1.recall_msg_send = (function() {

            /**
             * Properties of a recall_msg_send.
             * @memberof yunhu.v1
             * @interface Irecall_msg_send
             * @property {string|null} [msgId] recall_msg_send msgId
             * @property {string|null} [chatId] recall_msg_send chatId
             * @property {number|Long|null} [chatType] recall_msg_send chatType
             */

            /**
             * Constructs a new recall_msg_send.
             * @memberof yunhu.v1
             * @classdesc Represents a recall_msg_send.
             * @implements Irecall_msg_send
             * @constructor
             * @param {yunhu.v1.Irecall_msg_send=} [properties] Properties to set
             */
            function recall_msg_send(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * recall_msg_send msgId.
             * @member {string} msgId
             * @memberof yunhu.v1.recall_msg_send
             * @instance
             */
            recall_msg_send.prototype.msgId = "";

            /**
             * recall_msg_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.recall_msg_send
             * @instance
             */
            recall_msg_send.prototype.chatId = "";

            /**
             * recall_msg_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.recall_msg_send
             * @instance
             */
            recall_msg_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new recall_msg_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.recall_msg_send
             * @static
             * @param {yunhu.v1.Irecall_msg_send=} [properties] Properties to set
             * @returns {yunhu.v1.recall_msg_send} recall_msg_send instance
             */
            recall_msg_send.create = function create(properties) {
                return new recall_msg_send(properties);
            };

            /**
             * Encodes the specified recall_msg_send message. Does not implicitly {@link yunhu.v1.recall_msg_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.recall_msg_send
             * @static
             * @param {yunhu.v1.Irecall_msg_send} message recall_msg_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            recall_msg_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.msgId);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.chatId);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.chatType);
                return writer;
            };

            /**
             * Decodes a recall_msg_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.recall_msg_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.recall_msg_send} recall_msg_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            recall_msg_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.recall_msg_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.msgId = reader.string();
                            break;
                        }
                    case 3: {
                            message.chatId = reader.string();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a recall_msg_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.recall_msg_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.recall_msg_send} recall_msg_send
             */
            recall_msg_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.recall_msg_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.recall_msg_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.recall_msg_send();
                if (object.msgId != null)
                    message.msgId = String(object.msgId);
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a recall_msg_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.recall_msg_send
             * @static
             * @param {yunhu.v1.recall_msg_send} message recall_msg_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            recall_msg_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.msgId = "";
                    object.chatId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.msgId != null && Object.hasOwnProperty.call(message, "msgId"))
                    object.msgId = message.msgId;
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                return object;
            };

            /**
             * Converts this recall_msg_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.recall_msg_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            recall_msg_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for recall_msg_send
             * @function getTypeUrl
             * @memberof yunhu.v1.recall_msg_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            recall_msg_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.recall_msg_send";
            };

            return recall_msg_send;
        })();

        v1.recall_msg = (function() {

            /**
             * Properties of a recall_msg.
             * @memberof yunhu.v1
             * @interface Irecall_msg
             * @property {yunhu.v1.IStatus|null} [status] recall_msg status
             */

            /**
             * Constructs a new recall_msg.
             * @memberof yunhu.v1
             * @classdesc Represents a recall_msg.
             * @implements Irecall_msg
             * @constructor
             * @param {yunhu.v1.Irecall_msg=} [properties] Properties to set
             */
            function recall_msg(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * recall_msg status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.recall_msg
             * @instance
             */
            recall_msg.prototype.status = null;

            /**
             * Creates a new recall_msg instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.recall_msg
             * @static
             * @param {yunhu.v1.Irecall_msg=} [properties] Properties to set
             * @returns {yunhu.v1.recall_msg} recall_msg instance
             */
            recall_msg.create = function create(properties) {
                return new recall_msg(properties);
            };

            /**
             * Encodes the specified recall_msg message. Does not implicitly {@link yunhu.v1.recall_msg.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.recall_msg
             * @static
             * @param {yunhu.v1.Irecall_msg} message recall_msg message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            recall_msg.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a recall_msg message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.recall_msg
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.recall_msg} recall_msg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            recall_msg.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.recall_msg();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a recall_msg message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.recall_msg
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.recall_msg} recall_msg
             */
            recall_msg.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.recall_msg)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.recall_msg: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.recall_msg();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.recall_msg.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a recall_msg message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.recall_msg
             * @static
             * @param {yunhu.v1.recall_msg} message recall_msg
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            recall_msg.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                return object;
            };

            /**
             * Converts this recall_msg to JSON.
             * @function toJSON
             * @memberof yunhu.v1.recall_msg
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            recall_msg.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for recall_msg
             * @function getTypeUrl
             * @memberof yunhu.v1.recall_msg
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            recall_msg.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.recall_msg";
            };

            return recall_msg;
        })();

        v1.recall_msg_batch_send = (function() {

            /**
             * Properties of a recall_msg_batch_send.
             * @memberof yunhu.v1
             * @interface Irecall_msg_batch_send
             * @property {Array.<string>|null} [msgId] recall_msg_batch_send msgId
             * @property {string|null} [chatId] recall_msg_batch_send chatId
             * @property {number|Long|null} [chatType] recall_msg_batch_send chatType
             */

            /**
             * Constructs a new recall_msg_batch_send.
             * @memberof yunhu.v1
             * @classdesc Represents a recall_msg_batch_send.
             * @implements Irecall_msg_batch_send
             * @constructor
             * @param {yunhu.v1.Irecall_msg_batch_send=} [properties] Properties to set
             */
            function recall_msg_batch_send(properties) {
                this.msgId = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * recall_msg_batch_send msgId.
             * @member {Array.<string>} msgId
             * @memberof yunhu.v1.recall_msg_batch_send
             * @instance
             */
            recall_msg_batch_send.prototype.msgId = $util.emptyArray;

            /**
             * recall_msg_batch_send chatId.
             * @member {string} chatId
             * @memberof yunhu.v1.recall_msg_batch_send
             * @instance
             */
            recall_msg_batch_send.prototype.chatId = "";

            /**
             * recall_msg_batch_send chatType.
             * @member {number|Long} chatType
             * @memberof yunhu.v1.recall_msg_batch_send
             * @instance
             */
            recall_msg_batch_send.prototype.chatType = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new recall_msg_batch_send instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.recall_msg_batch_send
             * @static
             * @param {yunhu.v1.Irecall_msg_batch_send=} [properties] Properties to set
             * @returns {yunhu.v1.recall_msg_batch_send} recall_msg_batch_send instance
             */
            recall_msg_batch_send.create = function create(properties) {
                return new recall_msg_batch_send(properties);
            };

            /**
             * Encodes the specified recall_msg_batch_send message. Does not implicitly {@link yunhu.v1.recall_msg_batch_send.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.recall_msg_batch_send
             * @static
             * @param {yunhu.v1.Irecall_msg_batch_send} message recall_msg_batch_send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            recall_msg_batch_send.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.msgId != null && message.msgId.length)
                    for (let i = 0; i < message.msgId.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.msgId[i]);
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.chatId);
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.chatType);
                return writer;
            };

            /**
             * Decodes a recall_msg_batch_send message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.recall_msg_batch_send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.recall_msg_batch_send} recall_msg_batch_send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            recall_msg_batch_send.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.recall_msg_batch_send();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            if (!(message.msgId && message.msgId.length))
                                message.msgId = [];
                            message.msgId.push(reader.string());
                            break;
                        }
                    case 3: {
                            message.chatId = reader.string();
                            break;
                        }
                    case 4: {
                            message.chatType = reader.uint64();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a recall_msg_batch_send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.recall_msg_batch_send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.recall_msg_batch_send} recall_msg_batch_send
             */
            recall_msg_batch_send.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.recall_msg_batch_send)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.recall_msg_batch_send: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.recall_msg_batch_send();
                if (object.msgId) {
                    if (!Array.isArray(object.msgId))
                        throw TypeError(".yunhu.v1.recall_msg_batch_send.msgId: array expected");
                    message.msgId = [];
                    for (let i = 0; i < object.msgId.length; ++i)
                        message.msgId[i] = String(object.msgId[i]);
                }
                if (object.chatId != null)
                    message.chatId = String(object.chatId);
                if (object.chatType != null)
                    if ($util.Long)
                        message.chatType = $util.Long.fromValue(object.chatType, true);
                    else if (typeof object.chatType === "string")
                        message.chatType = parseInt(object.chatType, 10);
                    else if (typeof object.chatType === "number")
                        message.chatType = object.chatType;
                    else if (typeof object.chatType === "object")
                        message.chatType = new $util.LongBits(object.chatType.low >>> 0, object.chatType.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a recall_msg_batch_send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.recall_msg_batch_send
             * @static
             * @param {yunhu.v1.recall_msg_batch_send} message recall_msg_batch_send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            recall_msg_batch_send.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.msgId = [];
                if (options.defaults) {
                    object.chatId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.chatType = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.chatType = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                }
                if (message.msgId && message.msgId.length) {
                    object.msgId = [];
                    for (let j = 0; j < message.msgId.length; ++j)
                        object.msgId[j] = message.msgId[j];
                }
                if (message.chatId != null && Object.hasOwnProperty.call(message, "chatId"))
                    object.chatId = message.chatId;
                if (message.chatType != null && Object.hasOwnProperty.call(message, "chatType"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.chatType = typeof message.chatType === "number" ? BigInt(message.chatType) : $util.Long.fromBits(message.chatType.low >>> 0, message.chatType.high >>> 0, true).toBigInt();
                    else if (typeof message.chatType === "number")
                        object.chatType = options.longs === String ? String(message.chatType) : message.chatType;
                    else
                        object.chatType = options.longs === String ? $util.Long.prototype.toString.call(message.chatType) : options.longs === Number ? new $util.LongBits(message.chatType.low >>> 0, message.chatType.high >>> 0).toNumber(true) : message.chatType;
                return object;
            };

            /**
             * Converts this recall_msg_batch_send to JSON.
             * @function toJSON
             * @memberof yunhu.v1.recall_msg_batch_send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            recall_msg_batch_send.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for recall_msg_batch_send
             * @function getTypeUrl
             * @memberof yunhu.v1.recall_msg_batch_send
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            recall_msg_batch_send.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.recall_msg_batch_send";
            };

            return recall_msg_batch_send;
        })();

        v1.recall_msg_batch = (function() {

            /**
             * Properties of a recall_msg_batch.
             * @memberof yunhu.v1
             * @interface Irecall_msg_batch
             * @property {yunhu.v1.IStatus|null} [status] recall_msg_batch status
             */

            /**
             * Constructs a new recall_msg_batch.
             * @memberof yunhu.v1
             * @classdesc Represents a recall_msg_batch.
             * @implements Irecall_msg_batch
             * @constructor
             * @param {yunhu.v1.Irecall_msg_batch=} [properties] Properties to set
             */
            function recall_msg_batch(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * recall_msg_batch status.
             * @member {yunhu.v1.IStatus|null|undefined} status
             * @memberof yunhu.v1.recall_msg_batch
             * @instance
             */
            recall_msg_batch.prototype.status = null;

            /**
             * Creates a new recall_msg_batch instance using the specified properties.
             * @function create
             * @memberof yunhu.v1.recall_msg_batch
             * @static
             * @param {yunhu.v1.Irecall_msg_batch=} [properties] Properties to set
             * @returns {yunhu.v1.recall_msg_batch} recall_msg_batch instance
             */
            recall_msg_batch.create = function create(properties) {
                return new recall_msg_batch(properties);
            };

            /**
             * Encodes the specified recall_msg_batch message. Does not implicitly {@link yunhu.v1.recall_msg_batch.verify|verify} messages.
             * @function encode
             * @memberof yunhu.v1.recall_msg_batch
             * @static
             * @param {yunhu.v1.Irecall_msg_batch} message recall_msg_batch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            recall_msg_batch.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    $root.yunhu.v1.Status.encode(message.status, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a recall_msg_batch message from the specified reader or buffer.
             * @function decode
             * @memberof yunhu.v1.recall_msg_batch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {yunhu.v1.recall_msg_batch} recall_msg_batch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            recall_msg_batch.decode = function decode(reader, length, error, long) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (long === undefined)
                    long = 0;
                if (long > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let end, message;
                if (length === undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = new $root.yunhu.v1.recall_msg_batch();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.status = $root.yunhu.v1.Status.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7, long);
                        break;
                    }
                }
                if (length !== undefined) {
                    if (reader.pos !== end)
                        throw RangeError("index out of range");
                    reader.len = length;
                }
                return message;
            };

            /**
             * Creates a recall_msg_batch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof yunhu.v1.recall_msg_batch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {yunhu.v1.recall_msg_batch} recall_msg_batch
             */
            recall_msg_batch.fromObject = function fromObject(object, long) {
                if (object instanceof $root.yunhu.v1.recall_msg_batch)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".yunhu.v1.recall_msg_batch: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.yunhu.v1.recall_msg_batch();
                if (object.status != null) {
                    if (!$util.isObject(object.status))
                        throw TypeError(".yunhu.v1.recall_msg_batch.status: object expected");
                    message.status = $root.yunhu.v1.Status.fromObject(object.status, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a recall_msg_batch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof yunhu.v1.recall_msg_batch
             * @static
             * @param {yunhu.v1.recall_msg_batch} message recall_msg_batch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            recall_msg_batch.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = null;
                if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                    object.status = $root.yunhu.v1.Status.toObject(message.status, options, q + 1);
                return object;
            };

            /**
             * Converts this recall_msg_batch to JSON.
             * @function toJSON
             * @memberof yunhu.v1.recall_msg_batch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            recall_msg_batch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for recall_msg_batch
             * @function getTypeUrl
             * @memberof yunhu.v1.recall_msg_batch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            recall_msg_batch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/yunhu.v1.recall_msg_batch";
            };

            return recall_msg_batch;
        })();

        return v1;
    })();

    return yunhu;
})();

export { $root as default };
