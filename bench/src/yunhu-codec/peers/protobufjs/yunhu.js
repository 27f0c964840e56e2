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

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.FileDescriptorSet = (function() {

            /**
             * Properties of a FileDescriptorSet.
             * @memberof google.protobuf
             * @interface IFileDescriptorSet
             * @property {Array.<google.protobuf.IFileDescriptorProto>|null} [file] FileDescriptorSet file
             */

            /**
             * Constructs a new FileDescriptorSet.
             * @memberof google.protobuf
             * @classdesc Represents a FileDescriptorSet.
             * @implements IFileDescriptorSet
             * @constructor
             * @param {google.protobuf.IFileDescriptorSet=} [properties] Properties to set
             */
            function FileDescriptorSet(properties) {
                this.file = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileDescriptorSet file.
             * @member {Array.<google.protobuf.IFileDescriptorProto>} file
             * @memberof google.protobuf.FileDescriptorSet
             * @instance
             */
            FileDescriptorSet.prototype.file = $util.emptyArray;

            /**
             * Creates a new FileDescriptorSet instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FileDescriptorSet
             * @static
             * @param {google.protobuf.IFileDescriptorSet=} [properties] Properties to set
             * @returns {google.protobuf.FileDescriptorSet} FileDescriptorSet instance
             */
            FileDescriptorSet.create = function create(properties) {
                return new FileDescriptorSet(properties);
            };

            /**
             * Encodes the specified FileDescriptorSet message. Does not implicitly {@link google.protobuf.FileDescriptorSet.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FileDescriptorSet
             * @static
             * @param {google.protobuf.IFileDescriptorSet} message FileDescriptorSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileDescriptorSet.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.file != null && message.file.length)
                    for (let i = 0; i < message.file.length; ++i)
                        $root.google.protobuf.FileDescriptorProto.encode(message.file[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a FileDescriptorSet message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FileDescriptorSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FileDescriptorSet} FileDescriptorSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileDescriptorSet.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FileDescriptorSet();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.file && message.file.length))
                                message.file = [];
                            message.file.push($root.google.protobuf.FileDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a FileDescriptorSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FileDescriptorSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FileDescriptorSet} FileDescriptorSet
             */
            FileDescriptorSet.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FileDescriptorSet)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FileDescriptorSet: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FileDescriptorSet();
                if (object.file) {
                    if (!Array.isArray(object.file))
                        throw TypeError(".google.protobuf.FileDescriptorSet.file: array expected");
                    message.file = [];
                    for (let i = 0; i < object.file.length; ++i) {
                        if (!$util.isObject(object.file[i]))
                            throw TypeError(".google.protobuf.FileDescriptorSet.file: object expected");
                        message.file[i] = $root.google.protobuf.FileDescriptorProto.fromObject(object.file[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FileDescriptorSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FileDescriptorSet
             * @static
             * @param {google.protobuf.FileDescriptorSet} message FileDescriptorSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileDescriptorSet.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.file = [];
                if (message.file && message.file.length) {
                    object.file = [];
                    for (let j = 0; j < message.file.length; ++j)
                        object.file[j] = $root.google.protobuf.FileDescriptorProto.toObject(message.file[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this FileDescriptorSet to JSON.
             * @function toJSON
             * @memberof google.protobuf.FileDescriptorSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileDescriptorSet.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileDescriptorSet
             * @function getTypeUrl
             * @memberof google.protobuf.FileDescriptorSet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileDescriptorSet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FileDescriptorSet";
            };

            return FileDescriptorSet;
        })();

        /**
         * Edition enum.
         * @name google.protobuf.Edition
         * @enum {number}
         * @property {number} EDITION_UNKNOWN=0 EDITION_UNKNOWN value
         * @property {number} EDITION_LEGACY=900 EDITION_LEGACY value
         * @property {number} EDITION_PROTO2=998 EDITION_PROTO2 value
         * @property {number} EDITION_PROTO3=999 EDITION_PROTO3 value
         * @property {number} EDITION_2023=1000 EDITION_2023 value
         * @property {number} EDITION_2024=1001 EDITION_2024 value
         * @property {number} EDITION_1_TEST_ONLY=1 EDITION_1_TEST_ONLY value
         * @property {number} EDITION_2_TEST_ONLY=2 EDITION_2_TEST_ONLY value
         * @property {number} EDITION_99997_TEST_ONLY=99997 EDITION_99997_TEST_ONLY value
         * @property {number} EDITION_99998_TEST_ONLY=99998 EDITION_99998_TEST_ONLY value
         * @property {number} EDITION_99999_TEST_ONLY=99999 EDITION_99999_TEST_ONLY value
         * @property {number} EDITION_MAX=2147483647 EDITION_MAX value
         */
        protobuf.Edition = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "EDITION_UNKNOWN"] = 0;
            values[valuesById[900] = "EDITION_LEGACY"] = 900;
            values[valuesById[998] = "EDITION_PROTO2"] = 998;
            values[valuesById[999] = "EDITION_PROTO3"] = 999;
            values[valuesById[1000] = "EDITION_2023"] = 1000;
            values[valuesById[1001] = "EDITION_2024"] = 1001;
            values[valuesById[1] = "EDITION_1_TEST_ONLY"] = 1;
            values[valuesById[2] = "EDITION_2_TEST_ONLY"] = 2;
            values[valuesById[99997] = "EDITION_99997_TEST_ONLY"] = 99997;
            values[valuesById[99998] = "EDITION_99998_TEST_ONLY"] = 99998;
            values[valuesById[99999] = "EDITION_99999_TEST_ONLY"] = 99999;
            values[valuesById[2147483647] = "EDITION_MAX"] = 2147483647;
            return values;
        })();

        protobuf.FileDescriptorProto = (function() {

            /**
             * Properties of a FileDescriptorProto.
             * @memberof google.protobuf
             * @interface IFileDescriptorProto
             * @property {string|null} [name] FileDescriptorProto name
             * @property {string|null} ["package"] FileDescriptorProto package
             * @property {Array.<string>|null} [dependency] FileDescriptorProto dependency
             * @property {Array.<number>|null} [publicDependency] FileDescriptorProto publicDependency
             * @property {Array.<number>|null} [weakDependency] FileDescriptorProto weakDependency
             * @property {Array.<string>|null} [optionDependency] FileDescriptorProto optionDependency
             * @property {Array.<google.protobuf.IDescriptorProto>|null} [messageType] FileDescriptorProto messageType
             * @property {Array.<google.protobuf.IEnumDescriptorProto>|null} [enumType] FileDescriptorProto enumType
             * @property {Array.<google.protobuf.IServiceDescriptorProto>|null} [service] FileDescriptorProto service
             * @property {Array.<google.protobuf.IFieldDescriptorProto>|null} [extension] FileDescriptorProto extension
             * @property {google.protobuf.IFileOptions|null} [options] FileDescriptorProto options
             * @property {google.protobuf.ISourceCodeInfo|null} [sourceCodeInfo] FileDescriptorProto sourceCodeInfo
             * @property {string|null} [syntax] FileDescriptorProto syntax
             * @property {google.protobuf.Edition|null} [edition] FileDescriptorProto edition
             */

            /**
             * Constructs a new FileDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents a FileDescriptorProto.
             * @implements IFileDescriptorProto
             * @constructor
             * @param {google.protobuf.IFileDescriptorProto=} [properties] Properties to set
             */
            function FileDescriptorProto(properties) {
                this.dependency = [];
                this.publicDependency = [];
                this.weakDependency = [];
                this.optionDependency = [];
                this.messageType = [];
                this.enumType = [];
                this.service = [];
                this.extension = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.name = "";

            /**
             * FileDescriptorProto package.
             * @member {string} package
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype["package"] = "";

            /**
             * FileDescriptorProto dependency.
             * @member {Array.<string>} dependency
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.dependency = $util.emptyArray;

            /**
             * FileDescriptorProto publicDependency.
             * @member {Array.<number>} publicDependency
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.publicDependency = $util.emptyArray;

            /**
             * FileDescriptorProto weakDependency.
             * @member {Array.<number>} weakDependency
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.weakDependency = $util.emptyArray;

            /**
             * FileDescriptorProto optionDependency.
             * @member {Array.<string>} optionDependency
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.optionDependency = $util.emptyArray;

            /**
             * FileDescriptorProto messageType.
             * @member {Array.<google.protobuf.IDescriptorProto>} messageType
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.messageType = $util.emptyArray;

            /**
             * FileDescriptorProto enumType.
             * @member {Array.<google.protobuf.IEnumDescriptorProto>} enumType
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.enumType = $util.emptyArray;

            /**
             * FileDescriptorProto service.
             * @member {Array.<google.protobuf.IServiceDescriptorProto>} service
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.service = $util.emptyArray;

            /**
             * FileDescriptorProto extension.
             * @member {Array.<google.protobuf.IFieldDescriptorProto>} extension
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.extension = $util.emptyArray;

            /**
             * FileDescriptorProto options.
             * @member {google.protobuf.IFileOptions|null|undefined} options
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.options = null;

            /**
             * FileDescriptorProto sourceCodeInfo.
             * @member {google.protobuf.ISourceCodeInfo|null|undefined} sourceCodeInfo
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.sourceCodeInfo = null;

            /**
             * FileDescriptorProto syntax.
             * @member {string} syntax
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.syntax = "";

            /**
             * FileDescriptorProto edition.
             * @member {google.protobuf.Edition} edition
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             */
            FileDescriptorProto.prototype.edition = 0;

            /**
             * Creates a new FileDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FileDescriptorProto
             * @static
             * @param {google.protobuf.IFileDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.FileDescriptorProto} FileDescriptorProto instance
             */
            FileDescriptorProto.create = function create(properties) {
                return new FileDescriptorProto(properties);
            };

            /**
             * Encodes the specified FileDescriptorProto message. Does not implicitly {@link google.protobuf.FileDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FileDescriptorProto
             * @static
             * @param {google.protobuf.IFileDescriptorProto} message FileDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message["package"] != null && Object.hasOwnProperty.call(message, "package"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message["package"]);
                if (message.dependency != null && message.dependency.length)
                    for (let i = 0; i < message.dependency.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.dependency[i]);
                if (message.messageType != null && message.messageType.length)
                    for (let i = 0; i < message.messageType.length; ++i)
                        $root.google.protobuf.DescriptorProto.encode(message.messageType[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.enumType != null && message.enumType.length)
                    for (let i = 0; i < message.enumType.length; ++i)
                        $root.google.protobuf.EnumDescriptorProto.encode(message.enumType[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.service != null && message.service.length)
                    for (let i = 0; i < message.service.length; ++i)
                        $root.google.protobuf.ServiceDescriptorProto.encode(message.service[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.extension != null && message.extension.length)
                    for (let i = 0; i < message.extension.length; ++i)
                        $root.google.protobuf.FieldDescriptorProto.encode(message.extension[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.FileOptions.encode(message.options, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.sourceCodeInfo != null && Object.hasOwnProperty.call(message, "sourceCodeInfo"))
                    $root.google.protobuf.SourceCodeInfo.encode(message.sourceCodeInfo, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.publicDependency != null && message.publicDependency.length)
                    for (let i = 0; i < message.publicDependency.length; ++i)
                        writer.uint32(/* id 10, wireType 0 =*/80).int32(message.publicDependency[i]);
                if (message.weakDependency != null && message.weakDependency.length)
                    for (let i = 0; i < message.weakDependency.length; ++i)
                        writer.uint32(/* id 11, wireType 0 =*/88).int32(message.weakDependency[i]);
                if (message.syntax != null && Object.hasOwnProperty.call(message, "syntax"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.syntax);
                if (message.edition != null && Object.hasOwnProperty.call(message, "edition"))
                    writer.uint32(/* id 14, wireType 0 =*/112).int32(message.edition);
                if (message.optionDependency != null && message.optionDependency.length)
                    for (let i = 0; i < message.optionDependency.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.optionDependency[i]);
                return writer;
            };

            /**
             * Decodes a FileDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FileDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FileDescriptorProto} FileDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FileDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message["package"] = reader.string();
                            break;
                        }
                    case 3: {
                            if (!(message.dependency && message.dependency.length))
                                message.dependency = [];
                            message.dependency.push(reader.string());
                            break;
                        }
                    case 10: {
                            if (!(message.publicDependency && message.publicDependency.length))
                                message.publicDependency = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.publicDependency.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.publicDependency.push(reader.int32());
                            break;
                        }
                    case 11: {
                            if (!(message.weakDependency && message.weakDependency.length))
                                message.weakDependency = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.weakDependency.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.weakDependency.push(reader.int32());
                            break;
                        }
                    case 15: {
                            if (!(message.optionDependency && message.optionDependency.length))
                                message.optionDependency = [];
                            message.optionDependency.push(reader.string());
                            break;
                        }
                    case 4: {
                            if (!(message.messageType && message.messageType.length))
                                message.messageType = [];
                            message.messageType.push($root.google.protobuf.DescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            if (!(message.enumType && message.enumType.length))
                                message.enumType = [];
                            message.enumType.push($root.google.protobuf.EnumDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 6: {
                            if (!(message.service && message.service.length))
                                message.service = [];
                            message.service.push($root.google.protobuf.ServiceDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 7: {
                            if (!(message.extension && message.extension.length))
                                message.extension = [];
                            message.extension.push($root.google.protobuf.FieldDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            message.options = $root.google.protobuf.FileOptions.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            message.sourceCodeInfo = $root.google.protobuf.SourceCodeInfo.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 12: {
                            message.syntax = reader.string();
                            break;
                        }
                    case 14: {
                            message.edition = reader.int32();
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
             * Creates a FileDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FileDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FileDescriptorProto} FileDescriptorProto
             */
            FileDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FileDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FileDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FileDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object["package"] != null)
                    message["package"] = String(object["package"]);
                if (object.dependency) {
                    if (!Array.isArray(object.dependency))
                        throw TypeError(".google.protobuf.FileDescriptorProto.dependency: array expected");
                    message.dependency = [];
                    for (let i = 0; i < object.dependency.length; ++i)
                        message.dependency[i] = String(object.dependency[i]);
                }
                if (object.publicDependency) {
                    if (!Array.isArray(object.publicDependency))
                        throw TypeError(".google.protobuf.FileDescriptorProto.publicDependency: array expected");
                    message.publicDependency = [];
                    for (let i = 0; i < object.publicDependency.length; ++i)
                        message.publicDependency[i] = object.publicDependency[i] | 0;
                }
                if (object.weakDependency) {
                    if (!Array.isArray(object.weakDependency))
                        throw TypeError(".google.protobuf.FileDescriptorProto.weakDependency: array expected");
                    message.weakDependency = [];
                    for (let i = 0; i < object.weakDependency.length; ++i)
                        message.weakDependency[i] = object.weakDependency[i] | 0;
                }
                if (object.optionDependency) {
                    if (!Array.isArray(object.optionDependency))
                        throw TypeError(".google.protobuf.FileDescriptorProto.optionDependency: array expected");
                    message.optionDependency = [];
                    for (let i = 0; i < object.optionDependency.length; ++i)
                        message.optionDependency[i] = String(object.optionDependency[i]);
                }
                if (object.messageType) {
                    if (!Array.isArray(object.messageType))
                        throw TypeError(".google.protobuf.FileDescriptorProto.messageType: array expected");
                    message.messageType = [];
                    for (let i = 0; i < object.messageType.length; ++i) {
                        if (!$util.isObject(object.messageType[i]))
                            throw TypeError(".google.protobuf.FileDescriptorProto.messageType: object expected");
                        message.messageType[i] = $root.google.protobuf.DescriptorProto.fromObject(object.messageType[i], long + 1);
                    }
                }
                if (object.enumType) {
                    if (!Array.isArray(object.enumType))
                        throw TypeError(".google.protobuf.FileDescriptorProto.enumType: array expected");
                    message.enumType = [];
                    for (let i = 0; i < object.enumType.length; ++i) {
                        if (!$util.isObject(object.enumType[i]))
                            throw TypeError(".google.protobuf.FileDescriptorProto.enumType: object expected");
                        message.enumType[i] = $root.google.protobuf.EnumDescriptorProto.fromObject(object.enumType[i], long + 1);
                    }
                }
                if (object.service) {
                    if (!Array.isArray(object.service))
                        throw TypeError(".google.protobuf.FileDescriptorProto.service: array expected");
                    message.service = [];
                    for (let i = 0; i < object.service.length; ++i) {
                        if (!$util.isObject(object.service[i]))
                            throw TypeError(".google.protobuf.FileDescriptorProto.service: object expected");
                        message.service[i] = $root.google.protobuf.ServiceDescriptorProto.fromObject(object.service[i], long + 1);
                    }
                }
                if (object.extension) {
                    if (!Array.isArray(object.extension))
                        throw TypeError(".google.protobuf.FileDescriptorProto.extension: array expected");
                    message.extension = [];
                    for (let i = 0; i < object.extension.length; ++i) {
                        if (!$util.isObject(object.extension[i]))
                            throw TypeError(".google.protobuf.FileDescriptorProto.extension: object expected");
                        message.extension[i] = $root.google.protobuf.FieldDescriptorProto.fromObject(object.extension[i], long + 1);
                    }
                }
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.FileDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.FileOptions.fromObject(object.options, long + 1);
                }
                if (object.sourceCodeInfo != null) {
                    if (!$util.isObject(object.sourceCodeInfo))
                        throw TypeError(".google.protobuf.FileDescriptorProto.sourceCodeInfo: object expected");
                    message.sourceCodeInfo = $root.google.protobuf.SourceCodeInfo.fromObject(object.sourceCodeInfo, long + 1);
                }
                if (object.syntax != null)
                    message.syntax = String(object.syntax);
                switch (object.edition) {
                default:
                    if (typeof object.edition === "number") {
                        message.edition = object.edition;
                        break;
                    }
                    break;
                case "EDITION_UNKNOWN":
                case 0:
                    message.edition = 0;
                    break;
                case "EDITION_LEGACY":
                case 900:
                    message.edition = 900;
                    break;
                case "EDITION_PROTO2":
                case 998:
                    message.edition = 998;
                    break;
                case "EDITION_PROTO3":
                case 999:
                    message.edition = 999;
                    break;
                case "EDITION_2023":
                case 1000:
                    message.edition = 1000;
                    break;
                case "EDITION_2024":
                case 1001:
                    message.edition = 1001;
                    break;
                case "EDITION_1_TEST_ONLY":
                case 1:
                    message.edition = 1;
                    break;
                case "EDITION_2_TEST_ONLY":
                case 2:
                    message.edition = 2;
                    break;
                case "EDITION_99997_TEST_ONLY":
                case 99997:
                    message.edition = 99997;
                    break;
                case "EDITION_99998_TEST_ONLY":
                case 99998:
                    message.edition = 99998;
                    break;
                case "EDITION_99999_TEST_ONLY":
                case 99999:
                    message.edition = 99999;
                    break;
                case "EDITION_MAX":
                case 2147483647:
                    message.edition = 2147483647;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a FileDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FileDescriptorProto
             * @static
             * @param {google.protobuf.FileDescriptorProto} message FileDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.dependency = [];
                    object.messageType = [];
                    object.enumType = [];
                    object.service = [];
                    object.extension = [];
                    object.publicDependency = [];
                    object.weakDependency = [];
                    object.optionDependency = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object["package"] = "";
                    object.options = null;
                    object.sourceCodeInfo = null;
                    object.syntax = "";
                    object.edition = options.enums === String ? "EDITION_UNKNOWN" : 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["package"] != null && Object.hasOwnProperty.call(message, "package"))
                    object["package"] = message["package"];
                if (message.dependency && message.dependency.length) {
                    object.dependency = [];
                    for (let j = 0; j < message.dependency.length; ++j)
                        object.dependency[j] = message.dependency[j];
                }
                if (message.messageType && message.messageType.length) {
                    object.messageType = [];
                    for (let j = 0; j < message.messageType.length; ++j)
                        object.messageType[j] = $root.google.protobuf.DescriptorProto.toObject(message.messageType[j], options, q + 1);
                }
                if (message.enumType && message.enumType.length) {
                    object.enumType = [];
                    for (let j = 0; j < message.enumType.length; ++j)
                        object.enumType[j] = $root.google.protobuf.EnumDescriptorProto.toObject(message.enumType[j], options, q + 1);
                }
                if (message.service && message.service.length) {
                    object.service = [];
                    for (let j = 0; j < message.service.length; ++j)
                        object.service[j] = $root.google.protobuf.ServiceDescriptorProto.toObject(message.service[j], options, q + 1);
                }
                if (message.extension && message.extension.length) {
                    object.extension = [];
                    for (let j = 0; j < message.extension.length; ++j)
                        object.extension[j] = $root.google.protobuf.FieldDescriptorProto.toObject(message.extension[j], options, q + 1);
                }
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.FileOptions.toObject(message.options, options, q + 1);
                if (message.sourceCodeInfo != null && Object.hasOwnProperty.call(message, "sourceCodeInfo"))
                    object.sourceCodeInfo = $root.google.protobuf.SourceCodeInfo.toObject(message.sourceCodeInfo, options, q + 1);
                if (message.publicDependency && message.publicDependency.length) {
                    object.publicDependency = [];
                    for (let j = 0; j < message.publicDependency.length; ++j)
                        object.publicDependency[j] = message.publicDependency[j];
                }
                if (message.weakDependency && message.weakDependency.length) {
                    object.weakDependency = [];
                    for (let j = 0; j < message.weakDependency.length; ++j)
                        object.weakDependency[j] = message.weakDependency[j];
                }
                if (message.syntax != null && Object.hasOwnProperty.call(message, "syntax"))
                    object.syntax = message.syntax;
                if (message.edition != null && Object.hasOwnProperty.call(message, "edition"))
                    object.edition = options.enums === String ? $root.google.protobuf.Edition[message.edition] === undefined ? message.edition : $root.google.protobuf.Edition[message.edition] : message.edition;
                if (message.optionDependency && message.optionDependency.length) {
                    object.optionDependency = [];
                    for (let j = 0; j < message.optionDependency.length; ++j)
                        object.optionDependency[j] = message.optionDependency[j];
                }
                return object;
            };

            /**
             * Converts this FileDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.FileDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.FileDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FileDescriptorProto";
            };

            return FileDescriptorProto;
        })();

        protobuf.DescriptorProto = (function() {

            /**
             * Properties of a DescriptorProto.
             * @memberof google.protobuf
             * @interface IDescriptorProto
             * @property {string|null} [name] DescriptorProto name
             * @property {Array.<google.protobuf.IFieldDescriptorProto>|null} [field] DescriptorProto field
             * @property {Array.<google.protobuf.IFieldDescriptorProto>|null} [extension] DescriptorProto extension
             * @property {Array.<google.protobuf.IDescriptorProto>|null} [nestedType] DescriptorProto nestedType
             * @property {Array.<google.protobuf.IEnumDescriptorProto>|null} [enumType] DescriptorProto enumType
             * @property {Array.<google.protobuf.DescriptorProto.IExtensionRange>|null} [extensionRange] DescriptorProto extensionRange
             * @property {Array.<google.protobuf.IOneofDescriptorProto>|null} [oneofDecl] DescriptorProto oneofDecl
             * @property {google.protobuf.IMessageOptions|null} [options] DescriptorProto options
             * @property {Array.<google.protobuf.DescriptorProto.IReservedRange>|null} [reservedRange] DescriptorProto reservedRange
             * @property {Array.<string>|null} [reservedName] DescriptorProto reservedName
             * @property {google.protobuf.SymbolVisibility|null} [visibility] DescriptorProto visibility
             */

            /**
             * Constructs a new DescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents a DescriptorProto.
             * @implements IDescriptorProto
             * @constructor
             * @param {google.protobuf.IDescriptorProto=} [properties] Properties to set
             */
            function DescriptorProto(properties) {
                this.field = [];
                this.extension = [];
                this.nestedType = [];
                this.enumType = [];
                this.extensionRange = [];
                this.oneofDecl = [];
                this.reservedRange = [];
                this.reservedName = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.name = "";

            /**
             * DescriptorProto field.
             * @member {Array.<google.protobuf.IFieldDescriptorProto>} field
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.field = $util.emptyArray;

            /**
             * DescriptorProto extension.
             * @member {Array.<google.protobuf.IFieldDescriptorProto>} extension
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.extension = $util.emptyArray;

            /**
             * DescriptorProto nestedType.
             * @member {Array.<google.protobuf.IDescriptorProto>} nestedType
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.nestedType = $util.emptyArray;

            /**
             * DescriptorProto enumType.
             * @member {Array.<google.protobuf.IEnumDescriptorProto>} enumType
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.enumType = $util.emptyArray;

            /**
             * DescriptorProto extensionRange.
             * @member {Array.<google.protobuf.DescriptorProto.IExtensionRange>} extensionRange
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.extensionRange = $util.emptyArray;

            /**
             * DescriptorProto oneofDecl.
             * @member {Array.<google.protobuf.IOneofDescriptorProto>} oneofDecl
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.oneofDecl = $util.emptyArray;

            /**
             * DescriptorProto options.
             * @member {google.protobuf.IMessageOptions|null|undefined} options
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.options = null;

            /**
             * DescriptorProto reservedRange.
             * @member {Array.<google.protobuf.DescriptorProto.IReservedRange>} reservedRange
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.reservedRange = $util.emptyArray;

            /**
             * DescriptorProto reservedName.
             * @member {Array.<string>} reservedName
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.reservedName = $util.emptyArray;

            /**
             * DescriptorProto visibility.
             * @member {google.protobuf.SymbolVisibility} visibility
             * @memberof google.protobuf.DescriptorProto
             * @instance
             */
            DescriptorProto.prototype.visibility = 0;

            /**
             * Creates a new DescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.DescriptorProto
             * @static
             * @param {google.protobuf.IDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.DescriptorProto} DescriptorProto instance
             */
            DescriptorProto.create = function create(properties) {
                return new DescriptorProto(properties);
            };

            /**
             * Encodes the specified DescriptorProto message. Does not implicitly {@link google.protobuf.DescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.DescriptorProto
             * @static
             * @param {google.protobuf.IDescriptorProto} message DescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.field != null && message.field.length)
                    for (let i = 0; i < message.field.length; ++i)
                        $root.google.protobuf.FieldDescriptorProto.encode(message.field[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.nestedType != null && message.nestedType.length)
                    for (let i = 0; i < message.nestedType.length; ++i)
                        $root.google.protobuf.DescriptorProto.encode(message.nestedType[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.enumType != null && message.enumType.length)
                    for (let i = 0; i < message.enumType.length; ++i)
                        $root.google.protobuf.EnumDescriptorProto.encode(message.enumType[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.extensionRange != null && message.extensionRange.length)
                    for (let i = 0; i < message.extensionRange.length; ++i)
                        $root.google.protobuf.DescriptorProto.ExtensionRange.encode(message.extensionRange[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (message.extension != null && message.extension.length)
                    for (let i = 0; i < message.extension.length; ++i)
                        $root.google.protobuf.FieldDescriptorProto.encode(message.extension[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.MessageOptions.encode(message.options, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.oneofDecl != null && message.oneofDecl.length)
                    for (let i = 0; i < message.oneofDecl.length; ++i)
                        $root.google.protobuf.OneofDescriptorProto.encode(message.oneofDecl[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.reservedRange != null && message.reservedRange.length)
                    for (let i = 0; i < message.reservedRange.length; ++i)
                        $root.google.protobuf.DescriptorProto.ReservedRange.encode(message.reservedRange[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (message.reservedName != null && message.reservedName.length)
                    for (let i = 0; i < message.reservedName.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.reservedName[i]);
                if (message.visibility != null && Object.hasOwnProperty.call(message, "visibility"))
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.visibility);
                return writer;
            };

            /**
             * Decodes a DescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.DescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.DescriptorProto} DescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.DescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.field && message.field.length))
                                message.field = [];
                            message.field.push($root.google.protobuf.FieldDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 6: {
                            if (!(message.extension && message.extension.length))
                                message.extension = [];
                            message.extension.push($root.google.protobuf.FieldDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            if (!(message.nestedType && message.nestedType.length))
                                message.nestedType = [];
                            message.nestedType.push($root.google.protobuf.DescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            if (!(message.enumType && message.enumType.length))
                                message.enumType = [];
                            message.enumType.push($root.google.protobuf.EnumDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            if (!(message.extensionRange && message.extensionRange.length))
                                message.extensionRange = [];
                            message.extensionRange.push($root.google.protobuf.DescriptorProto.ExtensionRange.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 8: {
                            if (!(message.oneofDecl && message.oneofDecl.length))
                                message.oneofDecl = [];
                            message.oneofDecl.push($root.google.protobuf.OneofDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 7: {
                            message.options = $root.google.protobuf.MessageOptions.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 9: {
                            if (!(message.reservedRange && message.reservedRange.length))
                                message.reservedRange = [];
                            message.reservedRange.push($root.google.protobuf.DescriptorProto.ReservedRange.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 10: {
                            if (!(message.reservedName && message.reservedName.length))
                                message.reservedName = [];
                            message.reservedName.push(reader.string());
                            break;
                        }
                    case 11: {
                            message.visibility = reader.int32();
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
             * Creates a DescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.DescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.DescriptorProto} DescriptorProto
             */
            DescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.DescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.DescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.DescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.field) {
                    if (!Array.isArray(object.field))
                        throw TypeError(".google.protobuf.DescriptorProto.field: array expected");
                    message.field = [];
                    for (let i = 0; i < object.field.length; ++i) {
                        if (!$util.isObject(object.field[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.field: object expected");
                        message.field[i] = $root.google.protobuf.FieldDescriptorProto.fromObject(object.field[i], long + 1);
                    }
                }
                if (object.extension) {
                    if (!Array.isArray(object.extension))
                        throw TypeError(".google.protobuf.DescriptorProto.extension: array expected");
                    message.extension = [];
                    for (let i = 0; i < object.extension.length; ++i) {
                        if (!$util.isObject(object.extension[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.extension: object expected");
                        message.extension[i] = $root.google.protobuf.FieldDescriptorProto.fromObject(object.extension[i], long + 1);
                    }
                }
                if (object.nestedType) {
                    if (!Array.isArray(object.nestedType))
                        throw TypeError(".google.protobuf.DescriptorProto.nestedType: array expected");
                    message.nestedType = [];
                    for (let i = 0; i < object.nestedType.length; ++i) {
                        if (!$util.isObject(object.nestedType[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.nestedType: object expected");
                        message.nestedType[i] = $root.google.protobuf.DescriptorProto.fromObject(object.nestedType[i], long + 1);
                    }
                }
                if (object.enumType) {
                    if (!Array.isArray(object.enumType))
                        throw TypeError(".google.protobuf.DescriptorProto.enumType: array expected");
                    message.enumType = [];
                    for (let i = 0; i < object.enumType.length; ++i) {
                        if (!$util.isObject(object.enumType[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.enumType: object expected");
                        message.enumType[i] = $root.google.protobuf.EnumDescriptorProto.fromObject(object.enumType[i], long + 1);
                    }
                }
                if (object.extensionRange) {
                    if (!Array.isArray(object.extensionRange))
                        throw TypeError(".google.protobuf.DescriptorProto.extensionRange: array expected");
                    message.extensionRange = [];
                    for (let i = 0; i < object.extensionRange.length; ++i) {
                        if (!$util.isObject(object.extensionRange[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.extensionRange: object expected");
                        message.extensionRange[i] = $root.google.protobuf.DescriptorProto.ExtensionRange.fromObject(object.extensionRange[i], long + 1);
                    }
                }
                if (object.oneofDecl) {
                    if (!Array.isArray(object.oneofDecl))
                        throw TypeError(".google.protobuf.DescriptorProto.oneofDecl: array expected");
                    message.oneofDecl = [];
                    for (let i = 0; i < object.oneofDecl.length; ++i) {
                        if (!$util.isObject(object.oneofDecl[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.oneofDecl: object expected");
                        message.oneofDecl[i] = $root.google.protobuf.OneofDescriptorProto.fromObject(object.oneofDecl[i], long + 1);
                    }
                }
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.DescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.MessageOptions.fromObject(object.options, long + 1);
                }
                if (object.reservedRange) {
                    if (!Array.isArray(object.reservedRange))
                        throw TypeError(".google.protobuf.DescriptorProto.reservedRange: array expected");
                    message.reservedRange = [];
                    for (let i = 0; i < object.reservedRange.length; ++i) {
                        if (!$util.isObject(object.reservedRange[i]))
                            throw TypeError(".google.protobuf.DescriptorProto.reservedRange: object expected");
                        message.reservedRange[i] = $root.google.protobuf.DescriptorProto.ReservedRange.fromObject(object.reservedRange[i], long + 1);
                    }
                }
                if (object.reservedName) {
                    if (!Array.isArray(object.reservedName))
                        throw TypeError(".google.protobuf.DescriptorProto.reservedName: array expected");
                    message.reservedName = [];
                    for (let i = 0; i < object.reservedName.length; ++i)
                        message.reservedName[i] = String(object.reservedName[i]);
                }
                switch (object.visibility) {
                default:
                    if (typeof object.visibility === "number") {
                        message.visibility = object.visibility;
                        break;
                    }
                    break;
                case "VISIBILITY_UNSET":
                case 0:
                    message.visibility = 0;
                    break;
                case "VISIBILITY_LOCAL":
                case 1:
                    message.visibility = 1;
                    break;
                case "VISIBILITY_EXPORT":
                case 2:
                    message.visibility = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a DescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.DescriptorProto
             * @static
             * @param {google.protobuf.DescriptorProto} message DescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.field = [];
                    object.nestedType = [];
                    object.enumType = [];
                    object.extensionRange = [];
                    object.extension = [];
                    object.oneofDecl = [];
                    object.reservedRange = [];
                    object.reservedName = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.options = null;
                    object.visibility = options.enums === String ? "VISIBILITY_UNSET" : 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.field && message.field.length) {
                    object.field = [];
                    for (let j = 0; j < message.field.length; ++j)
                        object.field[j] = $root.google.protobuf.FieldDescriptorProto.toObject(message.field[j], options, q + 1);
                }
                if (message.nestedType && message.nestedType.length) {
                    object.nestedType = [];
                    for (let j = 0; j < message.nestedType.length; ++j)
                        object.nestedType[j] = $root.google.protobuf.DescriptorProto.toObject(message.nestedType[j], options, q + 1);
                }
                if (message.enumType && message.enumType.length) {
                    object.enumType = [];
                    for (let j = 0; j < message.enumType.length; ++j)
                        object.enumType[j] = $root.google.protobuf.EnumDescriptorProto.toObject(message.enumType[j], options, q + 1);
                }
                if (message.extensionRange && message.extensionRange.length) {
                    object.extensionRange = [];
                    for (let j = 0; j < message.extensionRange.length; ++j)
                        object.extensionRange[j] = $root.google.protobuf.DescriptorProto.ExtensionRange.toObject(message.extensionRange[j], options, q + 1);
                }
                if (message.extension && message.extension.length) {
                    object.extension = [];
                    for (let j = 0; j < message.extension.length; ++j)
                        object.extension[j] = $root.google.protobuf.FieldDescriptorProto.toObject(message.extension[j], options, q + 1);
                }
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.MessageOptions.toObject(message.options, options, q + 1);
                if (message.oneofDecl && message.oneofDecl.length) {
                    object.oneofDecl = [];
                    for (let j = 0; j < message.oneofDecl.length; ++j)
                        object.oneofDecl[j] = $root.google.protobuf.OneofDescriptorProto.toObject(message.oneofDecl[j], options, q + 1);
                }
                if (message.reservedRange && message.reservedRange.length) {
                    object.reservedRange = [];
                    for (let j = 0; j < message.reservedRange.length; ++j)
                        object.reservedRange[j] = $root.google.protobuf.DescriptorProto.ReservedRange.toObject(message.reservedRange[j], options, q + 1);
                }
                if (message.reservedName && message.reservedName.length) {
                    object.reservedName = [];
                    for (let j = 0; j < message.reservedName.length; ++j)
                        object.reservedName[j] = message.reservedName[j];
                }
                if (message.visibility != null && Object.hasOwnProperty.call(message, "visibility"))
                    object.visibility = options.enums === String ? $root.google.protobuf.SymbolVisibility[message.visibility] === undefined ? message.visibility : $root.google.protobuf.SymbolVisibility[message.visibility] : message.visibility;
                return object;
            };

            /**
             * Converts this DescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.DescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for DescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.DescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.DescriptorProto";
            };

            DescriptorProto.ExtensionRange = (function() {

                /**
                 * Properties of an ExtensionRange.
                 * @memberof google.protobuf.DescriptorProto
                 * @interface IExtensionRange
                 * @property {number|null} [start] ExtensionRange start
                 * @property {number|null} [end] ExtensionRange end
                 * @property {google.protobuf.IExtensionRangeOptions|null} [options] ExtensionRange options
                 */

                /**
                 * Constructs a new ExtensionRange.
                 * @memberof google.protobuf.DescriptorProto
                 * @classdesc Represents an ExtensionRange.
                 * @implements IExtensionRange
                 * @constructor
                 * @param {google.protobuf.DescriptorProto.IExtensionRange=} [properties] Properties to set
                 */
                function ExtensionRange(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ExtensionRange start.
                 * @member {number} start
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @instance
                 */
                ExtensionRange.prototype.start = 0;

                /**
                 * ExtensionRange end.
                 * @member {number} end
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @instance
                 */
                ExtensionRange.prototype.end = 0;

                /**
                 * ExtensionRange options.
                 * @member {google.protobuf.IExtensionRangeOptions|null|undefined} options
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @instance
                 */
                ExtensionRange.prototype.options = null;

                /**
                 * Creates a new ExtensionRange instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @static
                 * @param {google.protobuf.DescriptorProto.IExtensionRange=} [properties] Properties to set
                 * @returns {google.protobuf.DescriptorProto.ExtensionRange} ExtensionRange instance
                 */
                ExtensionRange.create = function create(properties) {
                    return new ExtensionRange(properties);
                };

                /**
                 * Encodes the specified ExtensionRange message. Does not implicitly {@link google.protobuf.DescriptorProto.ExtensionRange.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @static
                 * @param {google.protobuf.DescriptorProto.IExtensionRange} message ExtensionRange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExtensionRange.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.start);
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.end);
                    if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                        $root.google.protobuf.ExtensionRangeOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes an ExtensionRange message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.DescriptorProto.ExtensionRange} ExtensionRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExtensionRange.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.DescriptorProto.ExtensionRange();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.start = reader.int32();
                                break;
                            }
                        case 2: {
                                message.end = reader.int32();
                                break;
                            }
                        case 3: {
                                message.options = $root.google.protobuf.ExtensionRangeOptions.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Creates an ExtensionRange message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.DescriptorProto.ExtensionRange} ExtensionRange
                 */
                ExtensionRange.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.DescriptorProto.ExtensionRange)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.DescriptorProto.ExtensionRange: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.DescriptorProto.ExtensionRange();
                    if (object.start != null)
                        message.start = object.start | 0;
                    if (object.end != null)
                        message.end = object.end | 0;
                    if (object.options != null) {
                        if (!$util.isObject(object.options))
                            throw TypeError(".google.protobuf.DescriptorProto.ExtensionRange.options: object expected");
                        message.options = $root.google.protobuf.ExtensionRangeOptions.fromObject(object.options, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an ExtensionRange message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @static
                 * @param {google.protobuf.DescriptorProto.ExtensionRange} message ExtensionRange
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ExtensionRange.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.start = 0;
                        object.end = 0;
                        object.options = null;
                    }
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        object.start = message.start;
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        object.end = message.end;
                    if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                        object.options = $root.google.protobuf.ExtensionRangeOptions.toObject(message.options, options, q + 1);
                    return object;
                };

                /**
                 * Converts this ExtensionRange to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ExtensionRange.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ExtensionRange
                 * @function getTypeUrl
                 * @memberof google.protobuf.DescriptorProto.ExtensionRange
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExtensionRange.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.DescriptorProto.ExtensionRange";
                };

                return ExtensionRange;
            })();

            DescriptorProto.ReservedRange = (function() {

                /**
                 * Properties of a ReservedRange.
                 * @memberof google.protobuf.DescriptorProto
                 * @interface IReservedRange
                 * @property {number|null} [start] ReservedRange start
                 * @property {number|null} [end] ReservedRange end
                 */

                /**
                 * Constructs a new ReservedRange.
                 * @memberof google.protobuf.DescriptorProto
                 * @classdesc Represents a ReservedRange.
                 * @implements IReservedRange
                 * @constructor
                 * @param {google.protobuf.DescriptorProto.IReservedRange=} [properties] Properties to set
                 */
                function ReservedRange(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ReservedRange start.
                 * @member {number} start
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @instance
                 */
                ReservedRange.prototype.start = 0;

                /**
                 * ReservedRange end.
                 * @member {number} end
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @instance
                 */
                ReservedRange.prototype.end = 0;

                /**
                 * Creates a new ReservedRange instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @static
                 * @param {google.protobuf.DescriptorProto.IReservedRange=} [properties] Properties to set
                 * @returns {google.protobuf.DescriptorProto.ReservedRange} ReservedRange instance
                 */
                ReservedRange.create = function create(properties) {
                    return new ReservedRange(properties);
                };

                /**
                 * Encodes the specified ReservedRange message. Does not implicitly {@link google.protobuf.DescriptorProto.ReservedRange.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @static
                 * @param {google.protobuf.DescriptorProto.IReservedRange} message ReservedRange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReservedRange.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.start);
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.end);
                    return writer;
                };

                /**
                 * Decodes a ReservedRange message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.DescriptorProto.ReservedRange} ReservedRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReservedRange.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.DescriptorProto.ReservedRange();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.start = reader.int32();
                                break;
                            }
                        case 2: {
                                message.end = reader.int32();
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
                 * Creates a ReservedRange message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.DescriptorProto.ReservedRange} ReservedRange
                 */
                ReservedRange.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.DescriptorProto.ReservedRange)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.DescriptorProto.ReservedRange: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.DescriptorProto.ReservedRange();
                    if (object.start != null)
                        message.start = object.start | 0;
                    if (object.end != null)
                        message.end = object.end | 0;
                    return message;
                };

                /**
                 * Creates a plain object from a ReservedRange message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @static
                 * @param {google.protobuf.DescriptorProto.ReservedRange} message ReservedRange
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ReservedRange.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.start = 0;
                        object.end = 0;
                    }
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        object.start = message.start;
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        object.end = message.end;
                    return object;
                };

                /**
                 * Converts this ReservedRange to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ReservedRange.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for ReservedRange
                 * @function getTypeUrl
                 * @memberof google.protobuf.DescriptorProto.ReservedRange
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ReservedRange.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.DescriptorProto.ReservedRange";
                };

                return ReservedRange;
            })();

            return DescriptorProto;
        })();

        protobuf.ExtensionRangeOptions = (function() {

            /**
             * Properties of an ExtensionRangeOptions.
             * @memberof google.protobuf
             * @interface IExtensionRangeOptions
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] ExtensionRangeOptions uninterpretedOption
             * @property {Array.<google.protobuf.ExtensionRangeOptions.IDeclaration>|null} [declaration] ExtensionRangeOptions declaration
             * @property {google.protobuf.IFeatureSet|null} [features] ExtensionRangeOptions features
             * @property {google.protobuf.ExtensionRangeOptions.VerificationState|null} [verification] ExtensionRangeOptions verification
             */

            /**
             * Constructs a new ExtensionRangeOptions.
             * @memberof google.protobuf
             * @classdesc Represents an ExtensionRangeOptions.
             * @implements IExtensionRangeOptions
             * @constructor
             * @param {google.protobuf.IExtensionRangeOptions=} [properties] Properties to set
             */
            function ExtensionRangeOptions(properties) {
                this.uninterpretedOption = [];
                this.declaration = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ExtensionRangeOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.ExtensionRangeOptions
             * @instance
             */
            ExtensionRangeOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * ExtensionRangeOptions declaration.
             * @member {Array.<google.protobuf.ExtensionRangeOptions.IDeclaration>} declaration
             * @memberof google.protobuf.ExtensionRangeOptions
             * @instance
             */
            ExtensionRangeOptions.prototype.declaration = $util.emptyArray;

            /**
             * ExtensionRangeOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.ExtensionRangeOptions
             * @instance
             */
            ExtensionRangeOptions.prototype.features = null;

            /**
             * ExtensionRangeOptions verification.
             * @member {google.protobuf.ExtensionRangeOptions.VerificationState} verification
             * @memberof google.protobuf.ExtensionRangeOptions
             * @instance
             */
            ExtensionRangeOptions.prototype.verification = 1;

            /**
             * Creates a new ExtensionRangeOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ExtensionRangeOptions
             * @static
             * @param {google.protobuf.IExtensionRangeOptions=} [properties] Properties to set
             * @returns {google.protobuf.ExtensionRangeOptions} ExtensionRangeOptions instance
             */
            ExtensionRangeOptions.create = function create(properties) {
                return new ExtensionRangeOptions(properties);
            };

            /**
             * Encodes the specified ExtensionRangeOptions message. Does not implicitly {@link google.protobuf.ExtensionRangeOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ExtensionRangeOptions
             * @static
             * @param {google.protobuf.IExtensionRangeOptions} message ExtensionRangeOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtensionRangeOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.declaration != null && message.declaration.length)
                    for (let i = 0; i < message.declaration.length; ++i)
                        $root.google.protobuf.ExtensionRangeOptions.Declaration.encode(message.declaration[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.verification != null && Object.hasOwnProperty.call(message, "verification"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.verification);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 50, wireType 2 =*/402).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an ExtensionRangeOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ExtensionRangeOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ExtensionRangeOptions} ExtensionRangeOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtensionRangeOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.ExtensionRangeOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 2: {
                            if (!(message.declaration && message.declaration.length))
                                message.declaration = [];
                            message.declaration.push($root.google.protobuf.ExtensionRangeOptions.Declaration.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 50: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.verification = reader.int32();
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
             * Creates an ExtensionRangeOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ExtensionRangeOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ExtensionRangeOptions} ExtensionRangeOptions
             */
            ExtensionRangeOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.ExtensionRangeOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.ExtensionRangeOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.ExtensionRangeOptions();
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.ExtensionRangeOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.ExtensionRangeOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                if (object.declaration) {
                    if (!Array.isArray(object.declaration))
                        throw TypeError(".google.protobuf.ExtensionRangeOptions.declaration: array expected");
                    message.declaration = [];
                    for (let i = 0; i < object.declaration.length; ++i) {
                        if (!$util.isObject(object.declaration[i]))
                            throw TypeError(".google.protobuf.ExtensionRangeOptions.declaration: object expected");
                        message.declaration[i] = $root.google.protobuf.ExtensionRangeOptions.Declaration.fromObject(object.declaration[i], long + 1);
                    }
                }
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.ExtensionRangeOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                switch (object.verification) {
                case "DECLARATION":
                case 0:
                    message.verification = 0;
                    break;
                default:
                    if (typeof object.verification === "number") {
                        message.verification = object.verification;
                        break;
                    }
                    break;
                case "UNVERIFIED":
                case 1:
                    message.verification = 1;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from an ExtensionRangeOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ExtensionRangeOptions
             * @static
             * @param {google.protobuf.ExtensionRangeOptions} message ExtensionRangeOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtensionRangeOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.declaration = [];
                    object.uninterpretedOption = [];
                }
                if (options.defaults) {
                    object.verification = options.enums === String ? "UNVERIFIED" : 1;
                    object.features = null;
                }
                if (message.declaration && message.declaration.length) {
                    object.declaration = [];
                    for (let j = 0; j < message.declaration.length; ++j)
                        object.declaration[j] = $root.google.protobuf.ExtensionRangeOptions.Declaration.toObject(message.declaration[j], options, q + 1);
                }
                if (message.verification != null && Object.hasOwnProperty.call(message, "verification"))
                    object.verification = options.enums === String ? $root.google.protobuf.ExtensionRangeOptions.VerificationState[message.verification] === undefined ? message.verification : $root.google.protobuf.ExtensionRangeOptions.VerificationState[message.verification] : message.verification;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ExtensionRangeOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.ExtensionRangeOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtensionRangeOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ExtensionRangeOptions
             * @function getTypeUrl
             * @memberof google.protobuf.ExtensionRangeOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ExtensionRangeOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.ExtensionRangeOptions";
            };

            ExtensionRangeOptions.Declaration = (function() {

                /**
                 * Properties of a Declaration.
                 * @memberof google.protobuf.ExtensionRangeOptions
                 * @interface IDeclaration
                 * @property {number|null} [number] Declaration number
                 * @property {string|null} [fullName] Declaration fullName
                 * @property {string|null} [type] Declaration type
                 * @property {boolean|null} [reserved] Declaration reserved
                 * @property {boolean|null} [repeated] Declaration repeated
                 */

                /**
                 * Constructs a new Declaration.
                 * @memberof google.protobuf.ExtensionRangeOptions
                 * @classdesc Represents a Declaration.
                 * @implements IDeclaration
                 * @constructor
                 * @param {google.protobuf.ExtensionRangeOptions.IDeclaration=} [properties] Properties to set
                 */
                function Declaration(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Declaration number.
                 * @member {number} number
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @instance
                 */
                Declaration.prototype.number = 0;

                /**
                 * Declaration fullName.
                 * @member {string} fullName
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @instance
                 */
                Declaration.prototype.fullName = "";

                /**
                 * Declaration type.
                 * @member {string} type
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @instance
                 */
                Declaration.prototype.type = "";

                /**
                 * Declaration reserved.
                 * @member {boolean} reserved
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @instance
                 */
                Declaration.prototype.reserved = false;

                /**
                 * Declaration repeated.
                 * @member {boolean} repeated
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @instance
                 */
                Declaration.prototype.repeated = false;

                /**
                 * Creates a new Declaration instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @static
                 * @param {google.protobuf.ExtensionRangeOptions.IDeclaration=} [properties] Properties to set
                 * @returns {google.protobuf.ExtensionRangeOptions.Declaration} Declaration instance
                 */
                Declaration.create = function create(properties) {
                    return new Declaration(properties);
                };

                /**
                 * Encodes the specified Declaration message. Does not implicitly {@link google.protobuf.ExtensionRangeOptions.Declaration.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @static
                 * @param {google.protobuf.ExtensionRangeOptions.IDeclaration} message Declaration message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Declaration.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.number);
                    if (message.fullName != null && Object.hasOwnProperty.call(message, "fullName"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fullName);
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                    if (message.reserved != null && Object.hasOwnProperty.call(message, "reserved"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reserved);
                    if (message.repeated != null && Object.hasOwnProperty.call(message, "repeated"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.repeated);
                    return writer;
                };

                /**
                 * Decodes a Declaration message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.ExtensionRangeOptions.Declaration} Declaration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Declaration.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.ExtensionRangeOptions.Declaration();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.number = reader.int32();
                                break;
                            }
                        case 2: {
                                message.fullName = reader.string();
                                break;
                            }
                        case 3: {
                                message.type = reader.string();
                                break;
                            }
                        case 5: {
                                message.reserved = reader.bool();
                                break;
                            }
                        case 6: {
                                message.repeated = reader.bool();
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
                 * Creates a Declaration message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.ExtensionRangeOptions.Declaration} Declaration
                 */
                Declaration.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.ExtensionRangeOptions.Declaration)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.ExtensionRangeOptions.Declaration: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.ExtensionRangeOptions.Declaration();
                    if (object.number != null)
                        message.number = object.number | 0;
                    if (object.fullName != null)
                        message.fullName = String(object.fullName);
                    if (object.type != null)
                        message.type = String(object.type);
                    if (object.reserved != null)
                        message.reserved = Boolean(object.reserved);
                    if (object.repeated != null)
                        message.repeated = Boolean(object.repeated);
                    return message;
                };

                /**
                 * Creates a plain object from a Declaration message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @static
                 * @param {google.protobuf.ExtensionRangeOptions.Declaration} message Declaration
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Declaration.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.number = 0;
                        object.fullName = "";
                        object.type = "";
                        object.reserved = false;
                        object.repeated = false;
                    }
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        object.number = message.number;
                    if (message.fullName != null && Object.hasOwnProperty.call(message, "fullName"))
                        object.fullName = message.fullName;
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.reserved != null && Object.hasOwnProperty.call(message, "reserved"))
                        object.reserved = message.reserved;
                    if (message.repeated != null && Object.hasOwnProperty.call(message, "repeated"))
                        object.repeated = message.repeated;
                    return object;
                };

                /**
                 * Converts this Declaration to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Declaration.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Declaration
                 * @function getTypeUrl
                 * @memberof google.protobuf.ExtensionRangeOptions.Declaration
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Declaration.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.ExtensionRangeOptions.Declaration";
                };

                return Declaration;
            })();

            /**
             * VerificationState enum.
             * @name google.protobuf.ExtensionRangeOptions.VerificationState
             * @enum {number}
             * @property {number} DECLARATION=0 DECLARATION value
             * @property {number} UNVERIFIED=1 UNVERIFIED value
             */
            ExtensionRangeOptions.VerificationState = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "DECLARATION"] = 0;
                values[valuesById[1] = "UNVERIFIED"] = 1;
                return values;
            })();

            return ExtensionRangeOptions;
        })();

        protobuf.FieldDescriptorProto = (function() {

            /**
             * Properties of a FieldDescriptorProto.
             * @memberof google.protobuf
             * @interface IFieldDescriptorProto
             * @property {string|null} [name] FieldDescriptorProto name
             * @property {number|null} [number] FieldDescriptorProto number
             * @property {google.protobuf.FieldDescriptorProto.Label|null} [label] FieldDescriptorProto label
             * @property {google.protobuf.FieldDescriptorProto.Type|null} [type] FieldDescriptorProto type
             * @property {string|null} [typeName] FieldDescriptorProto typeName
             * @property {string|null} [extendee] FieldDescriptorProto extendee
             * @property {string|null} [defaultValue] FieldDescriptorProto defaultValue
             * @property {number|null} [oneofIndex] FieldDescriptorProto oneofIndex
             * @property {string|null} [jsonName] FieldDescriptorProto jsonName
             * @property {google.protobuf.IFieldOptions|null} [options] FieldDescriptorProto options
             * @property {boolean|null} [proto3Optional] FieldDescriptorProto proto3Optional
             */

            /**
             * Constructs a new FieldDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents a FieldDescriptorProto.
             * @implements IFieldDescriptorProto
             * @constructor
             * @param {google.protobuf.IFieldDescriptorProto=} [properties] Properties to set
             */
            function FieldDescriptorProto(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FieldDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.name = "";

            /**
             * FieldDescriptorProto number.
             * @member {number} number
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.number = 0;

            /**
             * FieldDescriptorProto label.
             * @member {google.protobuf.FieldDescriptorProto.Label} label
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.label = 1;

            /**
             * FieldDescriptorProto type.
             * @member {google.protobuf.FieldDescriptorProto.Type} type
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.type = 1;

            /**
             * FieldDescriptorProto typeName.
             * @member {string} typeName
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.typeName = "";

            /**
             * FieldDescriptorProto extendee.
             * @member {string} extendee
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.extendee = "";

            /**
             * FieldDescriptorProto defaultValue.
             * @member {string} defaultValue
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.defaultValue = "";

            /**
             * FieldDescriptorProto oneofIndex.
             * @member {number} oneofIndex
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.oneofIndex = 0;

            /**
             * FieldDescriptorProto jsonName.
             * @member {string} jsonName
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.jsonName = "";

            /**
             * FieldDescriptorProto options.
             * @member {google.protobuf.IFieldOptions|null|undefined} options
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.options = null;

            /**
             * FieldDescriptorProto proto3Optional.
             * @member {boolean} proto3Optional
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             */
            FieldDescriptorProto.prototype.proto3Optional = false;

            /**
             * Creates a new FieldDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FieldDescriptorProto
             * @static
             * @param {google.protobuf.IFieldDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.FieldDescriptorProto} FieldDescriptorProto instance
             */
            FieldDescriptorProto.create = function create(properties) {
                return new FieldDescriptorProto(properties);
            };

            /**
             * Encodes the specified FieldDescriptorProto message. Does not implicitly {@link google.protobuf.FieldDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FieldDescriptorProto
             * @static
             * @param {google.protobuf.IFieldDescriptorProto} message FieldDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.extendee != null && Object.hasOwnProperty.call(message, "extendee"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.extendee);
                if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.number);
                if (message.label != null && Object.hasOwnProperty.call(message, "label"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.label);
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.type);
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.typeName);
                if (message.defaultValue != null && Object.hasOwnProperty.call(message, "defaultValue"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.defaultValue);
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.FieldOptions.encode(message.options, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (message.oneofIndex != null && Object.hasOwnProperty.call(message, "oneofIndex"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.oneofIndex);
                if (message.jsonName != null && Object.hasOwnProperty.call(message, "jsonName"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.jsonName);
                if (message.proto3Optional != null && Object.hasOwnProperty.call(message, "proto3Optional"))
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.proto3Optional);
                return writer;
            };

            /**
             * Decodes a FieldDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FieldDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FieldDescriptorProto} FieldDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FieldDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 3: {
                            message.number = reader.int32();
                            break;
                        }
                    case 4: {
                            message.label = reader.int32();
                            break;
                        }
                    case 5: {
                            message.type = reader.int32();
                            break;
                        }
                    case 6: {
                            message.typeName = reader.string();
                            break;
                        }
                    case 2: {
                            message.extendee = reader.string();
                            break;
                        }
                    case 7: {
                            message.defaultValue = reader.string();
                            break;
                        }
                    case 9: {
                            message.oneofIndex = reader.int32();
                            break;
                        }
                    case 10: {
                            message.jsonName = reader.string();
                            break;
                        }
                    case 8: {
                            message.options = $root.google.protobuf.FieldOptions.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 17: {
                            message.proto3Optional = reader.bool();
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
             * Creates a FieldDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FieldDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FieldDescriptorProto} FieldDescriptorProto
             */
            FieldDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FieldDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FieldDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FieldDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.number != null)
                    message.number = object.number | 0;
                switch (object.label) {
                default:
                    if (typeof object.label === "number") {
                        message.label = object.label;
                        break;
                    }
                    break;
                case "LABEL_OPTIONAL":
                case 1:
                    message.label = 1;
                    break;
                case "LABEL_REPEATED":
                case 3:
                    message.label = 3;
                    break;
                case "LABEL_REQUIRED":
                case 2:
                    message.label = 2;
                    break;
                }
                switch (object.type) {
                default:
                    if (typeof object.type === "number") {
                        message.type = object.type;
                        break;
                    }
                    break;
                case "TYPE_DOUBLE":
                case 1:
                    message.type = 1;
                    break;
                case "TYPE_FLOAT":
                case 2:
                    message.type = 2;
                    break;
                case "TYPE_INT64":
                case 3:
                    message.type = 3;
                    break;
                case "TYPE_UINT64":
                case 4:
                    message.type = 4;
                    break;
                case "TYPE_INT32":
                case 5:
                    message.type = 5;
                    break;
                case "TYPE_FIXED64":
                case 6:
                    message.type = 6;
                    break;
                case "TYPE_FIXED32":
                case 7:
                    message.type = 7;
                    break;
                case "TYPE_BOOL":
                case 8:
                    message.type = 8;
                    break;
                case "TYPE_STRING":
                case 9:
                    message.type = 9;
                    break;
                case "TYPE_GROUP":
                case 10:
                    message.type = 10;
                    break;
                case "TYPE_MESSAGE":
                case 11:
                    message.type = 11;
                    break;
                case "TYPE_BYTES":
                case 12:
                    message.type = 12;
                    break;
                case "TYPE_UINT32":
                case 13:
                    message.type = 13;
                    break;
                case "TYPE_ENUM":
                case 14:
                    message.type = 14;
                    break;
                case "TYPE_SFIXED32":
                case 15:
                    message.type = 15;
                    break;
                case "TYPE_SFIXED64":
                case 16:
                    message.type = 16;
                    break;
                case "TYPE_SINT32":
                case 17:
                    message.type = 17;
                    break;
                case "TYPE_SINT64":
                case 18:
                    message.type = 18;
                    break;
                }
                if (object.typeName != null)
                    message.typeName = String(object.typeName);
                if (object.extendee != null)
                    message.extendee = String(object.extendee);
                if (object.defaultValue != null)
                    message.defaultValue = String(object.defaultValue);
                if (object.oneofIndex != null)
                    message.oneofIndex = object.oneofIndex | 0;
                if (object.jsonName != null)
                    message.jsonName = String(object.jsonName);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.FieldDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.FieldOptions.fromObject(object.options, long + 1);
                }
                if (object.proto3Optional != null)
                    message.proto3Optional = Boolean(object.proto3Optional);
                return message;
            };

            /**
             * Creates a plain object from a FieldDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FieldDescriptorProto
             * @static
             * @param {google.protobuf.FieldDescriptorProto} message FieldDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FieldDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.extendee = "";
                    object.number = 0;
                    object.label = options.enums === String ? "LABEL_OPTIONAL" : 1;
                    object.type = options.enums === String ? "TYPE_DOUBLE" : 1;
                    object.typeName = "";
                    object.defaultValue = "";
                    object.options = null;
                    object.oneofIndex = 0;
                    object.jsonName = "";
                    object.proto3Optional = false;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.extendee != null && Object.hasOwnProperty.call(message, "extendee"))
                    object.extendee = message.extendee;
                if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.label != null && Object.hasOwnProperty.call(message, "label"))
                    object.label = options.enums === String ? $root.google.protobuf.FieldDescriptorProto.Label[message.label] === undefined ? message.label : $root.google.protobuf.FieldDescriptorProto.Label[message.label] : message.label;
                if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === String ? $root.google.protobuf.FieldDescriptorProto.Type[message.type] === undefined ? message.type : $root.google.protobuf.FieldDescriptorProto.Type[message.type] : message.type;
                if (message.typeName != null && Object.hasOwnProperty.call(message, "typeName"))
                    object.typeName = message.typeName;
                if (message.defaultValue != null && Object.hasOwnProperty.call(message, "defaultValue"))
                    object.defaultValue = message.defaultValue;
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.FieldOptions.toObject(message.options, options, q + 1);
                if (message.oneofIndex != null && Object.hasOwnProperty.call(message, "oneofIndex"))
                    object.oneofIndex = message.oneofIndex;
                if (message.jsonName != null && Object.hasOwnProperty.call(message, "jsonName"))
                    object.jsonName = message.jsonName;
                if (message.proto3Optional != null && Object.hasOwnProperty.call(message, "proto3Optional"))
                    object.proto3Optional = message.proto3Optional;
                return object;
            };

            /**
             * Converts this FieldDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.FieldDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FieldDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FieldDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.FieldDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FieldDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FieldDescriptorProto";
            };

            /**
             * Type enum.
             * @name google.protobuf.FieldDescriptorProto.Type
             * @enum {number}
             * @property {number} TYPE_DOUBLE=1 TYPE_DOUBLE value
             * @property {number} TYPE_FLOAT=2 TYPE_FLOAT value
             * @property {number} TYPE_INT64=3 TYPE_INT64 value
             * @property {number} TYPE_UINT64=4 TYPE_UINT64 value
             * @property {number} TYPE_INT32=5 TYPE_INT32 value
             * @property {number} TYPE_FIXED64=6 TYPE_FIXED64 value
             * @property {number} TYPE_FIXED32=7 TYPE_FIXED32 value
             * @property {number} TYPE_BOOL=8 TYPE_BOOL value
             * @property {number} TYPE_STRING=9 TYPE_STRING value
             * @property {number} TYPE_GROUP=10 TYPE_GROUP value
             * @property {number} TYPE_MESSAGE=11 TYPE_MESSAGE value
             * @property {number} TYPE_BYTES=12 TYPE_BYTES value
             * @property {number} TYPE_UINT32=13 TYPE_UINT32 value
             * @property {number} TYPE_ENUM=14 TYPE_ENUM value
             * @property {number} TYPE_SFIXED32=15 TYPE_SFIXED32 value
             * @property {number} TYPE_SFIXED64=16 TYPE_SFIXED64 value
             * @property {number} TYPE_SINT32=17 TYPE_SINT32 value
             * @property {number} TYPE_SINT64=18 TYPE_SINT64 value
             */
            FieldDescriptorProto.Type = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "TYPE_DOUBLE"] = 1;
                values[valuesById[2] = "TYPE_FLOAT"] = 2;
                values[valuesById[3] = "TYPE_INT64"] = 3;
                values[valuesById[4] = "TYPE_UINT64"] = 4;
                values[valuesById[5] = "TYPE_INT32"] = 5;
                values[valuesById[6] = "TYPE_FIXED64"] = 6;
                values[valuesById[7] = "TYPE_FIXED32"] = 7;
                values[valuesById[8] = "TYPE_BOOL"] = 8;
                values[valuesById[9] = "TYPE_STRING"] = 9;
                values[valuesById[10] = "TYPE_GROUP"] = 10;
                values[valuesById[11] = "TYPE_MESSAGE"] = 11;
                values[valuesById[12] = "TYPE_BYTES"] = 12;
                values[valuesById[13] = "TYPE_UINT32"] = 13;
                values[valuesById[14] = "TYPE_ENUM"] = 14;
                values[valuesById[15] = "TYPE_SFIXED32"] = 15;
                values[valuesById[16] = "TYPE_SFIXED64"] = 16;
                values[valuesById[17] = "TYPE_SINT32"] = 17;
                values[valuesById[18] = "TYPE_SINT64"] = 18;
                return values;
            })();

            /**
             * Label enum.
             * @name google.protobuf.FieldDescriptorProto.Label
             * @enum {number}
             * @property {number} LABEL_OPTIONAL=1 LABEL_OPTIONAL value
             * @property {number} LABEL_REPEATED=3 LABEL_REPEATED value
             * @property {number} LABEL_REQUIRED=2 LABEL_REQUIRED value
             */
            FieldDescriptorProto.Label = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "LABEL_OPTIONAL"] = 1;
                values[valuesById[3] = "LABEL_REPEATED"] = 3;
                values[valuesById[2] = "LABEL_REQUIRED"] = 2;
                return values;
            })();

            return FieldDescriptorProto;
        })();

        protobuf.OneofDescriptorProto = (function() {

            /**
             * Properties of an OneofDescriptorProto.
             * @memberof google.protobuf
             * @interface IOneofDescriptorProto
             * @property {string|null} [name] OneofDescriptorProto name
             * @property {google.protobuf.IOneofOptions|null} [options] OneofDescriptorProto options
             */

            /**
             * Constructs a new OneofDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents an OneofDescriptorProto.
             * @implements IOneofDescriptorProto
             * @constructor
             * @param {google.protobuf.IOneofDescriptorProto=} [properties] Properties to set
             */
            function OneofDescriptorProto(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OneofDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.OneofDescriptorProto
             * @instance
             */
            OneofDescriptorProto.prototype.name = "";

            /**
             * OneofDescriptorProto options.
             * @member {google.protobuf.IOneofOptions|null|undefined} options
             * @memberof google.protobuf.OneofDescriptorProto
             * @instance
             */
            OneofDescriptorProto.prototype.options = null;

            /**
             * Creates a new OneofDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.OneofDescriptorProto
             * @static
             * @param {google.protobuf.IOneofDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.OneofDescriptorProto} OneofDescriptorProto instance
             */
            OneofDescriptorProto.create = function create(properties) {
                return new OneofDescriptorProto(properties);
            };

            /**
             * Encodes the specified OneofDescriptorProto message. Does not implicitly {@link google.protobuf.OneofDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.OneofDescriptorProto
             * @static
             * @param {google.protobuf.IOneofDescriptorProto} message OneofDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OneofDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.OneofOptions.encode(message.options, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an OneofDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.OneofDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.OneofDescriptorProto} OneofDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OneofDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.OneofDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.options = $root.google.protobuf.OneofOptions.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Creates an OneofDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.OneofDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.OneofDescriptorProto} OneofDescriptorProto
             */
            OneofDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.OneofDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.OneofDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.OneofDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.OneofDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.OneofOptions.fromObject(object.options, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an OneofDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.OneofDescriptorProto
             * @static
             * @param {google.protobuf.OneofDescriptorProto} message OneofDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OneofDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.options = null;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.OneofOptions.toObject(message.options, options, q + 1);
                return object;
            };

            /**
             * Converts this OneofDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.OneofDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OneofDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for OneofDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.OneofDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OneofDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.OneofDescriptorProto";
            };

            return OneofDescriptorProto;
        })();

        protobuf.EnumDescriptorProto = (function() {

            /**
             * Properties of an EnumDescriptorProto.
             * @memberof google.protobuf
             * @interface IEnumDescriptorProto
             * @property {string|null} [name] EnumDescriptorProto name
             * @property {Array.<google.protobuf.IEnumValueDescriptorProto>|null} [value] EnumDescriptorProto value
             * @property {google.protobuf.IEnumOptions|null} [options] EnumDescriptorProto options
             * @property {Array.<google.protobuf.EnumDescriptorProto.IEnumReservedRange>|null} [reservedRange] EnumDescriptorProto reservedRange
             * @property {Array.<string>|null} [reservedName] EnumDescriptorProto reservedName
             * @property {google.protobuf.SymbolVisibility|null} [visibility] EnumDescriptorProto visibility
             */

            /**
             * Constructs a new EnumDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents an EnumDescriptorProto.
             * @implements IEnumDescriptorProto
             * @constructor
             * @param {google.protobuf.IEnumDescriptorProto=} [properties] Properties to set
             */
            function EnumDescriptorProto(properties) {
                this.value = [];
                this.reservedRange = [];
                this.reservedName = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EnumDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             */
            EnumDescriptorProto.prototype.name = "";

            /**
             * EnumDescriptorProto value.
             * @member {Array.<google.protobuf.IEnumValueDescriptorProto>} value
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             */
            EnumDescriptorProto.prototype.value = $util.emptyArray;

            /**
             * EnumDescriptorProto options.
             * @member {google.protobuf.IEnumOptions|null|undefined} options
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             */
            EnumDescriptorProto.prototype.options = null;

            /**
             * EnumDescriptorProto reservedRange.
             * @member {Array.<google.protobuf.EnumDescriptorProto.IEnumReservedRange>} reservedRange
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             */
            EnumDescriptorProto.prototype.reservedRange = $util.emptyArray;

            /**
             * EnumDescriptorProto reservedName.
             * @member {Array.<string>} reservedName
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             */
            EnumDescriptorProto.prototype.reservedName = $util.emptyArray;

            /**
             * EnumDescriptorProto visibility.
             * @member {google.protobuf.SymbolVisibility} visibility
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             */
            EnumDescriptorProto.prototype.visibility = 0;

            /**
             * Creates a new EnumDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.EnumDescriptorProto
             * @static
             * @param {google.protobuf.IEnumDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.EnumDescriptorProto} EnumDescriptorProto instance
             */
            EnumDescriptorProto.create = function create(properties) {
                return new EnumDescriptorProto(properties);
            };

            /**
             * Encodes the specified EnumDescriptorProto message. Does not implicitly {@link google.protobuf.EnumDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.EnumDescriptorProto
             * @static
             * @param {google.protobuf.IEnumDescriptorProto} message EnumDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnumDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && message.value.length)
                    for (let i = 0; i < message.value.length; ++i)
                        $root.google.protobuf.EnumValueDescriptorProto.encode(message.value[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.EnumOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (message.reservedRange != null && message.reservedRange.length)
                    for (let i = 0; i < message.reservedRange.length; ++i)
                        $root.google.protobuf.EnumDescriptorProto.EnumReservedRange.encode(message.reservedRange[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.reservedName != null && message.reservedName.length)
                    for (let i = 0; i < message.reservedName.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.reservedName[i]);
                if (message.visibility != null && Object.hasOwnProperty.call(message, "visibility"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.visibility);
                return writer;
            };

            /**
             * Decodes an EnumDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.EnumDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.EnumDescriptorProto} EnumDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnumDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.EnumDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.value && message.value.length))
                                message.value = [];
                            message.value.push($root.google.protobuf.EnumValueDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.options = $root.google.protobuf.EnumOptions.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 4: {
                            if (!(message.reservedRange && message.reservedRange.length))
                                message.reservedRange = [];
                            message.reservedRange.push($root.google.protobuf.EnumDescriptorProto.EnumReservedRange.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 5: {
                            if (!(message.reservedName && message.reservedName.length))
                                message.reservedName = [];
                            message.reservedName.push(reader.string());
                            break;
                        }
                    case 6: {
                            message.visibility = reader.int32();
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
             * Creates an EnumDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.EnumDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.EnumDescriptorProto} EnumDescriptorProto
             */
            EnumDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.EnumDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.EnumDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.EnumDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.value) {
                    if (!Array.isArray(object.value))
                        throw TypeError(".google.protobuf.EnumDescriptorProto.value: array expected");
                    message.value = [];
                    for (let i = 0; i < object.value.length; ++i) {
                        if (!$util.isObject(object.value[i]))
                            throw TypeError(".google.protobuf.EnumDescriptorProto.value: object expected");
                        message.value[i] = $root.google.protobuf.EnumValueDescriptorProto.fromObject(object.value[i], long + 1);
                    }
                }
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.EnumDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.EnumOptions.fromObject(object.options, long + 1);
                }
                if (object.reservedRange) {
                    if (!Array.isArray(object.reservedRange))
                        throw TypeError(".google.protobuf.EnumDescriptorProto.reservedRange: array expected");
                    message.reservedRange = [];
                    for (let i = 0; i < object.reservedRange.length; ++i) {
                        if (!$util.isObject(object.reservedRange[i]))
                            throw TypeError(".google.protobuf.EnumDescriptorProto.reservedRange: object expected");
                        message.reservedRange[i] = $root.google.protobuf.EnumDescriptorProto.EnumReservedRange.fromObject(object.reservedRange[i], long + 1);
                    }
                }
                if (object.reservedName) {
                    if (!Array.isArray(object.reservedName))
                        throw TypeError(".google.protobuf.EnumDescriptorProto.reservedName: array expected");
                    message.reservedName = [];
                    for (let i = 0; i < object.reservedName.length; ++i)
                        message.reservedName[i] = String(object.reservedName[i]);
                }
                switch (object.visibility) {
                default:
                    if (typeof object.visibility === "number") {
                        message.visibility = object.visibility;
                        break;
                    }
                    break;
                case "VISIBILITY_UNSET":
                case 0:
                    message.visibility = 0;
                    break;
                case "VISIBILITY_LOCAL":
                case 1:
                    message.visibility = 1;
                    break;
                case "VISIBILITY_EXPORT":
                case 2:
                    message.visibility = 2;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from an EnumDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.EnumDescriptorProto
             * @static
             * @param {google.protobuf.EnumDescriptorProto} message EnumDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnumDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.value = [];
                    object.reservedRange = [];
                    object.reservedName = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.options = null;
                    object.visibility = options.enums === String ? "VISIBILITY_UNSET" : 0;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value && message.value.length) {
                    object.value = [];
                    for (let j = 0; j < message.value.length; ++j)
                        object.value[j] = $root.google.protobuf.EnumValueDescriptorProto.toObject(message.value[j], options, q + 1);
                }
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.EnumOptions.toObject(message.options, options, q + 1);
                if (message.reservedRange && message.reservedRange.length) {
                    object.reservedRange = [];
                    for (let j = 0; j < message.reservedRange.length; ++j)
                        object.reservedRange[j] = $root.google.protobuf.EnumDescriptorProto.EnumReservedRange.toObject(message.reservedRange[j], options, q + 1);
                }
                if (message.reservedName && message.reservedName.length) {
                    object.reservedName = [];
                    for (let j = 0; j < message.reservedName.length; ++j)
                        object.reservedName[j] = message.reservedName[j];
                }
                if (message.visibility != null && Object.hasOwnProperty.call(message, "visibility"))
                    object.visibility = options.enums === String ? $root.google.protobuf.SymbolVisibility[message.visibility] === undefined ? message.visibility : $root.google.protobuf.SymbolVisibility[message.visibility] : message.visibility;
                return object;
            };

            /**
             * Converts this EnumDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.EnumDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnumDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EnumDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.EnumDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EnumDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.EnumDescriptorProto";
            };

            EnumDescriptorProto.EnumReservedRange = (function() {

                /**
                 * Properties of an EnumReservedRange.
                 * @memberof google.protobuf.EnumDescriptorProto
                 * @interface IEnumReservedRange
                 * @property {number|null} [start] EnumReservedRange start
                 * @property {number|null} [end] EnumReservedRange end
                 */

                /**
                 * Constructs a new EnumReservedRange.
                 * @memberof google.protobuf.EnumDescriptorProto
                 * @classdesc Represents an EnumReservedRange.
                 * @implements IEnumReservedRange
                 * @constructor
                 * @param {google.protobuf.EnumDescriptorProto.IEnumReservedRange=} [properties] Properties to set
                 */
                function EnumReservedRange(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EnumReservedRange start.
                 * @member {number} start
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @instance
                 */
                EnumReservedRange.prototype.start = 0;

                /**
                 * EnumReservedRange end.
                 * @member {number} end
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @instance
                 */
                EnumReservedRange.prototype.end = 0;

                /**
                 * Creates a new EnumReservedRange instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @static
                 * @param {google.protobuf.EnumDescriptorProto.IEnumReservedRange=} [properties] Properties to set
                 * @returns {google.protobuf.EnumDescriptorProto.EnumReservedRange} EnumReservedRange instance
                 */
                EnumReservedRange.create = function create(properties) {
                    return new EnumReservedRange(properties);
                };

                /**
                 * Encodes the specified EnumReservedRange message. Does not implicitly {@link google.protobuf.EnumDescriptorProto.EnumReservedRange.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @static
                 * @param {google.protobuf.EnumDescriptorProto.IEnumReservedRange} message EnumReservedRange message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EnumReservedRange.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.start);
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.end);
                    return writer;
                };

                /**
                 * Decodes an EnumReservedRange message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.EnumDescriptorProto.EnumReservedRange} EnumReservedRange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EnumReservedRange.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.EnumDescriptorProto.EnumReservedRange();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.start = reader.int32();
                                break;
                            }
                        case 2: {
                                message.end = reader.int32();
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
                 * Creates an EnumReservedRange message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.EnumDescriptorProto.EnumReservedRange} EnumReservedRange
                 */
                EnumReservedRange.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.EnumDescriptorProto.EnumReservedRange)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.EnumDescriptorProto.EnumReservedRange: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.EnumDescriptorProto.EnumReservedRange();
                    if (object.start != null)
                        message.start = object.start | 0;
                    if (object.end != null)
                        message.end = object.end | 0;
                    return message;
                };

                /**
                 * Creates a plain object from an EnumReservedRange message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @static
                 * @param {google.protobuf.EnumDescriptorProto.EnumReservedRange} message EnumReservedRange
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EnumReservedRange.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.start = 0;
                        object.end = 0;
                    }
                    if (message.start != null && Object.hasOwnProperty.call(message, "start"))
                        object.start = message.start;
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        object.end = message.end;
                    return object;
                };

                /**
                 * Converts this EnumReservedRange to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EnumReservedRange.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for EnumReservedRange
                 * @function getTypeUrl
                 * @memberof google.protobuf.EnumDescriptorProto.EnumReservedRange
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EnumReservedRange.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.EnumDescriptorProto.EnumReservedRange";
                };

                return EnumReservedRange;
            })();

            return EnumDescriptorProto;
        })();

        protobuf.EnumValueDescriptorProto = (function() {

            /**
             * Properties of an EnumValueDescriptorProto.
             * @memberof google.protobuf
             * @interface IEnumValueDescriptorProto
             * @property {string|null} [name] EnumValueDescriptorProto name
             * @property {number|null} [number] EnumValueDescriptorProto number
             * @property {google.protobuf.IEnumValueOptions|null} [options] EnumValueDescriptorProto options
             */

            /**
             * Constructs a new EnumValueDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents an EnumValueDescriptorProto.
             * @implements IEnumValueDescriptorProto
             * @constructor
             * @param {google.protobuf.IEnumValueDescriptorProto=} [properties] Properties to set
             */
            function EnumValueDescriptorProto(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EnumValueDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @instance
             */
            EnumValueDescriptorProto.prototype.name = "";

            /**
             * EnumValueDescriptorProto number.
             * @member {number} number
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @instance
             */
            EnumValueDescriptorProto.prototype.number = 0;

            /**
             * EnumValueDescriptorProto options.
             * @member {google.protobuf.IEnumValueOptions|null|undefined} options
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @instance
             */
            EnumValueDescriptorProto.prototype.options = null;

            /**
             * Creates a new EnumValueDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @static
             * @param {google.protobuf.IEnumValueDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.EnumValueDescriptorProto} EnumValueDescriptorProto instance
             */
            EnumValueDescriptorProto.create = function create(properties) {
                return new EnumValueDescriptorProto(properties);
            };

            /**
             * Encodes the specified EnumValueDescriptorProto message. Does not implicitly {@link google.protobuf.EnumValueDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @static
             * @param {google.protobuf.IEnumValueDescriptorProto} message EnumValueDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnumValueDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.number);
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.EnumValueOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an EnumValueDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.EnumValueDescriptorProto} EnumValueDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnumValueDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.EnumValueDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.number = reader.int32();
                            break;
                        }
                    case 3: {
                            message.options = $root.google.protobuf.EnumValueOptions.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Creates an EnumValueDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.EnumValueDescriptorProto} EnumValueDescriptorProto
             */
            EnumValueDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.EnumValueDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.EnumValueDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.EnumValueDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.number != null)
                    message.number = object.number | 0;
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.EnumValueDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.EnumValueOptions.fromObject(object.options, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an EnumValueDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @static
             * @param {google.protobuf.EnumValueDescriptorProto} message EnumValueDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnumValueDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.number = 0;
                    object.options = null;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.EnumValueOptions.toObject(message.options, options, q + 1);
                return object;
            };

            /**
             * Converts this EnumValueDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnumValueDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EnumValueDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.EnumValueDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EnumValueDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.EnumValueDescriptorProto";
            };

            return EnumValueDescriptorProto;
        })();

        protobuf.ServiceDescriptorProto = (function() {

            /**
             * Properties of a ServiceDescriptorProto.
             * @memberof google.protobuf
             * @interface IServiceDescriptorProto
             * @property {string|null} [name] ServiceDescriptorProto name
             * @property {Array.<google.protobuf.IMethodDescriptorProto>|null} [method] ServiceDescriptorProto method
             * @property {google.protobuf.IServiceOptions|null} [options] ServiceDescriptorProto options
             */

            /**
             * Constructs a new ServiceDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents a ServiceDescriptorProto.
             * @implements IServiceDescriptorProto
             * @constructor
             * @param {google.protobuf.IServiceDescriptorProto=} [properties] Properties to set
             */
            function ServiceDescriptorProto(properties) {
                this.method = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ServiceDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.ServiceDescriptorProto
             * @instance
             */
            ServiceDescriptorProto.prototype.name = "";

            /**
             * ServiceDescriptorProto method.
             * @member {Array.<google.protobuf.IMethodDescriptorProto>} method
             * @memberof google.protobuf.ServiceDescriptorProto
             * @instance
             */
            ServiceDescriptorProto.prototype.method = $util.emptyArray;

            /**
             * ServiceDescriptorProto options.
             * @member {google.protobuf.IServiceOptions|null|undefined} options
             * @memberof google.protobuf.ServiceDescriptorProto
             * @instance
             */
            ServiceDescriptorProto.prototype.options = null;

            /**
             * Creates a new ServiceDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ServiceDescriptorProto
             * @static
             * @param {google.protobuf.IServiceDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.ServiceDescriptorProto} ServiceDescriptorProto instance
             */
            ServiceDescriptorProto.create = function create(properties) {
                return new ServiceDescriptorProto(properties);
            };

            /**
             * Encodes the specified ServiceDescriptorProto message. Does not implicitly {@link google.protobuf.ServiceDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ServiceDescriptorProto
             * @static
             * @param {google.protobuf.IServiceDescriptorProto} message ServiceDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.method != null && message.method.length)
                    for (let i = 0; i < message.method.length; ++i)
                        $root.google.protobuf.MethodDescriptorProto.encode(message.method[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.ServiceOptions.encode(message.options, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ServiceDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ServiceDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ServiceDescriptorProto} ServiceDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.ServiceDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            if (!(message.method && message.method.length))
                                message.method = [];
                            message.method.push($root.google.protobuf.MethodDescriptorProto.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.options = $root.google.protobuf.ServiceOptions.decode(reader, reader.uint32(), undefined, long + 1);
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
             * Creates a ServiceDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ServiceDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ServiceDescriptorProto} ServiceDescriptorProto
             */
            ServiceDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.ServiceDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.ServiceDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.ServiceDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.method) {
                    if (!Array.isArray(object.method))
                        throw TypeError(".google.protobuf.ServiceDescriptorProto.method: array expected");
                    message.method = [];
                    for (let i = 0; i < object.method.length; ++i) {
                        if (!$util.isObject(object.method[i]))
                            throw TypeError(".google.protobuf.ServiceDescriptorProto.method: object expected");
                        message.method[i] = $root.google.protobuf.MethodDescriptorProto.fromObject(object.method[i], long + 1);
                    }
                }
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.ServiceDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.ServiceOptions.fromObject(object.options, long + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServiceDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ServiceDescriptorProto
             * @static
             * @param {google.protobuf.ServiceDescriptorProto} message ServiceDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServiceDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.method = [];
                if (options.defaults) {
                    object.name = "";
                    object.options = null;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.method && message.method.length) {
                    object.method = [];
                    for (let j = 0; j < message.method.length; ++j)
                        object.method[j] = $root.google.protobuf.MethodDescriptorProto.toObject(message.method[j], options, q + 1);
                }
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.ServiceOptions.toObject(message.options, options, q + 1);
                return object;
            };

            /**
             * Converts this ServiceDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.ServiceDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServiceDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ServiceDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.ServiceDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ServiceDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.ServiceDescriptorProto";
            };

            return ServiceDescriptorProto;
        })();

        protobuf.MethodDescriptorProto = (function() {

            /**
             * Properties of a MethodDescriptorProto.
             * @memberof google.protobuf
             * @interface IMethodDescriptorProto
             * @property {string|null} [name] MethodDescriptorProto name
             * @property {string|null} [inputType] MethodDescriptorProto inputType
             * @property {string|null} [outputType] MethodDescriptorProto outputType
             * @property {google.protobuf.IMethodOptions|null} [options] MethodDescriptorProto options
             * @property {boolean|null} [clientStreaming] MethodDescriptorProto clientStreaming
             * @property {boolean|null} [serverStreaming] MethodDescriptorProto serverStreaming
             */

            /**
             * Constructs a new MethodDescriptorProto.
             * @memberof google.protobuf
             * @classdesc Represents a MethodDescriptorProto.
             * @implements IMethodDescriptorProto
             * @constructor
             * @param {google.protobuf.IMethodDescriptorProto=} [properties] Properties to set
             */
            function MethodDescriptorProto(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MethodDescriptorProto name.
             * @member {string} name
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             */
            MethodDescriptorProto.prototype.name = "";

            /**
             * MethodDescriptorProto inputType.
             * @member {string} inputType
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             */
            MethodDescriptorProto.prototype.inputType = "";

            /**
             * MethodDescriptorProto outputType.
             * @member {string} outputType
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             */
            MethodDescriptorProto.prototype.outputType = "";

            /**
             * MethodDescriptorProto options.
             * @member {google.protobuf.IMethodOptions|null|undefined} options
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             */
            MethodDescriptorProto.prototype.options = null;

            /**
             * MethodDescriptorProto clientStreaming.
             * @member {boolean} clientStreaming
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             */
            MethodDescriptorProto.prototype.clientStreaming = false;

            /**
             * MethodDescriptorProto serverStreaming.
             * @member {boolean} serverStreaming
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             */
            MethodDescriptorProto.prototype.serverStreaming = false;

            /**
             * Creates a new MethodDescriptorProto instance using the specified properties.
             * @function create
             * @memberof google.protobuf.MethodDescriptorProto
             * @static
             * @param {google.protobuf.IMethodDescriptorProto=} [properties] Properties to set
             * @returns {google.protobuf.MethodDescriptorProto} MethodDescriptorProto instance
             */
            MethodDescriptorProto.create = function create(properties) {
                return new MethodDescriptorProto(properties);
            };

            /**
             * Encodes the specified MethodDescriptorProto message. Does not implicitly {@link google.protobuf.MethodDescriptorProto.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.MethodDescriptorProto
             * @static
             * @param {google.protobuf.IMethodDescriptorProto} message MethodDescriptorProto message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MethodDescriptorProto.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.inputType != null && Object.hasOwnProperty.call(message, "inputType"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.inputType);
                if (message.outputType != null && Object.hasOwnProperty.call(message, "outputType"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.outputType);
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    $root.google.protobuf.MethodOptions.encode(message.options, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.clientStreaming != null && Object.hasOwnProperty.call(message, "clientStreaming"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.clientStreaming);
                if (message.serverStreaming != null && Object.hasOwnProperty.call(message, "serverStreaming"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.serverStreaming);
                return writer;
            };

            /**
             * Decodes a MethodDescriptorProto message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.MethodDescriptorProto
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.MethodDescriptorProto} MethodDescriptorProto
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MethodDescriptorProto.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.MethodDescriptorProto();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.name = reader.string();
                            break;
                        }
                    case 2: {
                            message.inputType = reader.string();
                            break;
                        }
                    case 3: {
                            message.outputType = reader.string();
                            break;
                        }
                    case 4: {
                            message.options = $root.google.protobuf.MethodOptions.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 5: {
                            message.clientStreaming = reader.bool();
                            break;
                        }
                    case 6: {
                            message.serverStreaming = reader.bool();
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
             * Creates a MethodDescriptorProto message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.MethodDescriptorProto
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.MethodDescriptorProto} MethodDescriptorProto
             */
            MethodDescriptorProto.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.MethodDescriptorProto)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.MethodDescriptorProto: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.MethodDescriptorProto();
                if (object.name != null)
                    message.name = String(object.name);
                if (object.inputType != null)
                    message.inputType = String(object.inputType);
                if (object.outputType != null)
                    message.outputType = String(object.outputType);
                if (object.options != null) {
                    if (!$util.isObject(object.options))
                        throw TypeError(".google.protobuf.MethodDescriptorProto.options: object expected");
                    message.options = $root.google.protobuf.MethodOptions.fromObject(object.options, long + 1);
                }
                if (object.clientStreaming != null)
                    message.clientStreaming = Boolean(object.clientStreaming);
                if (object.serverStreaming != null)
                    message.serverStreaming = Boolean(object.serverStreaming);
                return message;
            };

            /**
             * Creates a plain object from a MethodDescriptorProto message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.MethodDescriptorProto
             * @static
             * @param {google.protobuf.MethodDescriptorProto} message MethodDescriptorProto
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MethodDescriptorProto.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.inputType = "";
                    object.outputType = "";
                    object.options = null;
                    object.clientStreaming = false;
                    object.serverStreaming = false;
                }
                if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.inputType != null && Object.hasOwnProperty.call(message, "inputType"))
                    object.inputType = message.inputType;
                if (message.outputType != null && Object.hasOwnProperty.call(message, "outputType"))
                    object.outputType = message.outputType;
                if (message.options != null && Object.hasOwnProperty.call(message, "options"))
                    object.options = $root.google.protobuf.MethodOptions.toObject(message.options, options, q + 1);
                if (message.clientStreaming != null && Object.hasOwnProperty.call(message, "clientStreaming"))
                    object.clientStreaming = message.clientStreaming;
                if (message.serverStreaming != null && Object.hasOwnProperty.call(message, "serverStreaming"))
                    object.serverStreaming = message.serverStreaming;
                return object;
            };

            /**
             * Converts this MethodDescriptorProto to JSON.
             * @function toJSON
             * @memberof google.protobuf.MethodDescriptorProto
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MethodDescriptorProto.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MethodDescriptorProto
             * @function getTypeUrl
             * @memberof google.protobuf.MethodDescriptorProto
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MethodDescriptorProto.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.MethodDescriptorProto";
            };

            return MethodDescriptorProto;
        })();

        protobuf.FileOptions = (function() {

            /**
             * Properties of a FileOptions.
             * @memberof google.protobuf
             * @interface IFileOptions
             * @property {string|null} [javaPackage] FileOptions javaPackage
             * @property {string|null} [javaOuterClassname] FileOptions javaOuterClassname
             * @property {boolean|null} [javaMultipleFiles] FileOptions javaMultipleFiles
             * @property {boolean|null} [javaGenerateEqualsAndHash] FileOptions javaGenerateEqualsAndHash
             * @property {boolean|null} [javaStringCheckUtf8] FileOptions javaStringCheckUtf8
             * @property {google.protobuf.FileOptions.OptimizeMode|null} [optimizeFor] FileOptions optimizeFor
             * @property {string|null} [goPackage] FileOptions goPackage
             * @property {boolean|null} [ccGenericServices] FileOptions ccGenericServices
             * @property {boolean|null} [javaGenericServices] FileOptions javaGenericServices
             * @property {boolean|null} [pyGenericServices] FileOptions pyGenericServices
             * @property {boolean|null} [deprecated] FileOptions deprecated
             * @property {boolean|null} [ccEnableArenas] FileOptions ccEnableArenas
             * @property {string|null} [objcClassPrefix] FileOptions objcClassPrefix
             * @property {string|null} [csharpNamespace] FileOptions csharpNamespace
             * @property {string|null} [swiftPrefix] FileOptions swiftPrefix
             * @property {string|null} [phpClassPrefix] FileOptions phpClassPrefix
             * @property {string|null} [phpNamespace] FileOptions phpNamespace
             * @property {string|null} [phpMetadataNamespace] FileOptions phpMetadataNamespace
             * @property {string|null} [rubyPackage] FileOptions rubyPackage
             * @property {google.protobuf.IFeatureSet|null} [features] FileOptions features
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] FileOptions uninterpretedOption
             */

            /**
             * Constructs a new FileOptions.
             * @memberof google.protobuf
             * @classdesc Represents a FileOptions.
             * @implements IFileOptions
             * @constructor
             * @param {google.protobuf.IFileOptions=} [properties] Properties to set
             */
            function FileOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FileOptions javaPackage.
             * @member {string} javaPackage
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.javaPackage = "";

            /**
             * FileOptions javaOuterClassname.
             * @member {string} javaOuterClassname
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.javaOuterClassname = "";

            /**
             * FileOptions javaMultipleFiles.
             * @member {boolean} javaMultipleFiles
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.javaMultipleFiles = false;

            /**
             * FileOptions javaGenerateEqualsAndHash.
             * @member {boolean} javaGenerateEqualsAndHash
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.javaGenerateEqualsAndHash = false;

            /**
             * FileOptions javaStringCheckUtf8.
             * @member {boolean} javaStringCheckUtf8
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.javaStringCheckUtf8 = false;

            /**
             * FileOptions optimizeFor.
             * @member {google.protobuf.FileOptions.OptimizeMode} optimizeFor
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.optimizeFor = 1;

            /**
             * FileOptions goPackage.
             * @member {string} goPackage
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.goPackage = "";

            /**
             * FileOptions ccGenericServices.
             * @member {boolean} ccGenericServices
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.ccGenericServices = false;

            /**
             * FileOptions javaGenericServices.
             * @member {boolean} javaGenericServices
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.javaGenericServices = false;

            /**
             * FileOptions pyGenericServices.
             * @member {boolean} pyGenericServices
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.pyGenericServices = false;

            /**
             * FileOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.deprecated = false;

            /**
             * FileOptions ccEnableArenas.
             * @member {boolean} ccEnableArenas
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.ccEnableArenas = true;

            /**
             * FileOptions objcClassPrefix.
             * @member {string} objcClassPrefix
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.objcClassPrefix = "";

            /**
             * FileOptions csharpNamespace.
             * @member {string} csharpNamespace
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.csharpNamespace = "";

            /**
             * FileOptions swiftPrefix.
             * @member {string} swiftPrefix
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.swiftPrefix = "";

            /**
             * FileOptions phpClassPrefix.
             * @member {string} phpClassPrefix
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.phpClassPrefix = "";

            /**
             * FileOptions phpNamespace.
             * @member {string} phpNamespace
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.phpNamespace = "";

            /**
             * FileOptions phpMetadataNamespace.
             * @member {string} phpMetadataNamespace
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.phpMetadataNamespace = "";

            /**
             * FileOptions rubyPackage.
             * @member {string} rubyPackage
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.rubyPackage = "";

            /**
             * FileOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.features = null;

            /**
             * FileOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.FileOptions
             * @instance
             */
            FileOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new FileOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FileOptions
             * @static
             * @param {google.protobuf.IFileOptions=} [properties] Properties to set
             * @returns {google.protobuf.FileOptions} FileOptions instance
             */
            FileOptions.create = function create(properties) {
                return new FileOptions(properties);
            };

            /**
             * Encodes the specified FileOptions message. Does not implicitly {@link google.protobuf.FileOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FileOptions
             * @static
             * @param {google.protobuf.IFileOptions} message FileOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FileOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.javaPackage != null && Object.hasOwnProperty.call(message, "javaPackage"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.javaPackage);
                if (message.javaOuterClassname != null && Object.hasOwnProperty.call(message, "javaOuterClassname"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.javaOuterClassname);
                if (message.optimizeFor != null && Object.hasOwnProperty.call(message, "optimizeFor"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.optimizeFor);
                if (message.javaMultipleFiles != null && Object.hasOwnProperty.call(message, "javaMultipleFiles"))
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.javaMultipleFiles);
                if (message.goPackage != null && Object.hasOwnProperty.call(message, "goPackage"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.goPackage);
                if (message.ccGenericServices != null && Object.hasOwnProperty.call(message, "ccGenericServices"))
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.ccGenericServices);
                if (message.javaGenericServices != null && Object.hasOwnProperty.call(message, "javaGenericServices"))
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.javaGenericServices);
                if (message.pyGenericServices != null && Object.hasOwnProperty.call(message, "pyGenericServices"))
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.pyGenericServices);
                if (message.javaGenerateEqualsAndHash != null && Object.hasOwnProperty.call(message, "javaGenerateEqualsAndHash"))
                    writer.uint32(/* id 20, wireType 0 =*/160).bool(message.javaGenerateEqualsAndHash);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 23, wireType 0 =*/184).bool(message.deprecated);
                if (message.javaStringCheckUtf8 != null && Object.hasOwnProperty.call(message, "javaStringCheckUtf8"))
                    writer.uint32(/* id 27, wireType 0 =*/216).bool(message.javaStringCheckUtf8);
                if (message.ccEnableArenas != null && Object.hasOwnProperty.call(message, "ccEnableArenas"))
                    writer.uint32(/* id 31, wireType 0 =*/248).bool(message.ccEnableArenas);
                if (message.objcClassPrefix != null && Object.hasOwnProperty.call(message, "objcClassPrefix"))
                    writer.uint32(/* id 36, wireType 2 =*/290).string(message.objcClassPrefix);
                if (message.csharpNamespace != null && Object.hasOwnProperty.call(message, "csharpNamespace"))
                    writer.uint32(/* id 37, wireType 2 =*/298).string(message.csharpNamespace);
                if (message.swiftPrefix != null && Object.hasOwnProperty.call(message, "swiftPrefix"))
                    writer.uint32(/* id 39, wireType 2 =*/314).string(message.swiftPrefix);
                if (message.phpClassPrefix != null && Object.hasOwnProperty.call(message, "phpClassPrefix"))
                    writer.uint32(/* id 40, wireType 2 =*/322).string(message.phpClassPrefix);
                if (message.phpNamespace != null && Object.hasOwnProperty.call(message, "phpNamespace"))
                    writer.uint32(/* id 41, wireType 2 =*/330).string(message.phpNamespace);
                if (message.phpMetadataNamespace != null && Object.hasOwnProperty.call(message, "phpMetadataNamespace"))
                    writer.uint32(/* id 44, wireType 2 =*/354).string(message.phpMetadataNamespace);
                if (message.rubyPackage != null && Object.hasOwnProperty.call(message, "rubyPackage"))
                    writer.uint32(/* id 45, wireType 2 =*/362).string(message.rubyPackage);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 50, wireType 2 =*/402).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a FileOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FileOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FileOptions} FileOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FileOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FileOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.javaPackage = reader.string();
                            break;
                        }
                    case 8: {
                            message.javaOuterClassname = reader.string();
                            break;
                        }
                    case 10: {
                            message.javaMultipleFiles = reader.bool();
                            break;
                        }
                    case 20: {
                            message.javaGenerateEqualsAndHash = reader.bool();
                            break;
                        }
                    case 27: {
                            message.javaStringCheckUtf8 = reader.bool();
                            break;
                        }
                    case 9: {
                            message.optimizeFor = reader.int32();
                            break;
                        }
                    case 11: {
                            message.goPackage = reader.string();
                            break;
                        }
                    case 16: {
                            message.ccGenericServices = reader.bool();
                            break;
                        }
                    case 17: {
                            message.javaGenericServices = reader.bool();
                            break;
                        }
                    case 18: {
                            message.pyGenericServices = reader.bool();
                            break;
                        }
                    case 23: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 31: {
                            message.ccEnableArenas = reader.bool();
                            break;
                        }
                    case 36: {
                            message.objcClassPrefix = reader.string();
                            break;
                        }
                    case 37: {
                            message.csharpNamespace = reader.string();
                            break;
                        }
                    case 39: {
                            message.swiftPrefix = reader.string();
                            break;
                        }
                    case 40: {
                            message.phpClassPrefix = reader.string();
                            break;
                        }
                    case 41: {
                            message.phpNamespace = reader.string();
                            break;
                        }
                    case 44: {
                            message.phpMetadataNamespace = reader.string();
                            break;
                        }
                    case 45: {
                            message.rubyPackage = reader.string();
                            break;
                        }
                    case 50: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a FileOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FileOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FileOptions} FileOptions
             */
            FileOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FileOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FileOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FileOptions();
                if (object.javaPackage != null)
                    message.javaPackage = String(object.javaPackage);
                if (object.javaOuterClassname != null)
                    message.javaOuterClassname = String(object.javaOuterClassname);
                if (object.javaMultipleFiles != null)
                    message.javaMultipleFiles = Boolean(object.javaMultipleFiles);
                if (object.javaGenerateEqualsAndHash != null)
                    message.javaGenerateEqualsAndHash = Boolean(object.javaGenerateEqualsAndHash);
                if (object.javaStringCheckUtf8 != null)
                    message.javaStringCheckUtf8 = Boolean(object.javaStringCheckUtf8);
                switch (object.optimizeFor) {
                default:
                    if (typeof object.optimizeFor === "number") {
                        message.optimizeFor = object.optimizeFor;
                        break;
                    }
                    break;
                case "SPEED":
                case 1:
                    message.optimizeFor = 1;
                    break;
                case "CODE_SIZE":
                case 2:
                    message.optimizeFor = 2;
                    break;
                case "LITE_RUNTIME":
                case 3:
                    message.optimizeFor = 3;
                    break;
                }
                if (object.goPackage != null)
                    message.goPackage = String(object.goPackage);
                if (object.ccGenericServices != null)
                    message.ccGenericServices = Boolean(object.ccGenericServices);
                if (object.javaGenericServices != null)
                    message.javaGenericServices = Boolean(object.javaGenericServices);
                if (object.pyGenericServices != null)
                    message.pyGenericServices = Boolean(object.pyGenericServices);
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                if (object.ccEnableArenas != null)
                    message.ccEnableArenas = Boolean(object.ccEnableArenas);
                if (object.objcClassPrefix != null)
                    message.objcClassPrefix = String(object.objcClassPrefix);
                if (object.csharpNamespace != null)
                    message.csharpNamespace = String(object.csharpNamespace);
                if (object.swiftPrefix != null)
                    message.swiftPrefix = String(object.swiftPrefix);
                if (object.phpClassPrefix != null)
                    message.phpClassPrefix = String(object.phpClassPrefix);
                if (object.phpNamespace != null)
                    message.phpNamespace = String(object.phpNamespace);
                if (object.phpMetadataNamespace != null)
                    message.phpMetadataNamespace = String(object.phpMetadataNamespace);
                if (object.rubyPackage != null)
                    message.rubyPackage = String(object.rubyPackage);
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.FileOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.FileOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.FileOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FileOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FileOptions
             * @static
             * @param {google.protobuf.FileOptions} message FileOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FileOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults) {
                    object.javaPackage = "";
                    object.javaOuterClassname = "";
                    object.optimizeFor = options.enums === String ? "SPEED" : 1;
                    object.javaMultipleFiles = false;
                    object.goPackage = "";
                    object.ccGenericServices = false;
                    object.javaGenericServices = false;
                    object.pyGenericServices = false;
                    object.javaGenerateEqualsAndHash = false;
                    object.deprecated = false;
                    object.javaStringCheckUtf8 = false;
                    object.ccEnableArenas = true;
                    object.objcClassPrefix = "";
                    object.csharpNamespace = "";
                    object.swiftPrefix = "";
                    object.phpClassPrefix = "";
                    object.phpNamespace = "";
                    object.phpMetadataNamespace = "";
                    object.rubyPackage = "";
                    object.features = null;
                }
                if (message.javaPackage != null && Object.hasOwnProperty.call(message, "javaPackage"))
                    object.javaPackage = message.javaPackage;
                if (message.javaOuterClassname != null && Object.hasOwnProperty.call(message, "javaOuterClassname"))
                    object.javaOuterClassname = message.javaOuterClassname;
                if (message.optimizeFor != null && Object.hasOwnProperty.call(message, "optimizeFor"))
                    object.optimizeFor = options.enums === String ? $root.google.protobuf.FileOptions.OptimizeMode[message.optimizeFor] === undefined ? message.optimizeFor : $root.google.protobuf.FileOptions.OptimizeMode[message.optimizeFor] : message.optimizeFor;
                if (message.javaMultipleFiles != null && Object.hasOwnProperty.call(message, "javaMultipleFiles"))
                    object.javaMultipleFiles = message.javaMultipleFiles;
                if (message.goPackage != null && Object.hasOwnProperty.call(message, "goPackage"))
                    object.goPackage = message.goPackage;
                if (message.ccGenericServices != null && Object.hasOwnProperty.call(message, "ccGenericServices"))
                    object.ccGenericServices = message.ccGenericServices;
                if (message.javaGenericServices != null && Object.hasOwnProperty.call(message, "javaGenericServices"))
                    object.javaGenericServices = message.javaGenericServices;
                if (message.pyGenericServices != null && Object.hasOwnProperty.call(message, "pyGenericServices"))
                    object.pyGenericServices = message.pyGenericServices;
                if (message.javaGenerateEqualsAndHash != null && Object.hasOwnProperty.call(message, "javaGenerateEqualsAndHash"))
                    object.javaGenerateEqualsAndHash = message.javaGenerateEqualsAndHash;
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.javaStringCheckUtf8 != null && Object.hasOwnProperty.call(message, "javaStringCheckUtf8"))
                    object.javaStringCheckUtf8 = message.javaStringCheckUtf8;
                if (message.ccEnableArenas != null && Object.hasOwnProperty.call(message, "ccEnableArenas"))
                    object.ccEnableArenas = message.ccEnableArenas;
                if (message.objcClassPrefix != null && Object.hasOwnProperty.call(message, "objcClassPrefix"))
                    object.objcClassPrefix = message.objcClassPrefix;
                if (message.csharpNamespace != null && Object.hasOwnProperty.call(message, "csharpNamespace"))
                    object.csharpNamespace = message.csharpNamespace;
                if (message.swiftPrefix != null && Object.hasOwnProperty.call(message, "swiftPrefix"))
                    object.swiftPrefix = message.swiftPrefix;
                if (message.phpClassPrefix != null && Object.hasOwnProperty.call(message, "phpClassPrefix"))
                    object.phpClassPrefix = message.phpClassPrefix;
                if (message.phpNamespace != null && Object.hasOwnProperty.call(message, "phpNamespace"))
                    object.phpNamespace = message.phpNamespace;
                if (message.phpMetadataNamespace != null && Object.hasOwnProperty.call(message, "phpMetadataNamespace"))
                    object.phpMetadataNamespace = message.phpMetadataNamespace;
                if (message.rubyPackage != null && Object.hasOwnProperty.call(message, "rubyPackage"))
                    object.rubyPackage = message.rubyPackage;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this FileOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.FileOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FileOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FileOptions
             * @function getTypeUrl
             * @memberof google.protobuf.FileOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FileOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FileOptions";
            };

            /**
             * OptimizeMode enum.
             * @name google.protobuf.FileOptions.OptimizeMode
             * @enum {number}
             * @property {number} SPEED=1 SPEED value
             * @property {number} CODE_SIZE=2 CODE_SIZE value
             * @property {number} LITE_RUNTIME=3 LITE_RUNTIME value
             */
            FileOptions.OptimizeMode = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[1] = "SPEED"] = 1;
                values[valuesById[2] = "CODE_SIZE"] = 2;
                values[valuesById[3] = "LITE_RUNTIME"] = 3;
                return values;
            })();

            return FileOptions;
        })();

        protobuf.MessageOptions = (function() {

            /**
             * Properties of a MessageOptions.
             * @memberof google.protobuf
             * @interface IMessageOptions
             * @property {boolean|null} [messageSetWireFormat] MessageOptions messageSetWireFormat
             * @property {boolean|null} [noStandardDescriptorAccessor] MessageOptions noStandardDescriptorAccessor
             * @property {boolean|null} [deprecated] MessageOptions deprecated
             * @property {boolean|null} [mapEntry] MessageOptions mapEntry
             * @property {boolean|null} [deprecatedLegacyJsonFieldConflicts] MessageOptions deprecatedLegacyJsonFieldConflicts
             * @property {google.protobuf.IFeatureSet|null} [features] MessageOptions features
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] MessageOptions uninterpretedOption
             */

            /**
             * Constructs a new MessageOptions.
             * @memberof google.protobuf
             * @classdesc Represents a MessageOptions.
             * @implements IMessageOptions
             * @constructor
             * @param {google.protobuf.IMessageOptions=} [properties] Properties to set
             */
            function MessageOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MessageOptions messageSetWireFormat.
             * @member {boolean} messageSetWireFormat
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.messageSetWireFormat = false;

            /**
             * MessageOptions noStandardDescriptorAccessor.
             * @member {boolean} noStandardDescriptorAccessor
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.noStandardDescriptorAccessor = false;

            /**
             * MessageOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.deprecated = false;

            /**
             * MessageOptions mapEntry.
             * @member {boolean} mapEntry
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.mapEntry = false;

            /**
             * MessageOptions deprecatedLegacyJsonFieldConflicts.
             * @member {boolean} deprecatedLegacyJsonFieldConflicts
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.deprecatedLegacyJsonFieldConflicts = false;

            /**
             * MessageOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.features = null;

            /**
             * MessageOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.MessageOptions
             * @instance
             */
            MessageOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new MessageOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.MessageOptions
             * @static
             * @param {google.protobuf.IMessageOptions=} [properties] Properties to set
             * @returns {google.protobuf.MessageOptions} MessageOptions instance
             */
            MessageOptions.create = function create(properties) {
                return new MessageOptions(properties);
            };

            /**
             * Encodes the specified MessageOptions message. Does not implicitly {@link google.protobuf.MessageOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.MessageOptions
             * @static
             * @param {google.protobuf.IMessageOptions} message MessageOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.messageSetWireFormat != null && Object.hasOwnProperty.call(message, "messageSetWireFormat"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.messageSetWireFormat);
                if (message.noStandardDescriptorAccessor != null && Object.hasOwnProperty.call(message, "noStandardDescriptorAccessor"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.noStandardDescriptorAccessor);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.deprecated);
                if (message.mapEntry != null && Object.hasOwnProperty.call(message, "mapEntry"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.mapEntry);
                if (message.deprecatedLegacyJsonFieldConflicts != null && Object.hasOwnProperty.call(message, "deprecatedLegacyJsonFieldConflicts"))
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.deprecatedLegacyJsonFieldConflicts);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a MessageOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.MessageOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.MessageOptions} MessageOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.MessageOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.messageSetWireFormat = reader.bool();
                            break;
                        }
                    case 2: {
                            message.noStandardDescriptorAccessor = reader.bool();
                            break;
                        }
                    case 3: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 7: {
                            message.mapEntry = reader.bool();
                            break;
                        }
                    case 11: {
                            message.deprecatedLegacyJsonFieldConflicts = reader.bool();
                            break;
                        }
                    case 12: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a MessageOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.MessageOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.MessageOptions} MessageOptions
             */
            MessageOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.MessageOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.MessageOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.MessageOptions();
                if (object.messageSetWireFormat != null)
                    message.messageSetWireFormat = Boolean(object.messageSetWireFormat);
                if (object.noStandardDescriptorAccessor != null)
                    message.noStandardDescriptorAccessor = Boolean(object.noStandardDescriptorAccessor);
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                if (object.mapEntry != null)
                    message.mapEntry = Boolean(object.mapEntry);
                if (object.deprecatedLegacyJsonFieldConflicts != null)
                    message.deprecatedLegacyJsonFieldConflicts = Boolean(object.deprecatedLegacyJsonFieldConflicts);
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.MessageOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.MessageOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.MessageOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MessageOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.MessageOptions
             * @static
             * @param {google.protobuf.MessageOptions} message MessageOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MessageOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults) {
                    object.messageSetWireFormat = false;
                    object.noStandardDescriptorAccessor = false;
                    object.deprecated = false;
                    object.mapEntry = false;
                    object.deprecatedLegacyJsonFieldConflicts = false;
                    object.features = null;
                }
                if (message.messageSetWireFormat != null && Object.hasOwnProperty.call(message, "messageSetWireFormat"))
                    object.messageSetWireFormat = message.messageSetWireFormat;
                if (message.noStandardDescriptorAccessor != null && Object.hasOwnProperty.call(message, "noStandardDescriptorAccessor"))
                    object.noStandardDescriptorAccessor = message.noStandardDescriptorAccessor;
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.mapEntry != null && Object.hasOwnProperty.call(message, "mapEntry"))
                    object.mapEntry = message.mapEntry;
                if (message.deprecatedLegacyJsonFieldConflicts != null && Object.hasOwnProperty.call(message, "deprecatedLegacyJsonFieldConflicts"))
                    object.deprecatedLegacyJsonFieldConflicts = message.deprecatedLegacyJsonFieldConflicts;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this MessageOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.MessageOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MessageOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MessageOptions
             * @function getTypeUrl
             * @memberof google.protobuf.MessageOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MessageOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.MessageOptions";
            };

            return MessageOptions;
        })();

        protobuf.FieldOptions = (function() {

            /**
             * Properties of a FieldOptions.
             * @memberof google.protobuf
             * @interface IFieldOptions
             * @property {google.protobuf.FieldOptions.CType|null} [ctype] FieldOptions ctype
             * @property {boolean|null} [packed] FieldOptions packed
             * @property {google.protobuf.FieldOptions.JSType|null} [jstype] FieldOptions jstype
             * @property {boolean|null} [lazy] FieldOptions lazy
             * @property {boolean|null} [unverifiedLazy] FieldOptions unverifiedLazy
             * @property {boolean|null} [deprecated] FieldOptions deprecated
             * @property {boolean|null} [weak] FieldOptions weak
             * @property {boolean|null} [debugRedact] FieldOptions debugRedact
             * @property {google.protobuf.FieldOptions.OptionRetention|null} [retention] FieldOptions retention
             * @property {Array.<google.protobuf.FieldOptions.OptionTargetType>|null} [targets] FieldOptions targets
             * @property {Array.<google.protobuf.FieldOptions.IEditionDefault>|null} [editionDefaults] FieldOptions editionDefaults
             * @property {google.protobuf.IFeatureSet|null} [features] FieldOptions features
             * @property {google.protobuf.FieldOptions.IFeatureSupport|null} [featureSupport] FieldOptions featureSupport
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] FieldOptions uninterpretedOption
             */

            /**
             * Constructs a new FieldOptions.
             * @memberof google.protobuf
             * @classdesc Represents a FieldOptions.
             * @implements IFieldOptions
             * @constructor
             * @param {google.protobuf.IFieldOptions=} [properties] Properties to set
             */
            function FieldOptions(properties) {
                this.targets = [];
                this.editionDefaults = [];
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FieldOptions ctype.
             * @member {google.protobuf.FieldOptions.CType} ctype
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.ctype = 0;

            /**
             * FieldOptions packed.
             * @member {boolean} packed
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.packed = false;

            /**
             * FieldOptions jstype.
             * @member {google.protobuf.FieldOptions.JSType} jstype
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.jstype = 0;

            /**
             * FieldOptions lazy.
             * @member {boolean} lazy
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.lazy = false;

            /**
             * FieldOptions unverifiedLazy.
             * @member {boolean} unverifiedLazy
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.unverifiedLazy = false;

            /**
             * FieldOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.deprecated = false;

            /**
             * FieldOptions weak.
             * @member {boolean} weak
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.weak = false;

            /**
             * FieldOptions debugRedact.
             * @member {boolean} debugRedact
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.debugRedact = false;

            /**
             * FieldOptions retention.
             * @member {google.protobuf.FieldOptions.OptionRetention} retention
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.retention = 0;

            /**
             * FieldOptions targets.
             * @member {Array.<google.protobuf.FieldOptions.OptionTargetType>} targets
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.targets = $util.emptyArray;

            /**
             * FieldOptions editionDefaults.
             * @member {Array.<google.protobuf.FieldOptions.IEditionDefault>} editionDefaults
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.editionDefaults = $util.emptyArray;

            /**
             * FieldOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.features = null;

            /**
             * FieldOptions featureSupport.
             * @member {google.protobuf.FieldOptions.IFeatureSupport|null|undefined} featureSupport
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.featureSupport = null;

            /**
             * FieldOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.FieldOptions
             * @instance
             */
            FieldOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new FieldOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FieldOptions
             * @static
             * @param {google.protobuf.IFieldOptions=} [properties] Properties to set
             * @returns {google.protobuf.FieldOptions} FieldOptions instance
             */
            FieldOptions.create = function create(properties) {
                return new FieldOptions(properties);
            };

            /**
             * Encodes the specified FieldOptions message. Does not implicitly {@link google.protobuf.FieldOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FieldOptions
             * @static
             * @param {google.protobuf.IFieldOptions} message FieldOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.ctype != null && Object.hasOwnProperty.call(message, "ctype"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.ctype);
                if (message.packed != null && Object.hasOwnProperty.call(message, "packed"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.packed);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.deprecated);
                if (message.lazy != null && Object.hasOwnProperty.call(message, "lazy"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.lazy);
                if (message.jstype != null && Object.hasOwnProperty.call(message, "jstype"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.jstype);
                if (message.weak != null && Object.hasOwnProperty.call(message, "weak"))
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.weak);
                if (message.unverifiedLazy != null && Object.hasOwnProperty.call(message, "unverifiedLazy"))
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.unverifiedLazy);
                if (message.debugRedact != null && Object.hasOwnProperty.call(message, "debugRedact"))
                    writer.uint32(/* id 16, wireType 0 =*/128).bool(message.debugRedact);
                if (message.retention != null && Object.hasOwnProperty.call(message, "retention"))
                    writer.uint32(/* id 17, wireType 0 =*/136).int32(message.retention);
                if (message.targets != null && message.targets.length)
                    for (let i = 0; i < message.targets.length; ++i)
                        writer.uint32(/* id 19, wireType 0 =*/152).int32(message.targets[i]);
                if (message.editionDefaults != null && message.editionDefaults.length)
                    for (let i = 0; i < message.editionDefaults.length; ++i)
                        $root.google.protobuf.FieldOptions.EditionDefault.encode(message.editionDefaults[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (message.featureSupport != null && Object.hasOwnProperty.call(message, "featureSupport"))
                    $root.google.protobuf.FieldOptions.FeatureSupport.encode(message.featureSupport, writer.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a FieldOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FieldOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FieldOptions} FieldOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FieldOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.ctype = reader.int32();
                            break;
                        }
                    case 2: {
                            message.packed = reader.bool();
                            break;
                        }
                    case 6: {
                            message.jstype = reader.int32();
                            break;
                        }
                    case 5: {
                            message.lazy = reader.bool();
                            break;
                        }
                    case 15: {
                            message.unverifiedLazy = reader.bool();
                            break;
                        }
                    case 3: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 10: {
                            message.weak = reader.bool();
                            break;
                        }
                    case 16: {
                            message.debugRedact = reader.bool();
                            break;
                        }
                    case 17: {
                            message.retention = reader.int32();
                            break;
                        }
                    case 19: {
                            if (!(message.targets && message.targets.length))
                                message.targets = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                if (end2 > reader.len)
                                    throw RangeError("index out of range");
                                reader.len = end2;
                                while (reader.pos < end2)
                                    message.targets.push(reader.int32());
                                if (reader.pos !== end2)
                                    throw RangeError("index out of range");
                                reader.len = end;
                            } else
                                message.targets.push(reader.int32());
                            break;
                        }
                    case 20: {
                            if (!(message.editionDefaults && message.editionDefaults.length))
                                message.editionDefaults = [];
                            message.editionDefaults.push($root.google.protobuf.FieldOptions.EditionDefault.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 21: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 22: {
                            message.featureSupport = $root.google.protobuf.FieldOptions.FeatureSupport.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a FieldOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FieldOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FieldOptions} FieldOptions
             */
            FieldOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FieldOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FieldOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FieldOptions();
                switch (object.ctype) {
                default:
                    if (typeof object.ctype === "number") {
                        message.ctype = object.ctype;
                        break;
                    }
                    break;
                case "STRING":
                case 0:
                    message.ctype = 0;
                    break;
                case "CORD":
                case 1:
                    message.ctype = 1;
                    break;
                case "STRING_PIECE":
                case 2:
                    message.ctype = 2;
                    break;
                }
                if (object.packed != null)
                    message.packed = Boolean(object.packed);
                switch (object.jstype) {
                default:
                    if (typeof object.jstype === "number") {
                        message.jstype = object.jstype;
                        break;
                    }
                    break;
                case "JS_NORMAL":
                case 0:
                    message.jstype = 0;
                    break;
                case "JS_STRING":
                case 1:
                    message.jstype = 1;
                    break;
                case "JS_NUMBER":
                case 2:
                    message.jstype = 2;
                    break;
                }
                if (object.lazy != null)
                    message.lazy = Boolean(object.lazy);
                if (object.unverifiedLazy != null)
                    message.unverifiedLazy = Boolean(object.unverifiedLazy);
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                if (object.weak != null)
                    message.weak = Boolean(object.weak);
                if (object.debugRedact != null)
                    message.debugRedact = Boolean(object.debugRedact);
                switch (object.retention) {
                default:
                    if (typeof object.retention === "number") {
                        message.retention = object.retention;
                        break;
                    }
                    break;
                case "RETENTION_UNKNOWN":
                case 0:
                    message.retention = 0;
                    break;
                case "RETENTION_RUNTIME":
                case 1:
                    message.retention = 1;
                    break;
                case "RETENTION_SOURCE":
                case 2:
                    message.retention = 2;
                    break;
                }
                if (object.targets) {
                    if (!Array.isArray(object.targets))
                        throw TypeError(".google.protobuf.FieldOptions.targets: array expected");
                    message.targets = [];
                    for (let i = 0; i < object.targets.length; ++i)
                        switch (object.targets[i]) {
                        default:
                            if (typeof object.targets[i] === "number") {
                                message.targets[i] = object.targets[i];
                                break;
                            }
                        case "TARGET_TYPE_UNKNOWN":
                        case 0:
                            message.targets[i] = 0;
                            break;
                        case "TARGET_TYPE_FILE":
                        case 1:
                            message.targets[i] = 1;
                            break;
                        case "TARGET_TYPE_EXTENSION_RANGE":
                        case 2:
                            message.targets[i] = 2;
                            break;
                        case "TARGET_TYPE_MESSAGE":
                        case 3:
                            message.targets[i] = 3;
                            break;
                        case "TARGET_TYPE_FIELD":
                        case 4:
                            message.targets[i] = 4;
                            break;
                        case "TARGET_TYPE_ONEOF":
                        case 5:
                            message.targets[i] = 5;
                            break;
                        case "TARGET_TYPE_ENUM":
                        case 6:
                            message.targets[i] = 6;
                            break;
                        case "TARGET_TYPE_ENUM_ENTRY":
                        case 7:
                            message.targets[i] = 7;
                            break;
                        case "TARGET_TYPE_SERVICE":
                        case 8:
                            message.targets[i] = 8;
                            break;
                        case "TARGET_TYPE_METHOD":
                        case 9:
                            message.targets[i] = 9;
                            break;
                        }
                }
                if (object.editionDefaults) {
                    if (!Array.isArray(object.editionDefaults))
                        throw TypeError(".google.protobuf.FieldOptions.editionDefaults: array expected");
                    message.editionDefaults = [];
                    for (let i = 0; i < object.editionDefaults.length; ++i) {
                        if (!$util.isObject(object.editionDefaults[i]))
                            throw TypeError(".google.protobuf.FieldOptions.editionDefaults: object expected");
                        message.editionDefaults[i] = $root.google.protobuf.FieldOptions.EditionDefault.fromObject(object.editionDefaults[i], long + 1);
                    }
                }
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.FieldOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.featureSupport != null) {
                    if (!$util.isObject(object.featureSupport))
                        throw TypeError(".google.protobuf.FieldOptions.featureSupport: object expected");
                    message.featureSupport = $root.google.protobuf.FieldOptions.FeatureSupport.fromObject(object.featureSupport, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.FieldOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.FieldOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FieldOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FieldOptions
             * @static
             * @param {google.protobuf.FieldOptions} message FieldOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FieldOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.targets = [];
                    object.editionDefaults = [];
                    object.uninterpretedOption = [];
                }
                if (options.defaults) {
                    object.ctype = options.enums === String ? "STRING" : 0;
                    object.packed = false;
                    object.deprecated = false;
                    object.lazy = false;
                    object.jstype = options.enums === String ? "JS_NORMAL" : 0;
                    object.weak = false;
                    object.unverifiedLazy = false;
                    object.debugRedact = false;
                    object.retention = options.enums === String ? "RETENTION_UNKNOWN" : 0;
                    object.features = null;
                    object.featureSupport = null;
                }
                if (message.ctype != null && Object.hasOwnProperty.call(message, "ctype"))
                    object.ctype = options.enums === String ? $root.google.protobuf.FieldOptions.CType[message.ctype] === undefined ? message.ctype : $root.google.protobuf.FieldOptions.CType[message.ctype] : message.ctype;
                if (message.packed != null && Object.hasOwnProperty.call(message, "packed"))
                    object.packed = message.packed;
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.lazy != null && Object.hasOwnProperty.call(message, "lazy"))
                    object.lazy = message.lazy;
                if (message.jstype != null && Object.hasOwnProperty.call(message, "jstype"))
                    object.jstype = options.enums === String ? $root.google.protobuf.FieldOptions.JSType[message.jstype] === undefined ? message.jstype : $root.google.protobuf.FieldOptions.JSType[message.jstype] : message.jstype;
                if (message.weak != null && Object.hasOwnProperty.call(message, "weak"))
                    object.weak = message.weak;
                if (message.unverifiedLazy != null && Object.hasOwnProperty.call(message, "unverifiedLazy"))
                    object.unverifiedLazy = message.unverifiedLazy;
                if (message.debugRedact != null && Object.hasOwnProperty.call(message, "debugRedact"))
                    object.debugRedact = message.debugRedact;
                if (message.retention != null && Object.hasOwnProperty.call(message, "retention"))
                    object.retention = options.enums === String ? $root.google.protobuf.FieldOptions.OptionRetention[message.retention] === undefined ? message.retention : $root.google.protobuf.FieldOptions.OptionRetention[message.retention] : message.retention;
                if (message.targets && message.targets.length) {
                    object.targets = [];
                    for (let j = 0; j < message.targets.length; ++j)
                        object.targets[j] = options.enums === String ? $root.google.protobuf.FieldOptions.OptionTargetType[message.targets[j]] === undefined ? message.targets[j] : $root.google.protobuf.FieldOptions.OptionTargetType[message.targets[j]] : message.targets[j];
                }
                if (message.editionDefaults && message.editionDefaults.length) {
                    object.editionDefaults = [];
                    for (let j = 0; j < message.editionDefaults.length; ++j)
                        object.editionDefaults[j] = $root.google.protobuf.FieldOptions.EditionDefault.toObject(message.editionDefaults[j], options, q + 1);
                }
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.featureSupport != null && Object.hasOwnProperty.call(message, "featureSupport"))
                    object.featureSupport = $root.google.protobuf.FieldOptions.FeatureSupport.toObject(message.featureSupport, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this FieldOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.FieldOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FieldOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FieldOptions
             * @function getTypeUrl
             * @memberof google.protobuf.FieldOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FieldOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FieldOptions";
            };

            /**
             * CType enum.
             * @name google.protobuf.FieldOptions.CType
             * @enum {number}
             * @property {number} STRING=0 STRING value
             * @property {number} CORD=1 CORD value
             * @property {number} STRING_PIECE=2 STRING_PIECE value
             */
            FieldOptions.CType = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "STRING"] = 0;
                values[valuesById[1] = "CORD"] = 1;
                values[valuesById[2] = "STRING_PIECE"] = 2;
                return values;
            })();

            /**
             * JSType enum.
             * @name google.protobuf.FieldOptions.JSType
             * @enum {number}
             * @property {number} JS_NORMAL=0 JS_NORMAL value
             * @property {number} JS_STRING=1 JS_STRING value
             * @property {number} JS_NUMBER=2 JS_NUMBER value
             */
            FieldOptions.JSType = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "JS_NORMAL"] = 0;
                values[valuesById[1] = "JS_STRING"] = 1;
                values[valuesById[2] = "JS_NUMBER"] = 2;
                return values;
            })();

            /**
             * OptionRetention enum.
             * @name google.protobuf.FieldOptions.OptionRetention
             * @enum {number}
             * @property {number} RETENTION_UNKNOWN=0 RETENTION_UNKNOWN value
             * @property {number} RETENTION_RUNTIME=1 RETENTION_RUNTIME value
             * @property {number} RETENTION_SOURCE=2 RETENTION_SOURCE value
             */
            FieldOptions.OptionRetention = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "RETENTION_UNKNOWN"] = 0;
                values[valuesById[1] = "RETENTION_RUNTIME"] = 1;
                values[valuesById[2] = "RETENTION_SOURCE"] = 2;
                return values;
            })();

            /**
             * OptionTargetType enum.
             * @name google.protobuf.FieldOptions.OptionTargetType
             * @enum {number}
             * @property {number} TARGET_TYPE_UNKNOWN=0 TARGET_TYPE_UNKNOWN value
             * @property {number} TARGET_TYPE_FILE=1 TARGET_TYPE_FILE value
             * @property {number} TARGET_TYPE_EXTENSION_RANGE=2 TARGET_TYPE_EXTENSION_RANGE value
             * @property {number} TARGET_TYPE_MESSAGE=3 TARGET_TYPE_MESSAGE value
             * @property {number} TARGET_TYPE_FIELD=4 TARGET_TYPE_FIELD value
             * @property {number} TARGET_TYPE_ONEOF=5 TARGET_TYPE_ONEOF value
             * @property {number} TARGET_TYPE_ENUM=6 TARGET_TYPE_ENUM value
             * @property {number} TARGET_TYPE_ENUM_ENTRY=7 TARGET_TYPE_ENUM_ENTRY value
             * @property {number} TARGET_TYPE_SERVICE=8 TARGET_TYPE_SERVICE value
             * @property {number} TARGET_TYPE_METHOD=9 TARGET_TYPE_METHOD value
             */
            FieldOptions.OptionTargetType = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "TARGET_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "TARGET_TYPE_FILE"] = 1;
                values[valuesById[2] = "TARGET_TYPE_EXTENSION_RANGE"] = 2;
                values[valuesById[3] = "TARGET_TYPE_MESSAGE"] = 3;
                values[valuesById[4] = "TARGET_TYPE_FIELD"] = 4;
                values[valuesById[5] = "TARGET_TYPE_ONEOF"] = 5;
                values[valuesById[6] = "TARGET_TYPE_ENUM"] = 6;
                values[valuesById[7] = "TARGET_TYPE_ENUM_ENTRY"] = 7;
                values[valuesById[8] = "TARGET_TYPE_SERVICE"] = 8;
                values[valuesById[9] = "TARGET_TYPE_METHOD"] = 9;
                return values;
            })();

            FieldOptions.EditionDefault = (function() {

                /**
                 * Properties of an EditionDefault.
                 * @memberof google.protobuf.FieldOptions
                 * @interface IEditionDefault
                 * @property {google.protobuf.Edition|null} [edition] EditionDefault edition
                 * @property {string|null} [value] EditionDefault value
                 */

                /**
                 * Constructs a new EditionDefault.
                 * @memberof google.protobuf.FieldOptions
                 * @classdesc Represents an EditionDefault.
                 * @implements IEditionDefault
                 * @constructor
                 * @param {google.protobuf.FieldOptions.IEditionDefault=} [properties] Properties to set
                 */
                function EditionDefault(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EditionDefault edition.
                 * @member {google.protobuf.Edition} edition
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @instance
                 */
                EditionDefault.prototype.edition = 0;

                /**
                 * EditionDefault value.
                 * @member {string} value
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @instance
                 */
                EditionDefault.prototype.value = "";

                /**
                 * Creates a new EditionDefault instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @static
                 * @param {google.protobuf.FieldOptions.IEditionDefault=} [properties] Properties to set
                 * @returns {google.protobuf.FieldOptions.EditionDefault} EditionDefault instance
                 */
                EditionDefault.create = function create(properties) {
                    return new EditionDefault(properties);
                };

                /**
                 * Encodes the specified EditionDefault message. Does not implicitly {@link google.protobuf.FieldOptions.EditionDefault.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @static
                 * @param {google.protobuf.FieldOptions.IEditionDefault} message EditionDefault message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EditionDefault.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                    if (message.edition != null && Object.hasOwnProperty.call(message, "edition"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.edition);
                    return writer;
                };

                /**
                 * Decodes an EditionDefault message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.FieldOptions.EditionDefault} EditionDefault
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EditionDefault.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.FieldOptions.EditionDefault();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 3: {
                                message.edition = reader.int32();
                                break;
                            }
                        case 2: {
                                message.value = reader.string();
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
                 * Creates an EditionDefault message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.FieldOptions.EditionDefault} EditionDefault
                 */
                EditionDefault.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.FieldOptions.EditionDefault)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.FieldOptions.EditionDefault: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.FieldOptions.EditionDefault();
                    switch (object.edition) {
                    default:
                        if (typeof object.edition === "number") {
                            message.edition = object.edition;
                            break;
                        }
                        break;
                    case "EDITION_UNKNOWN":
                    case 0:
                        message.edition = 0;
                        break;
                    case "EDITION_LEGACY":
                    case 900:
                        message.edition = 900;
                        break;
                    case "EDITION_PROTO2":
                    case 998:
                        message.edition = 998;
                        break;
                    case "EDITION_PROTO3":
                    case 999:
                        message.edition = 999;
                        break;
                    case "EDITION_2023":
                    case 1000:
                        message.edition = 1000;
                        break;
                    case "EDITION_2024":
                    case 1001:
                        message.edition = 1001;
                        break;
                    case "EDITION_1_TEST_ONLY":
                    case 1:
                        message.edition = 1;
                        break;
                    case "EDITION_2_TEST_ONLY":
                    case 2:
                        message.edition = 2;
                        break;
                    case "EDITION_99997_TEST_ONLY":
                    case 99997:
                        message.edition = 99997;
                        break;
                    case "EDITION_99998_TEST_ONLY":
                    case 99998:
                        message.edition = 99998;
                        break;
                    case "EDITION_99999_TEST_ONLY":
                    case 99999:
                        message.edition = 99999;
                        break;
                    case "EDITION_MAX":
                    case 2147483647:
                        message.edition = 2147483647;
                        break;
                    }
                    if (object.value != null)
                        message.value = String(object.value);
                    return message;
                };

                /**
                 * Creates a plain object from an EditionDefault message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @static
                 * @param {google.protobuf.FieldOptions.EditionDefault} message EditionDefault
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                EditionDefault.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.value = "";
                        object.edition = options.enums === String ? "EDITION_UNKNOWN" : 0;
                    }
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    if (message.edition != null && Object.hasOwnProperty.call(message, "edition"))
                        object.edition = options.enums === String ? $root.google.protobuf.Edition[message.edition] === undefined ? message.edition : $root.google.protobuf.Edition[message.edition] : message.edition;
                    return object;
                };

                /**
                 * Converts this EditionDefault to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                EditionDefault.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for EditionDefault
                 * @function getTypeUrl
                 * @memberof google.protobuf.FieldOptions.EditionDefault
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EditionDefault.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.FieldOptions.EditionDefault";
                };

                return EditionDefault;
            })();

            FieldOptions.FeatureSupport = (function() {

                /**
                 * Properties of a FeatureSupport.
                 * @memberof google.protobuf.FieldOptions
                 * @interface IFeatureSupport
                 * @property {google.protobuf.Edition|null} [editionIntroduced] FeatureSupport editionIntroduced
                 * @property {google.protobuf.Edition|null} [editionDeprecated] FeatureSupport editionDeprecated
                 * @property {string|null} [deprecationWarning] FeatureSupport deprecationWarning
                 * @property {google.protobuf.Edition|null} [editionRemoved] FeatureSupport editionRemoved
                 */

                /**
                 * Constructs a new FeatureSupport.
                 * @memberof google.protobuf.FieldOptions
                 * @classdesc Represents a FeatureSupport.
                 * @implements IFeatureSupport
                 * @constructor
                 * @param {google.protobuf.FieldOptions.IFeatureSupport=} [properties] Properties to set
                 */
                function FeatureSupport(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * FeatureSupport editionIntroduced.
                 * @member {google.protobuf.Edition} editionIntroduced
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @instance
                 */
                FeatureSupport.prototype.editionIntroduced = 0;

                /**
                 * FeatureSupport editionDeprecated.
                 * @member {google.protobuf.Edition} editionDeprecated
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @instance
                 */
                FeatureSupport.prototype.editionDeprecated = 0;

                /**
                 * FeatureSupport deprecationWarning.
                 * @member {string} deprecationWarning
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @instance
                 */
                FeatureSupport.prototype.deprecationWarning = "";

                /**
                 * FeatureSupport editionRemoved.
                 * @member {google.protobuf.Edition} editionRemoved
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @instance
                 */
                FeatureSupport.prototype.editionRemoved = 0;

                /**
                 * Creates a new FeatureSupport instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @static
                 * @param {google.protobuf.FieldOptions.IFeatureSupport=} [properties] Properties to set
                 * @returns {google.protobuf.FieldOptions.FeatureSupport} FeatureSupport instance
                 */
                FeatureSupport.create = function create(properties) {
                    return new FeatureSupport(properties);
                };

                /**
                 * Encodes the specified FeatureSupport message. Does not implicitly {@link google.protobuf.FieldOptions.FeatureSupport.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @static
                 * @param {google.protobuf.FieldOptions.IFeatureSupport} message FeatureSupport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeatureSupport.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.editionIntroduced != null && Object.hasOwnProperty.call(message, "editionIntroduced"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.editionIntroduced);
                    if (message.editionDeprecated != null && Object.hasOwnProperty.call(message, "editionDeprecated"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.editionDeprecated);
                    if (message.deprecationWarning != null && Object.hasOwnProperty.call(message, "deprecationWarning"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.deprecationWarning);
                    if (message.editionRemoved != null && Object.hasOwnProperty.call(message, "editionRemoved"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.editionRemoved);
                    return writer;
                };

                /**
                 * Decodes a FeatureSupport message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.FieldOptions.FeatureSupport} FeatureSupport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeatureSupport.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.FieldOptions.FeatureSupport();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.editionIntroduced = reader.int32();
                                break;
                            }
                        case 2: {
                                message.editionDeprecated = reader.int32();
                                break;
                            }
                        case 3: {
                                message.deprecationWarning = reader.string();
                                break;
                            }
                        case 4: {
                                message.editionRemoved = reader.int32();
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
                 * Creates a FeatureSupport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.FieldOptions.FeatureSupport} FeatureSupport
                 */
                FeatureSupport.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.FieldOptions.FeatureSupport)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.FieldOptions.FeatureSupport: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.FieldOptions.FeatureSupport();
                    switch (object.editionIntroduced) {
                    default:
                        if (typeof object.editionIntroduced === "number") {
                            message.editionIntroduced = object.editionIntroduced;
                            break;
                        }
                        break;
                    case "EDITION_UNKNOWN":
                    case 0:
                        message.editionIntroduced = 0;
                        break;
                    case "EDITION_LEGACY":
                    case 900:
                        message.editionIntroduced = 900;
                        break;
                    case "EDITION_PROTO2":
                    case 998:
                        message.editionIntroduced = 998;
                        break;
                    case "EDITION_PROTO3":
                    case 999:
                        message.editionIntroduced = 999;
                        break;
                    case "EDITION_2023":
                    case 1000:
                        message.editionIntroduced = 1000;
                        break;
                    case "EDITION_2024":
                    case 1001:
                        message.editionIntroduced = 1001;
                        break;
                    case "EDITION_1_TEST_ONLY":
                    case 1:
                        message.editionIntroduced = 1;
                        break;
                    case "EDITION_2_TEST_ONLY":
                    case 2:
                        message.editionIntroduced = 2;
                        break;
                    case "EDITION_99997_TEST_ONLY":
                    case 99997:
                        message.editionIntroduced = 99997;
                        break;
                    case "EDITION_99998_TEST_ONLY":
                    case 99998:
                        message.editionIntroduced = 99998;
                        break;
                    case "EDITION_99999_TEST_ONLY":
                    case 99999:
                        message.editionIntroduced = 99999;
                        break;
                    case "EDITION_MAX":
                    case 2147483647:
                        message.editionIntroduced = 2147483647;
                        break;
                    }
                    switch (object.editionDeprecated) {
                    default:
                        if (typeof object.editionDeprecated === "number") {
                            message.editionDeprecated = object.editionDeprecated;
                            break;
                        }
                        break;
                    case "EDITION_UNKNOWN":
                    case 0:
                        message.editionDeprecated = 0;
                        break;
                    case "EDITION_LEGACY":
                    case 900:
                        message.editionDeprecated = 900;
                        break;
                    case "EDITION_PROTO2":
                    case 998:
                        message.editionDeprecated = 998;
                        break;
                    case "EDITION_PROTO3":
                    case 999:
                        message.editionDeprecated = 999;
                        break;
                    case "EDITION_2023":
                    case 1000:
                        message.editionDeprecated = 1000;
                        break;
                    case "EDITION_2024":
                    case 1001:
                        message.editionDeprecated = 1001;
                        break;
                    case "EDITION_1_TEST_ONLY":
                    case 1:
                        message.editionDeprecated = 1;
                        break;
                    case "EDITION_2_TEST_ONLY":
                    case 2:
                        message.editionDeprecated = 2;
                        break;
                    case "EDITION_99997_TEST_ONLY":
                    case 99997:
                        message.editionDeprecated = 99997;
                        break;
                    case "EDITION_99998_TEST_ONLY":
                    case 99998:
                        message.editionDeprecated = 99998;
                        break;
                    case "EDITION_99999_TEST_ONLY":
                    case 99999:
                        message.editionDeprecated = 99999;
                        break;
                    case "EDITION_MAX":
                    case 2147483647:
                        message.editionDeprecated = 2147483647;
                        break;
                    }
                    if (object.deprecationWarning != null)
                        message.deprecationWarning = String(object.deprecationWarning);
                    switch (object.editionRemoved) {
                    default:
                        if (typeof object.editionRemoved === "number") {
                            message.editionRemoved = object.editionRemoved;
                            break;
                        }
                        break;
                    case "EDITION_UNKNOWN":
                    case 0:
                        message.editionRemoved = 0;
                        break;
                    case "EDITION_LEGACY":
                    case 900:
                        message.editionRemoved = 900;
                        break;
                    case "EDITION_PROTO2":
                    case 998:
                        message.editionRemoved = 998;
                        break;
                    case "EDITION_PROTO3":
                    case 999:
                        message.editionRemoved = 999;
                        break;
                    case "EDITION_2023":
                    case 1000:
                        message.editionRemoved = 1000;
                        break;
                    case "EDITION_2024":
                    case 1001:
                        message.editionRemoved = 1001;
                        break;
                    case "EDITION_1_TEST_ONLY":
                    case 1:
                        message.editionRemoved = 1;
                        break;
                    case "EDITION_2_TEST_ONLY":
                    case 2:
                        message.editionRemoved = 2;
                        break;
                    case "EDITION_99997_TEST_ONLY":
                    case 99997:
                        message.editionRemoved = 99997;
                        break;
                    case "EDITION_99998_TEST_ONLY":
                    case 99998:
                        message.editionRemoved = 99998;
                        break;
                    case "EDITION_99999_TEST_ONLY":
                    case 99999:
                        message.editionRemoved = 99999;
                        break;
                    case "EDITION_MAX":
                    case 2147483647:
                        message.editionRemoved = 2147483647;
                        break;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a FeatureSupport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @static
                 * @param {google.protobuf.FieldOptions.FeatureSupport} message FeatureSupport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FeatureSupport.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.editionIntroduced = options.enums === String ? "EDITION_UNKNOWN" : 0;
                        object.editionDeprecated = options.enums === String ? "EDITION_UNKNOWN" : 0;
                        object.deprecationWarning = "";
                        object.editionRemoved = options.enums === String ? "EDITION_UNKNOWN" : 0;
                    }
                    if (message.editionIntroduced != null && Object.hasOwnProperty.call(message, "editionIntroduced"))
                        object.editionIntroduced = options.enums === String ? $root.google.protobuf.Edition[message.editionIntroduced] === undefined ? message.editionIntroduced : $root.google.protobuf.Edition[message.editionIntroduced] : message.editionIntroduced;
                    if (message.editionDeprecated != null && Object.hasOwnProperty.call(message, "editionDeprecated"))
                        object.editionDeprecated = options.enums === String ? $root.google.protobuf.Edition[message.editionDeprecated] === undefined ? message.editionDeprecated : $root.google.protobuf.Edition[message.editionDeprecated] : message.editionDeprecated;
                    if (message.deprecationWarning != null && Object.hasOwnProperty.call(message, "deprecationWarning"))
                        object.deprecationWarning = message.deprecationWarning;
                    if (message.editionRemoved != null && Object.hasOwnProperty.call(message, "editionRemoved"))
                        object.editionRemoved = options.enums === String ? $root.google.protobuf.Edition[message.editionRemoved] === undefined ? message.editionRemoved : $root.google.protobuf.Edition[message.editionRemoved] : message.editionRemoved;
                    return object;
                };

                /**
                 * Converts this FeatureSupport to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FeatureSupport.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for FeatureSupport
                 * @function getTypeUrl
                 * @memberof google.protobuf.FieldOptions.FeatureSupport
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                FeatureSupport.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.FieldOptions.FeatureSupport";
                };

                return FeatureSupport;
            })();

            return FieldOptions;
        })();

        protobuf.OneofOptions = (function() {

            /**
             * Properties of an OneofOptions.
             * @memberof google.protobuf
             * @interface IOneofOptions
             * @property {google.protobuf.IFeatureSet|null} [features] OneofOptions features
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] OneofOptions uninterpretedOption
             */

            /**
             * Constructs a new OneofOptions.
             * @memberof google.protobuf
             * @classdesc Represents an OneofOptions.
             * @implements IOneofOptions
             * @constructor
             * @param {google.protobuf.IOneofOptions=} [properties] Properties to set
             */
            function OneofOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * OneofOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.OneofOptions
             * @instance
             */
            OneofOptions.prototype.features = null;

            /**
             * OneofOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.OneofOptions
             * @instance
             */
            OneofOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new OneofOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.OneofOptions
             * @static
             * @param {google.protobuf.IOneofOptions=} [properties] Properties to set
             * @returns {google.protobuf.OneofOptions} OneofOptions instance
             */
            OneofOptions.create = function create(properties) {
                return new OneofOptions(properties);
            };

            /**
             * Encodes the specified OneofOptions message. Does not implicitly {@link google.protobuf.OneofOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.OneofOptions
             * @static
             * @param {google.protobuf.IOneofOptions} message OneofOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OneofOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an OneofOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.OneofOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.OneofOptions} OneofOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OneofOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.OneofOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates an OneofOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.OneofOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.OneofOptions} OneofOptions
             */
            OneofOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.OneofOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.OneofOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.OneofOptions();
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.OneofOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.OneofOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.OneofOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an OneofOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.OneofOptions
             * @static
             * @param {google.protobuf.OneofOptions} message OneofOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OneofOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults)
                    object.features = null;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this OneofOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.OneofOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OneofOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for OneofOptions
             * @function getTypeUrl
             * @memberof google.protobuf.OneofOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            OneofOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.OneofOptions";
            };

            return OneofOptions;
        })();

        protobuf.EnumOptions = (function() {

            /**
             * Properties of an EnumOptions.
             * @memberof google.protobuf
             * @interface IEnumOptions
             * @property {boolean|null} [allowAlias] EnumOptions allowAlias
             * @property {boolean|null} [deprecated] EnumOptions deprecated
             * @property {boolean|null} [deprecatedLegacyJsonFieldConflicts] EnumOptions deprecatedLegacyJsonFieldConflicts
             * @property {google.protobuf.IFeatureSet|null} [features] EnumOptions features
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] EnumOptions uninterpretedOption
             */

            /**
             * Constructs a new EnumOptions.
             * @memberof google.protobuf
             * @classdesc Represents an EnumOptions.
             * @implements IEnumOptions
             * @constructor
             * @param {google.protobuf.IEnumOptions=} [properties] Properties to set
             */
            function EnumOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EnumOptions allowAlias.
             * @member {boolean} allowAlias
             * @memberof google.protobuf.EnumOptions
             * @instance
             */
            EnumOptions.prototype.allowAlias = false;

            /**
             * EnumOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.EnumOptions
             * @instance
             */
            EnumOptions.prototype.deprecated = false;

            /**
             * EnumOptions deprecatedLegacyJsonFieldConflicts.
             * @member {boolean} deprecatedLegacyJsonFieldConflicts
             * @memberof google.protobuf.EnumOptions
             * @instance
             */
            EnumOptions.prototype.deprecatedLegacyJsonFieldConflicts = false;

            /**
             * EnumOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.EnumOptions
             * @instance
             */
            EnumOptions.prototype.features = null;

            /**
             * EnumOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.EnumOptions
             * @instance
             */
            EnumOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new EnumOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.EnumOptions
             * @static
             * @param {google.protobuf.IEnumOptions=} [properties] Properties to set
             * @returns {google.protobuf.EnumOptions} EnumOptions instance
             */
            EnumOptions.create = function create(properties) {
                return new EnumOptions(properties);
            };

            /**
             * Encodes the specified EnumOptions message. Does not implicitly {@link google.protobuf.EnumOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.EnumOptions
             * @static
             * @param {google.protobuf.IEnumOptions} message EnumOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnumOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.allowAlias != null && Object.hasOwnProperty.call(message, "allowAlias"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.allowAlias);
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.deprecated);
                if (message.deprecatedLegacyJsonFieldConflicts != null && Object.hasOwnProperty.call(message, "deprecatedLegacyJsonFieldConflicts"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.deprecatedLegacyJsonFieldConflicts);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an EnumOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.EnumOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.EnumOptions} EnumOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnumOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.EnumOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            message.allowAlias = reader.bool();
                            break;
                        }
                    case 3: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 6: {
                            message.deprecatedLegacyJsonFieldConflicts = reader.bool();
                            break;
                        }
                    case 7: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates an EnumOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.EnumOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.EnumOptions} EnumOptions
             */
            EnumOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.EnumOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.EnumOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.EnumOptions();
                if (object.allowAlias != null)
                    message.allowAlias = Boolean(object.allowAlias);
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                if (object.deprecatedLegacyJsonFieldConflicts != null)
                    message.deprecatedLegacyJsonFieldConflicts = Boolean(object.deprecatedLegacyJsonFieldConflicts);
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.EnumOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.EnumOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.EnumOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EnumOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.EnumOptions
             * @static
             * @param {google.protobuf.EnumOptions} message EnumOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnumOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults) {
                    object.allowAlias = false;
                    object.deprecated = false;
                    object.deprecatedLegacyJsonFieldConflicts = false;
                    object.features = null;
                }
                if (message.allowAlias != null && Object.hasOwnProperty.call(message, "allowAlias"))
                    object.allowAlias = message.allowAlias;
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.deprecatedLegacyJsonFieldConflicts != null && Object.hasOwnProperty.call(message, "deprecatedLegacyJsonFieldConflicts"))
                    object.deprecatedLegacyJsonFieldConflicts = message.deprecatedLegacyJsonFieldConflicts;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this EnumOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.EnumOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnumOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EnumOptions
             * @function getTypeUrl
             * @memberof google.protobuf.EnumOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EnumOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.EnumOptions";
            };

            return EnumOptions;
        })();

        protobuf.EnumValueOptions = (function() {

            /**
             * Properties of an EnumValueOptions.
             * @memberof google.protobuf
             * @interface IEnumValueOptions
             * @property {boolean|null} [deprecated] EnumValueOptions deprecated
             * @property {google.protobuf.IFeatureSet|null} [features] EnumValueOptions features
             * @property {boolean|null} [debugRedact] EnumValueOptions debugRedact
             * @property {google.protobuf.FieldOptions.IFeatureSupport|null} [featureSupport] EnumValueOptions featureSupport
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] EnumValueOptions uninterpretedOption
             */

            /**
             * Constructs a new EnumValueOptions.
             * @memberof google.protobuf
             * @classdesc Represents an EnumValueOptions.
             * @implements IEnumValueOptions
             * @constructor
             * @param {google.protobuf.IEnumValueOptions=} [properties] Properties to set
             */
            function EnumValueOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EnumValueOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.EnumValueOptions
             * @instance
             */
            EnumValueOptions.prototype.deprecated = false;

            /**
             * EnumValueOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.EnumValueOptions
             * @instance
             */
            EnumValueOptions.prototype.features = null;

            /**
             * EnumValueOptions debugRedact.
             * @member {boolean} debugRedact
             * @memberof google.protobuf.EnumValueOptions
             * @instance
             */
            EnumValueOptions.prototype.debugRedact = false;

            /**
             * EnumValueOptions featureSupport.
             * @member {google.protobuf.FieldOptions.IFeatureSupport|null|undefined} featureSupport
             * @memberof google.protobuf.EnumValueOptions
             * @instance
             */
            EnumValueOptions.prototype.featureSupport = null;

            /**
             * EnumValueOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.EnumValueOptions
             * @instance
             */
            EnumValueOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new EnumValueOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.EnumValueOptions
             * @static
             * @param {google.protobuf.IEnumValueOptions=} [properties] Properties to set
             * @returns {google.protobuf.EnumValueOptions} EnumValueOptions instance
             */
            EnumValueOptions.create = function create(properties) {
                return new EnumValueOptions(properties);
            };

            /**
             * Encodes the specified EnumValueOptions message. Does not implicitly {@link google.protobuf.EnumValueOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.EnumValueOptions
             * @static
             * @param {google.protobuf.IEnumValueOptions} message EnumValueOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnumValueOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.deprecated);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.debugRedact != null && Object.hasOwnProperty.call(message, "debugRedact"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.debugRedact);
                if (message.featureSupport != null && Object.hasOwnProperty.call(message, "featureSupport"))
                    $root.google.protobuf.FieldOptions.FeatureSupport.encode(message.featureSupport, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes an EnumValueOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.EnumValueOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.EnumValueOptions} EnumValueOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnumValueOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.EnumValueOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 2: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 3: {
                            message.debugRedact = reader.bool();
                            break;
                        }
                    case 4: {
                            message.featureSupport = $root.google.protobuf.FieldOptions.FeatureSupport.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates an EnumValueOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.EnumValueOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.EnumValueOptions} EnumValueOptions
             */
            EnumValueOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.EnumValueOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.EnumValueOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.EnumValueOptions();
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.EnumValueOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.debugRedact != null)
                    message.debugRedact = Boolean(object.debugRedact);
                if (object.featureSupport != null) {
                    if (!$util.isObject(object.featureSupport))
                        throw TypeError(".google.protobuf.EnumValueOptions.featureSupport: object expected");
                    message.featureSupport = $root.google.protobuf.FieldOptions.FeatureSupport.fromObject(object.featureSupport, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.EnumValueOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.EnumValueOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EnumValueOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.EnumValueOptions
             * @static
             * @param {google.protobuf.EnumValueOptions} message EnumValueOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnumValueOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults) {
                    object.deprecated = false;
                    object.features = null;
                    object.debugRedact = false;
                    object.featureSupport = null;
                }
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.debugRedact != null && Object.hasOwnProperty.call(message, "debugRedact"))
                    object.debugRedact = message.debugRedact;
                if (message.featureSupport != null && Object.hasOwnProperty.call(message, "featureSupport"))
                    object.featureSupport = $root.google.protobuf.FieldOptions.FeatureSupport.toObject(message.featureSupport, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this EnumValueOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.EnumValueOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnumValueOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EnumValueOptions
             * @function getTypeUrl
             * @memberof google.protobuf.EnumValueOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EnumValueOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.EnumValueOptions";
            };

            return EnumValueOptions;
        })();

        protobuf.ServiceOptions = (function() {

            /**
             * Properties of a ServiceOptions.
             * @memberof google.protobuf
             * @interface IServiceOptions
             * @property {google.protobuf.IFeatureSet|null} [features] ServiceOptions features
             * @property {boolean|null} [deprecated] ServiceOptions deprecated
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] ServiceOptions uninterpretedOption
             */

            /**
             * Constructs a new ServiceOptions.
             * @memberof google.protobuf
             * @classdesc Represents a ServiceOptions.
             * @implements IServiceOptions
             * @constructor
             * @param {google.protobuf.IServiceOptions=} [properties] Properties to set
             */
            function ServiceOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * ServiceOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.ServiceOptions
             * @instance
             */
            ServiceOptions.prototype.features = null;

            /**
             * ServiceOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.ServiceOptions
             * @instance
             */
            ServiceOptions.prototype.deprecated = false;

            /**
             * ServiceOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.ServiceOptions
             * @instance
             */
            ServiceOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * Creates a new ServiceOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ServiceOptions
             * @static
             * @param {google.protobuf.IServiceOptions=} [properties] Properties to set
             * @returns {google.protobuf.ServiceOptions} ServiceOptions instance
             */
            ServiceOptions.create = function create(properties) {
                return new ServiceOptions(properties);
            };

            /**
             * Encodes the specified ServiceOptions message. Does not implicitly {@link google.protobuf.ServiceOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ServiceOptions
             * @static
             * @param {google.protobuf.IServiceOptions} message ServiceOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServiceOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 33, wireType 0 =*/264).bool(message.deprecated);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 34, wireType 2 =*/274).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a ServiceOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ServiceOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.ServiceOptions} ServiceOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServiceOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.ServiceOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 34: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 33: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a ServiceOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ServiceOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.ServiceOptions} ServiceOptions
             */
            ServiceOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.ServiceOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.ServiceOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.ServiceOptions();
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.ServiceOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.ServiceOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.ServiceOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ServiceOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ServiceOptions
             * @static
             * @param {google.protobuf.ServiceOptions} message ServiceOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServiceOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults) {
                    object.deprecated = false;
                    object.features = null;
                }
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this ServiceOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.ServiceOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServiceOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for ServiceOptions
             * @function getTypeUrl
             * @memberof google.protobuf.ServiceOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            ServiceOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.ServiceOptions";
            };

            return ServiceOptions;
        })();

        protobuf.MethodOptions = (function() {

            /**
             * Properties of a MethodOptions.
             * @memberof google.protobuf
             * @interface IMethodOptions
             * @property {boolean|null} [deprecated] MethodOptions deprecated
             * @property {google.protobuf.MethodOptions.IdempotencyLevel|null} [idempotencyLevel] MethodOptions idempotencyLevel
             * @property {google.protobuf.IFeatureSet|null} [features] MethodOptions features
             * @property {Array.<google.protobuf.IUninterpretedOption>|null} [uninterpretedOption] MethodOptions uninterpretedOption
             * @property {string|null} [".yunhu.v1.httpPath"] MethodOptions .yunhu.v1.httpPath
             */

            /**
             * Constructs a new MethodOptions.
             * @memberof google.protobuf
             * @classdesc Represents a MethodOptions.
             * @implements IMethodOptions
             * @constructor
             * @param {google.protobuf.IMethodOptions=} [properties] Properties to set
             */
            function MethodOptions(properties) {
                this.uninterpretedOption = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * MethodOptions deprecated.
             * @member {boolean} deprecated
             * @memberof google.protobuf.MethodOptions
             * @instance
             */
            MethodOptions.prototype.deprecated = false;

            /**
             * MethodOptions idempotencyLevel.
             * @member {google.protobuf.MethodOptions.IdempotencyLevel} idempotencyLevel
             * @memberof google.protobuf.MethodOptions
             * @instance
             */
            MethodOptions.prototype.idempotencyLevel = 0;

            /**
             * MethodOptions features.
             * @member {google.protobuf.IFeatureSet|null|undefined} features
             * @memberof google.protobuf.MethodOptions
             * @instance
             */
            MethodOptions.prototype.features = null;

            /**
             * MethodOptions uninterpretedOption.
             * @member {Array.<google.protobuf.IUninterpretedOption>} uninterpretedOption
             * @memberof google.protobuf.MethodOptions
             * @instance
             */
            MethodOptions.prototype.uninterpretedOption = $util.emptyArray;

            /**
             * MethodOptions .yunhu.v1.httpPath.
             * @member {string} .yunhu.v1.httpPath
             * @memberof google.protobuf.MethodOptions
             * @instance
             */
            MethodOptions.prototype[".yunhu.v1.httpPath"] = "";

            /**
             * Creates a new MethodOptions instance using the specified properties.
             * @function create
             * @memberof google.protobuf.MethodOptions
             * @static
             * @param {google.protobuf.IMethodOptions=} [properties] Properties to set
             * @returns {google.protobuf.MethodOptions} MethodOptions instance
             */
            MethodOptions.create = function create(properties) {
                return new MethodOptions(properties);
            };

            /**
             * Encodes the specified MethodOptions message. Does not implicitly {@link google.protobuf.MethodOptions.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.MethodOptions
             * @static
             * @param {google.protobuf.IMethodOptions} message MethodOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MethodOptions.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    writer.uint32(/* id 33, wireType 0 =*/264).bool(message.deprecated);
                if (message.idempotencyLevel != null && Object.hasOwnProperty.call(message, "idempotencyLevel"))
                    writer.uint32(/* id 34, wireType 0 =*/272).int32(message.idempotencyLevel);
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    $root.google.protobuf.FeatureSet.encode(message.features, writer.uint32(/* id 35, wireType 2 =*/282).fork(), q + 1).ldelim();
                if (message.uninterpretedOption != null && message.uninterpretedOption.length)
                    for (let i = 0; i < message.uninterpretedOption.length; ++i)
                        $root.google.protobuf.UninterpretedOption.encode(message.uninterpretedOption[i], writer.uint32(/* id 999, wireType 2 =*/7994).fork(), q + 1).ldelim();
                if (message[".yunhu.v1.httpPath"] != null && Object.hasOwnProperty.call(message, ".yunhu.v1.httpPath"))
                    writer.uint32(/* id 50001, wireType 2 =*/400010).string(message[".yunhu.v1.httpPath"]);
                return writer;
            };

            /**
             * Decodes a MethodOptions message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.MethodOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.MethodOptions} MethodOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MethodOptions.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.MethodOptions();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 33: {
                            message.deprecated = reader.bool();
                            break;
                        }
                    case 34: {
                            message.idempotencyLevel = reader.int32();
                            break;
                        }
                    case 35: {
                            message.features = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                            break;
                        }
                    case 999: {
                            if (!(message.uninterpretedOption && message.uninterpretedOption.length))
                                message.uninterpretedOption = [];
                            message.uninterpretedOption.push($root.google.protobuf.UninterpretedOption.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 50001: {
                            message[".yunhu.v1.httpPath"] = reader.string();
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
             * Creates a MethodOptions message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.MethodOptions
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.MethodOptions} MethodOptions
             */
            MethodOptions.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.MethodOptions)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.MethodOptions: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.MethodOptions();
                if (object.deprecated != null)
                    message.deprecated = Boolean(object.deprecated);
                switch (object.idempotencyLevel) {
                default:
                    if (typeof object.idempotencyLevel === "number") {
                        message.idempotencyLevel = object.idempotencyLevel;
                        break;
                    }
                    break;
                case "IDEMPOTENCY_UNKNOWN":
                case 0:
                    message.idempotencyLevel = 0;
                    break;
                case "NO_SIDE_EFFECTS":
                case 1:
                    message.idempotencyLevel = 1;
                    break;
                case "IDEMPOTENT":
                case 2:
                    message.idempotencyLevel = 2;
                    break;
                }
                if (object.features != null) {
                    if (!$util.isObject(object.features))
                        throw TypeError(".google.protobuf.MethodOptions.features: object expected");
                    message.features = $root.google.protobuf.FeatureSet.fromObject(object.features, long + 1);
                }
                if (object.uninterpretedOption) {
                    if (!Array.isArray(object.uninterpretedOption))
                        throw TypeError(".google.protobuf.MethodOptions.uninterpretedOption: array expected");
                    message.uninterpretedOption = [];
                    for (let i = 0; i < object.uninterpretedOption.length; ++i) {
                        if (!$util.isObject(object.uninterpretedOption[i]))
                            throw TypeError(".google.protobuf.MethodOptions.uninterpretedOption: object expected");
                        message.uninterpretedOption[i] = $root.google.protobuf.UninterpretedOption.fromObject(object.uninterpretedOption[i], long + 1);
                    }
                }
                if (object[".yunhu.v1.httpPath"] != null)
                    message[".yunhu.v1.httpPath"] = String(object[".yunhu.v1.httpPath"]);
                return message;
            };

            /**
             * Creates a plain object from a MethodOptions message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.MethodOptions
             * @static
             * @param {google.protobuf.MethodOptions} message MethodOptions
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MethodOptions.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.uninterpretedOption = [];
                if (options.defaults) {
                    object.deprecated = false;
                    object.idempotencyLevel = options.enums === String ? "IDEMPOTENCY_UNKNOWN" : 0;
                    object.features = null;
                    object[".yunhu.v1.httpPath"] = "";
                }
                if (message.deprecated != null && Object.hasOwnProperty.call(message, "deprecated"))
                    object.deprecated = message.deprecated;
                if (message.idempotencyLevel != null && Object.hasOwnProperty.call(message, "idempotencyLevel"))
                    object.idempotencyLevel = options.enums === String ? $root.google.protobuf.MethodOptions.IdempotencyLevel[message.idempotencyLevel] === undefined ? message.idempotencyLevel : $root.google.protobuf.MethodOptions.IdempotencyLevel[message.idempotencyLevel] : message.idempotencyLevel;
                if (message.features != null && Object.hasOwnProperty.call(message, "features"))
                    object.features = $root.google.protobuf.FeatureSet.toObject(message.features, options, q + 1);
                if (message.uninterpretedOption && message.uninterpretedOption.length) {
                    object.uninterpretedOption = [];
                    for (let j = 0; j < message.uninterpretedOption.length; ++j)
                        object.uninterpretedOption[j] = $root.google.protobuf.UninterpretedOption.toObject(message.uninterpretedOption[j], options, q + 1);
                }
                if (message[".yunhu.v1.httpPath"] != null && Object.hasOwnProperty.call(message, ".yunhu.v1.httpPath"))
                    object[".yunhu.v1.httpPath"] = message[".yunhu.v1.httpPath"];
                return object;
            };

            /**
             * Converts this MethodOptions to JSON.
             * @function toJSON
             * @memberof google.protobuf.MethodOptions
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MethodOptions.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for MethodOptions
             * @function getTypeUrl
             * @memberof google.protobuf.MethodOptions
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            MethodOptions.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.MethodOptions";
            };

            /**
             * IdempotencyLevel enum.
             * @name google.protobuf.MethodOptions.IdempotencyLevel
             * @enum {number}
             * @property {number} IDEMPOTENCY_UNKNOWN=0 IDEMPOTENCY_UNKNOWN value
             * @property {number} NO_SIDE_EFFECTS=1 NO_SIDE_EFFECTS value
             * @property {number} IDEMPOTENT=2 IDEMPOTENT value
             */
            MethodOptions.IdempotencyLevel = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "IDEMPOTENCY_UNKNOWN"] = 0;
                values[valuesById[1] = "NO_SIDE_EFFECTS"] = 1;
                values[valuesById[2] = "IDEMPOTENT"] = 2;
                return values;
            })();

            return MethodOptions;
        })();

        protobuf.UninterpretedOption = (function() {

            /**
             * Properties of an UninterpretedOption.
             * @memberof google.protobuf
             * @interface IUninterpretedOption
             * @property {Array.<google.protobuf.UninterpretedOption.INamePart>|null} [name] UninterpretedOption name
             * @property {string|null} [identifierValue] UninterpretedOption identifierValue
             * @property {number|Long|null} [positiveIntValue] UninterpretedOption positiveIntValue
             * @property {number|Long|null} [negativeIntValue] UninterpretedOption negativeIntValue
             * @property {number|null} [doubleValue] UninterpretedOption doubleValue
             * @property {Uint8Array|null} [stringValue] UninterpretedOption stringValue
             * @property {string|null} [aggregateValue] UninterpretedOption aggregateValue
             */

            /**
             * Constructs a new UninterpretedOption.
             * @memberof google.protobuf
             * @classdesc Represents an UninterpretedOption.
             * @implements IUninterpretedOption
             * @constructor
             * @param {google.protobuf.IUninterpretedOption=} [properties] Properties to set
             */
            function UninterpretedOption(properties) {
                this.name = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * UninterpretedOption name.
             * @member {Array.<google.protobuf.UninterpretedOption.INamePart>} name
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.name = $util.emptyArray;

            /**
             * UninterpretedOption identifierValue.
             * @member {string} identifierValue
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.identifierValue = "";

            /**
             * UninterpretedOption positiveIntValue.
             * @member {number|Long} positiveIntValue
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.positiveIntValue = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * UninterpretedOption negativeIntValue.
             * @member {number|Long} negativeIntValue
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.negativeIntValue = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * UninterpretedOption doubleValue.
             * @member {number} doubleValue
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.doubleValue = 0;

            /**
             * UninterpretedOption stringValue.
             * @member {Uint8Array} stringValue
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.stringValue = $util.newBuffer([]);

            /**
             * UninterpretedOption aggregateValue.
             * @member {string} aggregateValue
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             */
            UninterpretedOption.prototype.aggregateValue = "";

            /**
             * Creates a new UninterpretedOption instance using the specified properties.
             * @function create
             * @memberof google.protobuf.UninterpretedOption
             * @static
             * @param {google.protobuf.IUninterpretedOption=} [properties] Properties to set
             * @returns {google.protobuf.UninterpretedOption} UninterpretedOption instance
             */
            UninterpretedOption.create = function create(properties) {
                return new UninterpretedOption(properties);
            };

            /**
             * Encodes the specified UninterpretedOption message. Does not implicitly {@link google.protobuf.UninterpretedOption.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.UninterpretedOption
             * @static
             * @param {google.protobuf.IUninterpretedOption} message UninterpretedOption message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UninterpretedOption.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.name != null && message.name.length)
                    for (let i = 0; i < message.name.length; ++i)
                        $root.google.protobuf.UninterpretedOption.NamePart.encode(message.name[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (message.identifierValue != null && Object.hasOwnProperty.call(message, "identifierValue"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.identifierValue);
                if (message.positiveIntValue != null && Object.hasOwnProperty.call(message, "positiveIntValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.positiveIntValue);
                if (message.negativeIntValue != null && Object.hasOwnProperty.call(message, "negativeIntValue"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.negativeIntValue);
                if (message.doubleValue != null && Object.hasOwnProperty.call(message, "doubleValue"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.doubleValue);
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.stringValue);
                if (message.aggregateValue != null && Object.hasOwnProperty.call(message, "aggregateValue"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.aggregateValue);
                return writer;
            };

            /**
             * Decodes an UninterpretedOption message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.UninterpretedOption
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.UninterpretedOption} UninterpretedOption
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UninterpretedOption.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.UninterpretedOption();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 2: {
                            if (!(message.name && message.name.length))
                                message.name = [];
                            message.name.push($root.google.protobuf.UninterpretedOption.NamePart.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 3: {
                            message.identifierValue = reader.string();
                            break;
                        }
                    case 4: {
                            message.positiveIntValue = reader.uint64();
                            break;
                        }
                    case 5: {
                            message.negativeIntValue = reader.int64();
                            break;
                        }
                    case 6: {
                            message.doubleValue = reader.double();
                            break;
                        }
                    case 7: {
                            message.stringValue = reader.bytes();
                            break;
                        }
                    case 8: {
                            message.aggregateValue = reader.string();
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
             * Creates an UninterpretedOption message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.UninterpretedOption
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.UninterpretedOption} UninterpretedOption
             */
            UninterpretedOption.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.UninterpretedOption)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.UninterpretedOption: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.UninterpretedOption();
                if (object.name) {
                    if (!Array.isArray(object.name))
                        throw TypeError(".google.protobuf.UninterpretedOption.name: array expected");
                    message.name = [];
                    for (let i = 0; i < object.name.length; ++i) {
                        if (!$util.isObject(object.name[i]))
                            throw TypeError(".google.protobuf.UninterpretedOption.name: object expected");
                        message.name[i] = $root.google.protobuf.UninterpretedOption.NamePart.fromObject(object.name[i], long + 1);
                    }
                }
                if (object.identifierValue != null)
                    message.identifierValue = String(object.identifierValue);
                if (object.positiveIntValue != null)
                    if ($util.Long)
                        message.positiveIntValue = $util.Long.fromValue(object.positiveIntValue, true);
                    else if (typeof object.positiveIntValue === "string")
                        message.positiveIntValue = parseInt(object.positiveIntValue, 10);
                    else if (typeof object.positiveIntValue === "number")
                        message.positiveIntValue = object.positiveIntValue;
                    else if (typeof object.positiveIntValue === "object")
                        message.positiveIntValue = new $util.LongBits(object.positiveIntValue.low >>> 0, object.positiveIntValue.high >>> 0).toNumber(true);
                if (object.negativeIntValue != null)
                    if ($util.Long)
                        message.negativeIntValue = $util.Long.fromValue(object.negativeIntValue, false);
                    else if (typeof object.negativeIntValue === "string")
                        message.negativeIntValue = parseInt(object.negativeIntValue, 10);
                    else if (typeof object.negativeIntValue === "number")
                        message.negativeIntValue = object.negativeIntValue;
                    else if (typeof object.negativeIntValue === "object")
                        message.negativeIntValue = new $util.LongBits(object.negativeIntValue.low >>> 0, object.negativeIntValue.high >>> 0).toNumber();
                if (object.doubleValue != null)
                    message.doubleValue = Number(object.doubleValue);
                if (object.stringValue != null)
                    if (typeof object.stringValue === "string")
                        $util.base64.decode(object.stringValue, message.stringValue = $util.newBuffer($util.base64.length(object.stringValue)), 0);
                    else if (object.stringValue.length >= 0)
                        message.stringValue = object.stringValue;
                if (object.aggregateValue != null)
                    message.aggregateValue = String(object.aggregateValue);
                return message;
            };

            /**
             * Creates a plain object from an UninterpretedOption message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.UninterpretedOption
             * @static
             * @param {google.protobuf.UninterpretedOption} message UninterpretedOption
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UninterpretedOption.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.name = [];
                if (options.defaults) {
                    object.identifierValue = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.positiveIntValue = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.positiveIntValue = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.negativeIntValue = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : typeof BigInt !== "undefined" && options.longs === BigInt ? long.toBigInt() : long;
                    } else
                        object.negativeIntValue = options.longs === String ? "0" : typeof BigInt !== "undefined" && options.longs === BigInt ? BigInt("0") : 0;
                    object.doubleValue = 0;
                    if (options.bytes === String)
                        object.stringValue = "";
                    else {
                        object.stringValue = [];
                        if (options.bytes !== Array)
                            object.stringValue = $util.newBuffer(object.stringValue);
                    }
                    object.aggregateValue = "";
                }
                if (message.name && message.name.length) {
                    object.name = [];
                    for (let j = 0; j < message.name.length; ++j)
                        object.name[j] = $root.google.protobuf.UninterpretedOption.NamePart.toObject(message.name[j], options, q + 1);
                }
                if (message.identifierValue != null && Object.hasOwnProperty.call(message, "identifierValue"))
                    object.identifierValue = message.identifierValue;
                if (message.positiveIntValue != null && Object.hasOwnProperty.call(message, "positiveIntValue"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.positiveIntValue = typeof message.positiveIntValue === "number" ? BigInt(message.positiveIntValue) : $util.Long.fromBits(message.positiveIntValue.low >>> 0, message.positiveIntValue.high >>> 0, true).toBigInt();
                    else if (typeof message.positiveIntValue === "number")
                        object.positiveIntValue = options.longs === String ? String(message.positiveIntValue) : message.positiveIntValue;
                    else
                        object.positiveIntValue = options.longs === String ? $util.Long.prototype.toString.call(message.positiveIntValue) : options.longs === Number ? new $util.LongBits(message.positiveIntValue.low >>> 0, message.positiveIntValue.high >>> 0).toNumber(true) : message.positiveIntValue;
                if (message.negativeIntValue != null && Object.hasOwnProperty.call(message, "negativeIntValue"))
                    if (typeof BigInt !== "undefined" && options.longs === BigInt)
                        object.negativeIntValue = typeof message.negativeIntValue === "number" ? BigInt(message.negativeIntValue) : $util.Long.fromBits(message.negativeIntValue.low >>> 0, message.negativeIntValue.high >>> 0, false).toBigInt();
                    else if (typeof message.negativeIntValue === "number")
                        object.negativeIntValue = options.longs === String ? String(message.negativeIntValue) : message.negativeIntValue;
                    else
                        object.negativeIntValue = options.longs === String ? $util.Long.prototype.toString.call(message.negativeIntValue) : options.longs === Number ? new $util.LongBits(message.negativeIntValue.low >>> 0, message.negativeIntValue.high >>> 0).toNumber() : message.negativeIntValue;
                if (message.doubleValue != null && Object.hasOwnProperty.call(message, "doubleValue"))
                    object.doubleValue = options.json && !isFinite(message.doubleValue) ? String(message.doubleValue) : message.doubleValue;
                if (message.stringValue != null && Object.hasOwnProperty.call(message, "stringValue"))
                    object.stringValue = options.bytes === String ? $util.base64.encode(message.stringValue, 0, message.stringValue.length) : options.bytes === Array ? Array.prototype.slice.call(message.stringValue) : message.stringValue;
                if (message.aggregateValue != null && Object.hasOwnProperty.call(message, "aggregateValue"))
                    object.aggregateValue = message.aggregateValue;
                return object;
            };

            /**
             * Converts this UninterpretedOption to JSON.
             * @function toJSON
             * @memberof google.protobuf.UninterpretedOption
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UninterpretedOption.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for UninterpretedOption
             * @function getTypeUrl
             * @memberof google.protobuf.UninterpretedOption
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            UninterpretedOption.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.UninterpretedOption";
            };

            UninterpretedOption.NamePart = (function() {

                /**
                 * Properties of a NamePart.
                 * @memberof google.protobuf.UninterpretedOption
                 * @interface INamePart
                 * @property {string} namePart NamePart namePart
                 * @property {boolean} isExtension NamePart isExtension
                 */

                /**
                 * Constructs a new NamePart.
                 * @memberof google.protobuf.UninterpretedOption
                 * @classdesc Represents a NamePart.
                 * @implements INamePart
                 * @constructor
                 * @param {google.protobuf.UninterpretedOption.INamePart=} [properties] Properties to set
                 */
                function NamePart(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * NamePart namePart.
                 * @member {string} namePart
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @instance
                 */
                NamePart.prototype.namePart = "";

                /**
                 * NamePart isExtension.
                 * @member {boolean} isExtension
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @instance
                 */
                NamePart.prototype.isExtension = false;

                /**
                 * Creates a new NamePart instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @static
                 * @param {google.protobuf.UninterpretedOption.INamePart=} [properties] Properties to set
                 * @returns {google.protobuf.UninterpretedOption.NamePart} NamePart instance
                 */
                NamePart.create = function create(properties) {
                    return new NamePart(properties);
                };

                /**
                 * Encodes the specified NamePart message. Does not implicitly {@link google.protobuf.UninterpretedOption.NamePart.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @static
                 * @param {google.protobuf.UninterpretedOption.INamePart} message NamePart message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NamePart.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.namePart);
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.isExtension);
                    return writer;
                };

                /**
                 * Decodes a NamePart message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.UninterpretedOption.NamePart} NamePart
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NamePart.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.UninterpretedOption.NamePart();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.namePart = reader.string();
                                break;
                            }
                        case 2: {
                                message.isExtension = reader.bool();
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
                    if (!Object.hasOwnProperty.call(message, "namePart"))
                        throw $util.ProtocolError("missing required 'namePart'", { instance: message });
                    if (!Object.hasOwnProperty.call(message, "isExtension"))
                        throw $util.ProtocolError("missing required 'isExtension'", { instance: message });
                    return message;
                };

                /**
                 * Creates a NamePart message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.UninterpretedOption.NamePart} NamePart
                 */
                NamePart.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.UninterpretedOption.NamePart)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.UninterpretedOption.NamePart: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.UninterpretedOption.NamePart();
                    if (object.namePart != null)
                        message.namePart = String(object.namePart);
                    if (object.isExtension != null)
                        message.isExtension = Boolean(object.isExtension);
                    return message;
                };

                /**
                 * Creates a plain object from a NamePart message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @static
                 * @param {google.protobuf.UninterpretedOption.NamePart} message NamePart
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NamePart.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.namePart = "";
                        object.isExtension = false;
                    }
                    if (message.namePart != null && Object.hasOwnProperty.call(message, "namePart"))
                        object.namePart = message.namePart;
                    if (message.isExtension != null && Object.hasOwnProperty.call(message, "isExtension"))
                        object.isExtension = message.isExtension;
                    return object;
                };

                /**
                 * Converts this NamePart to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NamePart.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for NamePart
                 * @function getTypeUrl
                 * @memberof google.protobuf.UninterpretedOption.NamePart
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                NamePart.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.UninterpretedOption.NamePart";
                };

                return NamePart;
            })();

            return UninterpretedOption;
        })();

        protobuf.FeatureSet = (function() {

            /**
             * Properties of a FeatureSet.
             * @memberof google.protobuf
             * @interface IFeatureSet
             * @property {google.protobuf.FeatureSet.FieldPresence|null} [fieldPresence] FeatureSet fieldPresence
             * @property {google.protobuf.FeatureSet.EnumType|null} [enumType] FeatureSet enumType
             * @property {google.protobuf.FeatureSet.RepeatedFieldEncoding|null} [repeatedFieldEncoding] FeatureSet repeatedFieldEncoding
             * @property {google.protobuf.FeatureSet.Utf8Validation|null} [utf8Validation] FeatureSet utf8Validation
             * @property {google.protobuf.FeatureSet.MessageEncoding|null} [messageEncoding] FeatureSet messageEncoding
             * @property {google.protobuf.FeatureSet.JsonFormat|null} [jsonFormat] FeatureSet jsonFormat
             * @property {google.protobuf.FeatureSet.EnforceNamingStyle|null} [enforceNamingStyle] FeatureSet enforceNamingStyle
             * @property {google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility|null} [defaultSymbolVisibility] FeatureSet defaultSymbolVisibility
             */

            /**
             * Constructs a new FeatureSet.
             * @memberof google.protobuf
             * @classdesc Represents a FeatureSet.
             * @implements IFeatureSet
             * @constructor
             * @param {google.protobuf.IFeatureSet=} [properties] Properties to set
             */
            function FeatureSet(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FeatureSet fieldPresence.
             * @member {google.protobuf.FeatureSet.FieldPresence} fieldPresence
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.fieldPresence = 0;

            /**
             * FeatureSet enumType.
             * @member {google.protobuf.FeatureSet.EnumType} enumType
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.enumType = 0;

            /**
             * FeatureSet repeatedFieldEncoding.
             * @member {google.protobuf.FeatureSet.RepeatedFieldEncoding} repeatedFieldEncoding
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.repeatedFieldEncoding = 0;

            /**
             * FeatureSet utf8Validation.
             * @member {google.protobuf.FeatureSet.Utf8Validation} utf8Validation
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.utf8Validation = 0;

            /**
             * FeatureSet messageEncoding.
             * @member {google.protobuf.FeatureSet.MessageEncoding} messageEncoding
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.messageEncoding = 0;

            /**
             * FeatureSet jsonFormat.
             * @member {google.protobuf.FeatureSet.JsonFormat} jsonFormat
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.jsonFormat = 0;

            /**
             * FeatureSet enforceNamingStyle.
             * @member {google.protobuf.FeatureSet.EnforceNamingStyle} enforceNamingStyle
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.enforceNamingStyle = 0;

            /**
             * FeatureSet defaultSymbolVisibility.
             * @member {google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility} defaultSymbolVisibility
             * @memberof google.protobuf.FeatureSet
             * @instance
             */
            FeatureSet.prototype.defaultSymbolVisibility = 0;

            /**
             * Creates a new FeatureSet instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FeatureSet
             * @static
             * @param {google.protobuf.IFeatureSet=} [properties] Properties to set
             * @returns {google.protobuf.FeatureSet} FeatureSet instance
             */
            FeatureSet.create = function create(properties) {
                return new FeatureSet(properties);
            };

            /**
             * Encodes the specified FeatureSet message. Does not implicitly {@link google.protobuf.FeatureSet.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FeatureSet
             * @static
             * @param {google.protobuf.IFeatureSet} message FeatureSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureSet.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.fieldPresence != null && Object.hasOwnProperty.call(message, "fieldPresence"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.fieldPresence);
                if (message.enumType != null && Object.hasOwnProperty.call(message, "enumType"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.enumType);
                if (message.repeatedFieldEncoding != null && Object.hasOwnProperty.call(message, "repeatedFieldEncoding"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.repeatedFieldEncoding);
                if (message.utf8Validation != null && Object.hasOwnProperty.call(message, "utf8Validation"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.utf8Validation);
                if (message.messageEncoding != null && Object.hasOwnProperty.call(message, "messageEncoding"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.messageEncoding);
                if (message.jsonFormat != null && Object.hasOwnProperty.call(message, "jsonFormat"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.jsonFormat);
                if (message.enforceNamingStyle != null && Object.hasOwnProperty.call(message, "enforceNamingStyle"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.enforceNamingStyle);
                if (message.defaultSymbolVisibility != null && Object.hasOwnProperty.call(message, "defaultSymbolVisibility"))
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.defaultSymbolVisibility);
                return writer;
            };

            /**
             * Decodes a FeatureSet message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FeatureSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FeatureSet} FeatureSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureSet.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FeatureSet();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.fieldPresence = reader.int32();
                            break;
                        }
                    case 2: {
                            message.enumType = reader.int32();
                            break;
                        }
                    case 3: {
                            message.repeatedFieldEncoding = reader.int32();
                            break;
                        }
                    case 4: {
                            message.utf8Validation = reader.int32();
                            break;
                        }
                    case 5: {
                            message.messageEncoding = reader.int32();
                            break;
                        }
                    case 6: {
                            message.jsonFormat = reader.int32();
                            break;
                        }
                    case 7: {
                            message.enforceNamingStyle = reader.int32();
                            break;
                        }
                    case 8: {
                            message.defaultSymbolVisibility = reader.int32();
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
             * Creates a FeatureSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FeatureSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FeatureSet} FeatureSet
             */
            FeatureSet.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FeatureSet)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FeatureSet: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FeatureSet();
                switch (object.fieldPresence) {
                default:
                    if (typeof object.fieldPresence === "number") {
                        message.fieldPresence = object.fieldPresence;
                        break;
                    }
                    break;
                case "FIELD_PRESENCE_UNKNOWN":
                case 0:
                    message.fieldPresence = 0;
                    break;
                case "EXPLICIT":
                case 1:
                    message.fieldPresence = 1;
                    break;
                case "IMPLICIT":
                case 2:
                    message.fieldPresence = 2;
                    break;
                case "LEGACY_REQUIRED":
                case 3:
                    message.fieldPresence = 3;
                    break;
                }
                switch (object.enumType) {
                default:
                    if (typeof object.enumType === "number") {
                        message.enumType = object.enumType;
                        break;
                    }
                    break;
                case "ENUM_TYPE_UNKNOWN":
                case 0:
                    message.enumType = 0;
                    break;
                case "OPEN":
                case 1:
                    message.enumType = 1;
                    break;
                case "CLOSED":
                case 2:
                    message.enumType = 2;
                    break;
                }
                switch (object.repeatedFieldEncoding) {
                default:
                    if (typeof object.repeatedFieldEncoding === "number") {
                        message.repeatedFieldEncoding = object.repeatedFieldEncoding;
                        break;
                    }
                    break;
                case "REPEATED_FIELD_ENCODING_UNKNOWN":
                case 0:
                    message.repeatedFieldEncoding = 0;
                    break;
                case "PACKED":
                case 1:
                    message.repeatedFieldEncoding = 1;
                    break;
                case "EXPANDED":
                case 2:
                    message.repeatedFieldEncoding = 2;
                    break;
                }
                switch (object.utf8Validation) {
                default:
                    if (typeof object.utf8Validation === "number") {
                        message.utf8Validation = object.utf8Validation;
                        break;
                    }
                    break;
                case "UTF8_VALIDATION_UNKNOWN":
                case 0:
                    message.utf8Validation = 0;
                    break;
                case "VERIFY":
                case 2:
                    message.utf8Validation = 2;
                    break;
                case "NONE":
                case 3:
                    message.utf8Validation = 3;
                    break;
                }
                switch (object.messageEncoding) {
                default:
                    if (typeof object.messageEncoding === "number") {
                        message.messageEncoding = object.messageEncoding;
                        break;
                    }
                    break;
                case "MESSAGE_ENCODING_UNKNOWN":
                case 0:
                    message.messageEncoding = 0;
                    break;
                case "LENGTH_PREFIXED":
                case 1:
                    message.messageEncoding = 1;
                    break;
                case "DELIMITED":
                case 2:
                    message.messageEncoding = 2;
                    break;
                }
                switch (object.jsonFormat) {
                default:
                    if (typeof object.jsonFormat === "number") {
                        message.jsonFormat = object.jsonFormat;
                        break;
                    }
                    break;
                case "JSON_FORMAT_UNKNOWN":
                case 0:
                    message.jsonFormat = 0;
                    break;
                case "ALLOW":
                case 1:
                    message.jsonFormat = 1;
                    break;
                case "LEGACY_BEST_EFFORT":
                case 2:
                    message.jsonFormat = 2;
                    break;
                }
                switch (object.enforceNamingStyle) {
                default:
                    if (typeof object.enforceNamingStyle === "number") {
                        message.enforceNamingStyle = object.enforceNamingStyle;
                        break;
                    }
                    break;
                case "ENFORCE_NAMING_STYLE_UNKNOWN":
                case 0:
                    message.enforceNamingStyle = 0;
                    break;
                case "STYLE2024":
                case 1:
                    message.enforceNamingStyle = 1;
                    break;
                case "STYLE_LEGACY":
                case 2:
                    message.enforceNamingStyle = 2;
                    break;
                }
                switch (object.defaultSymbolVisibility) {
                default:
                    if (typeof object.defaultSymbolVisibility === "number") {
                        message.defaultSymbolVisibility = object.defaultSymbolVisibility;
                        break;
                    }
                    break;
                case "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN":
                case 0:
                    message.defaultSymbolVisibility = 0;
                    break;
                case "EXPORT_ALL":
                case 1:
                    message.defaultSymbolVisibility = 1;
                    break;
                case "EXPORT_TOP_LEVEL":
                case 2:
                    message.defaultSymbolVisibility = 2;
                    break;
                case "LOCAL_ALL":
                case 3:
                    message.defaultSymbolVisibility = 3;
                    break;
                case "STRICT":
                case 4:
                    message.defaultSymbolVisibility = 4;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a FeatureSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FeatureSet
             * @static
             * @param {google.protobuf.FeatureSet} message FeatureSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeatureSet.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.fieldPresence = options.enums === String ? "FIELD_PRESENCE_UNKNOWN" : 0;
                    object.enumType = options.enums === String ? "ENUM_TYPE_UNKNOWN" : 0;
                    object.repeatedFieldEncoding = options.enums === String ? "REPEATED_FIELD_ENCODING_UNKNOWN" : 0;
                    object.utf8Validation = options.enums === String ? "UTF8_VALIDATION_UNKNOWN" : 0;
                    object.messageEncoding = options.enums === String ? "MESSAGE_ENCODING_UNKNOWN" : 0;
                    object.jsonFormat = options.enums === String ? "JSON_FORMAT_UNKNOWN" : 0;
                    object.enforceNamingStyle = options.enums === String ? "ENFORCE_NAMING_STYLE_UNKNOWN" : 0;
                    object.defaultSymbolVisibility = options.enums === String ? "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN" : 0;
                }
                if (message.fieldPresence != null && Object.hasOwnProperty.call(message, "fieldPresence"))
                    object.fieldPresence = options.enums === String ? $root.google.protobuf.FeatureSet.FieldPresence[message.fieldPresence] === undefined ? message.fieldPresence : $root.google.protobuf.FeatureSet.FieldPresence[message.fieldPresence] : message.fieldPresence;
                if (message.enumType != null && Object.hasOwnProperty.call(message, "enumType"))
                    object.enumType = options.enums === String ? $root.google.protobuf.FeatureSet.EnumType[message.enumType] === undefined ? message.enumType : $root.google.protobuf.FeatureSet.EnumType[message.enumType] : message.enumType;
                if (message.repeatedFieldEncoding != null && Object.hasOwnProperty.call(message, "repeatedFieldEncoding"))
                    object.repeatedFieldEncoding = options.enums === String ? $root.google.protobuf.FeatureSet.RepeatedFieldEncoding[message.repeatedFieldEncoding] === undefined ? message.repeatedFieldEncoding : $root.google.protobuf.FeatureSet.RepeatedFieldEncoding[message.repeatedFieldEncoding] : message.repeatedFieldEncoding;
                if (message.utf8Validation != null && Object.hasOwnProperty.call(message, "utf8Validation"))
                    object.utf8Validation = options.enums === String ? $root.google.protobuf.FeatureSet.Utf8Validation[message.utf8Validation] === undefined ? message.utf8Validation : $root.google.protobuf.FeatureSet.Utf8Validation[message.utf8Validation] : message.utf8Validation;
                if (message.messageEncoding != null && Object.hasOwnProperty.call(message, "messageEncoding"))
                    object.messageEncoding = options.enums === String ? $root.google.protobuf.FeatureSet.MessageEncoding[message.messageEncoding] === undefined ? message.messageEncoding : $root.google.protobuf.FeatureSet.MessageEncoding[message.messageEncoding] : message.messageEncoding;
                if (message.jsonFormat != null && Object.hasOwnProperty.call(message, "jsonFormat"))
                    object.jsonFormat = options.enums === String ? $root.google.protobuf.FeatureSet.JsonFormat[message.jsonFormat] === undefined ? message.jsonFormat : $root.google.protobuf.FeatureSet.JsonFormat[message.jsonFormat] : message.jsonFormat;
                if (message.enforceNamingStyle != null && Object.hasOwnProperty.call(message, "enforceNamingStyle"))
                    object.enforceNamingStyle = options.enums === String ? $root.google.protobuf.FeatureSet.EnforceNamingStyle[message.enforceNamingStyle] === undefined ? message.enforceNamingStyle : $root.google.protobuf.FeatureSet.EnforceNamingStyle[message.enforceNamingStyle] : message.enforceNamingStyle;
                if (message.defaultSymbolVisibility != null && Object.hasOwnProperty.call(message, "defaultSymbolVisibility"))
                    object.defaultSymbolVisibility = options.enums === String ? $root.google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility[message.defaultSymbolVisibility] === undefined ? message.defaultSymbolVisibility : $root.google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility[message.defaultSymbolVisibility] : message.defaultSymbolVisibility;
                return object;
            };

            /**
             * Converts this FeatureSet to JSON.
             * @function toJSON
             * @memberof google.protobuf.FeatureSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeatureSet.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FeatureSet
             * @function getTypeUrl
             * @memberof google.protobuf.FeatureSet
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FeatureSet.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FeatureSet";
            };

            /**
             * FieldPresence enum.
             * @name google.protobuf.FeatureSet.FieldPresence
             * @enum {number}
             * @property {number} FIELD_PRESENCE_UNKNOWN=0 FIELD_PRESENCE_UNKNOWN value
             * @property {number} EXPLICIT=1 EXPLICIT value
             * @property {number} IMPLICIT=2 IMPLICIT value
             * @property {number} LEGACY_REQUIRED=3 LEGACY_REQUIRED value
             */
            FeatureSet.FieldPresence = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "FIELD_PRESENCE_UNKNOWN"] = 0;
                values[valuesById[1] = "EXPLICIT"] = 1;
                values[valuesById[2] = "IMPLICIT"] = 2;
                values[valuesById[3] = "LEGACY_REQUIRED"] = 3;
                return values;
            })();

            /**
             * EnumType enum.
             * @name google.protobuf.FeatureSet.EnumType
             * @enum {number}
             * @property {number} ENUM_TYPE_UNKNOWN=0 ENUM_TYPE_UNKNOWN value
             * @property {number} OPEN=1 OPEN value
             * @property {number} CLOSED=2 CLOSED value
             */
            FeatureSet.EnumType = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "ENUM_TYPE_UNKNOWN"] = 0;
                values[valuesById[1] = "OPEN"] = 1;
                values[valuesById[2] = "CLOSED"] = 2;
                return values;
            })();

            /**
             * RepeatedFieldEncoding enum.
             * @name google.protobuf.FeatureSet.RepeatedFieldEncoding
             * @enum {number}
             * @property {number} REPEATED_FIELD_ENCODING_UNKNOWN=0 REPEATED_FIELD_ENCODING_UNKNOWN value
             * @property {number} PACKED=1 PACKED value
             * @property {number} EXPANDED=2 EXPANDED value
             */
            FeatureSet.RepeatedFieldEncoding = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "REPEATED_FIELD_ENCODING_UNKNOWN"] = 0;
                values[valuesById[1] = "PACKED"] = 1;
                values[valuesById[2] = "EXPANDED"] = 2;
                return values;
            })();

            /**
             * Utf8Validation enum.
             * @name google.protobuf.FeatureSet.Utf8Validation
             * @enum {number}
             * @property {number} UTF8_VALIDATION_UNKNOWN=0 UTF8_VALIDATION_UNKNOWN value
             * @property {number} VERIFY=2 VERIFY value
             * @property {number} NONE=3 NONE value
             */
            FeatureSet.Utf8Validation = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "UTF8_VALIDATION_UNKNOWN"] = 0;
                values[valuesById[2] = "VERIFY"] = 2;
                values[valuesById[3] = "NONE"] = 3;
                return values;
            })();

            /**
             * MessageEncoding enum.
             * @name google.protobuf.FeatureSet.MessageEncoding
             * @enum {number}
             * @property {number} MESSAGE_ENCODING_UNKNOWN=0 MESSAGE_ENCODING_UNKNOWN value
             * @property {number} LENGTH_PREFIXED=1 LENGTH_PREFIXED value
             * @property {number} DELIMITED=2 DELIMITED value
             */
            FeatureSet.MessageEncoding = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "MESSAGE_ENCODING_UNKNOWN"] = 0;
                values[valuesById[1] = "LENGTH_PREFIXED"] = 1;
                values[valuesById[2] = "DELIMITED"] = 2;
                return values;
            })();

            /**
             * JsonFormat enum.
             * @name google.protobuf.FeatureSet.JsonFormat
             * @enum {number}
             * @property {number} JSON_FORMAT_UNKNOWN=0 JSON_FORMAT_UNKNOWN value
             * @property {number} ALLOW=1 ALLOW value
             * @property {number} LEGACY_BEST_EFFORT=2 LEGACY_BEST_EFFORT value
             */
            FeatureSet.JsonFormat = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "JSON_FORMAT_UNKNOWN"] = 0;
                values[valuesById[1] = "ALLOW"] = 1;
                values[valuesById[2] = "LEGACY_BEST_EFFORT"] = 2;
                return values;
            })();

            /**
             * EnforceNamingStyle enum.
             * @name google.protobuf.FeatureSet.EnforceNamingStyle
             * @enum {number}
             * @property {number} ENFORCE_NAMING_STYLE_UNKNOWN=0 ENFORCE_NAMING_STYLE_UNKNOWN value
             * @property {number} STYLE2024=1 STYLE2024 value
             * @property {number} STYLE_LEGACY=2 STYLE_LEGACY value
             */
            FeatureSet.EnforceNamingStyle = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "ENFORCE_NAMING_STYLE_UNKNOWN"] = 0;
                values[valuesById[1] = "STYLE2024"] = 1;
                values[valuesById[2] = "STYLE_LEGACY"] = 2;
                return values;
            })();

            FeatureSet.VisibilityFeature = (function() {

                /**
                 * Properties of a VisibilityFeature.
                 * @memberof google.protobuf.FeatureSet
                 * @interface IVisibilityFeature
                 */

                /**
                 * Constructs a new VisibilityFeature.
                 * @memberof google.protobuf.FeatureSet
                 * @classdesc Represents a VisibilityFeature.
                 * @implements IVisibilityFeature
                 * @constructor
                 * @param {google.protobuf.FeatureSet.IVisibilityFeature=} [properties] Properties to set
                 */
                function VisibilityFeature(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new VisibilityFeature instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @static
                 * @param {google.protobuf.FeatureSet.IVisibilityFeature=} [properties] Properties to set
                 * @returns {google.protobuf.FeatureSet.VisibilityFeature} VisibilityFeature instance
                 */
                VisibilityFeature.create = function create(properties) {
                    return new VisibilityFeature(properties);
                };

                /**
                 * Encodes the specified VisibilityFeature message. Does not implicitly {@link google.protobuf.FeatureSet.VisibilityFeature.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @static
                 * @param {google.protobuf.FeatureSet.IVisibilityFeature} message VisibilityFeature message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VisibilityFeature.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a VisibilityFeature message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.FeatureSet.VisibilityFeature} VisibilityFeature
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VisibilityFeature.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.FeatureSet.VisibilityFeature();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Creates a VisibilityFeature message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.FeatureSet.VisibilityFeature} VisibilityFeature
                 */
                VisibilityFeature.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.FeatureSet.VisibilityFeature)
                        return object;
                    return new $root.google.protobuf.FeatureSet.VisibilityFeature();
                };

                /**
                 * Creates a plain object from a VisibilityFeature message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @static
                 * @param {google.protobuf.FeatureSet.VisibilityFeature} message VisibilityFeature
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                VisibilityFeature.toObject = function toObject() {
                    return {};
                };

                /**
                 * Converts this VisibilityFeature to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                VisibilityFeature.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for VisibilityFeature
                 * @function getTypeUrl
                 * @memberof google.protobuf.FeatureSet.VisibilityFeature
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                VisibilityFeature.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.FeatureSet.VisibilityFeature";
                };

                /**
                 * DefaultSymbolVisibility enum.
                 * @name google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility
                 * @enum {number}
                 * @property {number} DEFAULT_SYMBOL_VISIBILITY_UNKNOWN=0 DEFAULT_SYMBOL_VISIBILITY_UNKNOWN value
                 * @property {number} EXPORT_ALL=1 EXPORT_ALL value
                 * @property {number} EXPORT_TOP_LEVEL=2 EXPORT_TOP_LEVEL value
                 * @property {number} LOCAL_ALL=3 LOCAL_ALL value
                 * @property {number} STRICT=4 STRICT value
                 */
                VisibilityFeature.DefaultSymbolVisibility = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"] = 0;
                    values[valuesById[1] = "EXPORT_ALL"] = 1;
                    values[valuesById[2] = "EXPORT_TOP_LEVEL"] = 2;
                    values[valuesById[3] = "LOCAL_ALL"] = 3;
                    values[valuesById[4] = "STRICT"] = 4;
                    return values;
                })();

                return VisibilityFeature;
            })();

            return FeatureSet;
        })();

        protobuf.FeatureSetDefaults = (function() {

            /**
             * Properties of a FeatureSetDefaults.
             * @memberof google.protobuf
             * @interface IFeatureSetDefaults
             * @property {Array.<google.protobuf.FeatureSetDefaults.IFeatureSetEditionDefault>|null} [defaults] FeatureSetDefaults defaults
             * @property {google.protobuf.Edition|null} [minimumEdition] FeatureSetDefaults minimumEdition
             * @property {google.protobuf.Edition|null} [maximumEdition] FeatureSetDefaults maximumEdition
             */

            /**
             * Constructs a new FeatureSetDefaults.
             * @memberof google.protobuf
             * @classdesc Represents a FeatureSetDefaults.
             * @implements IFeatureSetDefaults
             * @constructor
             * @param {google.protobuf.IFeatureSetDefaults=} [properties] Properties to set
             */
            function FeatureSetDefaults(properties) {
                this.defaults = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * FeatureSetDefaults defaults.
             * @member {Array.<google.protobuf.FeatureSetDefaults.IFeatureSetEditionDefault>} defaults
             * @memberof google.protobuf.FeatureSetDefaults
             * @instance
             */
            FeatureSetDefaults.prototype.defaults = $util.emptyArray;

            /**
             * FeatureSetDefaults minimumEdition.
             * @member {google.protobuf.Edition} minimumEdition
             * @memberof google.protobuf.FeatureSetDefaults
             * @instance
             */
            FeatureSetDefaults.prototype.minimumEdition = 0;

            /**
             * FeatureSetDefaults maximumEdition.
             * @member {google.protobuf.Edition} maximumEdition
             * @memberof google.protobuf.FeatureSetDefaults
             * @instance
             */
            FeatureSetDefaults.prototype.maximumEdition = 0;

            /**
             * Creates a new FeatureSetDefaults instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FeatureSetDefaults
             * @static
             * @param {google.protobuf.IFeatureSetDefaults=} [properties] Properties to set
             * @returns {google.protobuf.FeatureSetDefaults} FeatureSetDefaults instance
             */
            FeatureSetDefaults.create = function create(properties) {
                return new FeatureSetDefaults(properties);
            };

            /**
             * Encodes the specified FeatureSetDefaults message. Does not implicitly {@link google.protobuf.FeatureSetDefaults.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FeatureSetDefaults
             * @static
             * @param {google.protobuf.IFeatureSetDefaults} message FeatureSetDefaults message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeatureSetDefaults.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.defaults != null && message.defaults.length)
                    for (let i = 0; i < message.defaults.length; ++i)
                        $root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.encode(message.defaults[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (message.minimumEdition != null && Object.hasOwnProperty.call(message, "minimumEdition"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.minimumEdition);
                if (message.maximumEdition != null && Object.hasOwnProperty.call(message, "maximumEdition"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.maximumEdition);
                return writer;
            };

            /**
             * Decodes a FeatureSetDefaults message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FeatureSetDefaults
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.FeatureSetDefaults} FeatureSetDefaults
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeatureSetDefaults.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.FeatureSetDefaults();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.defaults && message.defaults.length))
                                message.defaults = [];
                            message.defaults.push($root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.decode(reader, reader.uint32(), undefined, long + 1));
                            break;
                        }
                    case 4: {
                            message.minimumEdition = reader.int32();
                            break;
                        }
                    case 5: {
                            message.maximumEdition = reader.int32();
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
             * Creates a FeatureSetDefaults message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FeatureSetDefaults
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.FeatureSetDefaults} FeatureSetDefaults
             */
            FeatureSetDefaults.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.FeatureSetDefaults)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.FeatureSetDefaults: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.FeatureSetDefaults();
                if (object.defaults) {
                    if (!Array.isArray(object.defaults))
                        throw TypeError(".google.protobuf.FeatureSetDefaults.defaults: array expected");
                    message.defaults = [];
                    for (let i = 0; i < object.defaults.length; ++i) {
                        if (!$util.isObject(object.defaults[i]))
                            throw TypeError(".google.protobuf.FeatureSetDefaults.defaults: object expected");
                        message.defaults[i] = $root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.fromObject(object.defaults[i], long + 1);
                    }
                }
                switch (object.minimumEdition) {
                default:
                    if (typeof object.minimumEdition === "number") {
                        message.minimumEdition = object.minimumEdition;
                        break;
                    }
                    break;
                case "EDITION_UNKNOWN":
                case 0:
                    message.minimumEdition = 0;
                    break;
                case "EDITION_LEGACY":
                case 900:
                    message.minimumEdition = 900;
                    break;
                case "EDITION_PROTO2":
                case 998:
                    message.minimumEdition = 998;
                    break;
                case "EDITION_PROTO3":
                case 999:
                    message.minimumEdition = 999;
                    break;
                case "EDITION_2023":
                case 1000:
                    message.minimumEdition = 1000;
                    break;
                case "EDITION_2024":
                case 1001:
                    message.minimumEdition = 1001;
                    break;
                case "EDITION_1_TEST_ONLY":
                case 1:
                    message.minimumEdition = 1;
                    break;
                case "EDITION_2_TEST_ONLY":
                case 2:
                    message.minimumEdition = 2;
                    break;
                case "EDITION_99997_TEST_ONLY":
                case 99997:
                    message.minimumEdition = 99997;
                    break;
                case "EDITION_99998_TEST_ONLY":
                case 99998:
                    message.minimumEdition = 99998;
                    break;
                case "EDITION_99999_TEST_ONLY":
                case 99999:
                    message.minimumEdition = 99999;
                    break;
                case "EDITION_MAX":
                case 2147483647:
                    message.minimumEdition = 2147483647;
                    break;
                }
                switch (object.maximumEdition) {
                default:
                    if (typeof object.maximumEdition === "number") {
                        message.maximumEdition = object.maximumEdition;
                        break;
                    }
                    break;
                case "EDITION_UNKNOWN":
                case 0:
                    message.maximumEdition = 0;
                    break;
                case "EDITION_LEGACY":
                case 900:
                    message.maximumEdition = 900;
                    break;
                case "EDITION_PROTO2":
                case 998:
                    message.maximumEdition = 998;
                    break;
                case "EDITION_PROTO3":
                case 999:
                    message.maximumEdition = 999;
                    break;
                case "EDITION_2023":
                case 1000:
                    message.maximumEdition = 1000;
                    break;
                case "EDITION_2024":
                case 1001:
                    message.maximumEdition = 1001;
                    break;
                case "EDITION_1_TEST_ONLY":
                case 1:
                    message.maximumEdition = 1;
                    break;
                case "EDITION_2_TEST_ONLY":
                case 2:
                    message.maximumEdition = 2;
                    break;
                case "EDITION_99997_TEST_ONLY":
                case 99997:
                    message.maximumEdition = 99997;
                    break;
                case "EDITION_99998_TEST_ONLY":
                case 99998:
                    message.maximumEdition = 99998;
                    break;
                case "EDITION_99999_TEST_ONLY":
                case 99999:
                    message.maximumEdition = 99999;
                    break;
                case "EDITION_MAX":
                case 2147483647:
                    message.maximumEdition = 2147483647;
                    break;
                }
                return message;
            };

            /**
             * Creates a plain object from a FeatureSetDefaults message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FeatureSetDefaults
             * @static
             * @param {google.protobuf.FeatureSetDefaults} message FeatureSetDefaults
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeatureSetDefaults.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.defaults = [];
                if (options.defaults) {
                    object.minimumEdition = options.enums === String ? "EDITION_UNKNOWN" : 0;
                    object.maximumEdition = options.enums === String ? "EDITION_UNKNOWN" : 0;
                }
                if (message.defaults && message.defaults.length) {
                    object.defaults = [];
                    for (let j = 0; j < message.defaults.length; ++j)
                        object.defaults[j] = $root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.toObject(message.defaults[j], options, q + 1);
                }
                if (message.minimumEdition != null && Object.hasOwnProperty.call(message, "minimumEdition"))
                    object.minimumEdition = options.enums === String ? $root.google.protobuf.Edition[message.minimumEdition] === undefined ? message.minimumEdition : $root.google.protobuf.Edition[message.minimumEdition] : message.minimumEdition;
                if (message.maximumEdition != null && Object.hasOwnProperty.call(message, "maximumEdition"))
                    object.maximumEdition = options.enums === String ? $root.google.protobuf.Edition[message.maximumEdition] === undefined ? message.maximumEdition : $root.google.protobuf.Edition[message.maximumEdition] : message.maximumEdition;
                return object;
            };

            /**
             * Converts this FeatureSetDefaults to JSON.
             * @function toJSON
             * @memberof google.protobuf.FeatureSetDefaults
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeatureSetDefaults.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for FeatureSetDefaults
             * @function getTypeUrl
             * @memberof google.protobuf.FeatureSetDefaults
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            FeatureSetDefaults.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.FeatureSetDefaults";
            };

            FeatureSetDefaults.FeatureSetEditionDefault = (function() {

                /**
                 * Properties of a FeatureSetEditionDefault.
                 * @memberof google.protobuf.FeatureSetDefaults
                 * @interface IFeatureSetEditionDefault
                 * @property {google.protobuf.Edition|null} [edition] FeatureSetEditionDefault edition
                 * @property {google.protobuf.IFeatureSet|null} [overridableFeatures] FeatureSetEditionDefault overridableFeatures
                 * @property {google.protobuf.IFeatureSet|null} [fixedFeatures] FeatureSetEditionDefault fixedFeatures
                 */

                /**
                 * Constructs a new FeatureSetEditionDefault.
                 * @memberof google.protobuf.FeatureSetDefaults
                 * @classdesc Represents a FeatureSetEditionDefault.
                 * @implements IFeatureSetEditionDefault
                 * @constructor
                 * @param {google.protobuf.FeatureSetDefaults.IFeatureSetEditionDefault=} [properties] Properties to set
                 */
                function FeatureSetEditionDefault(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * FeatureSetEditionDefault edition.
                 * @member {google.protobuf.Edition} edition
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @instance
                 */
                FeatureSetEditionDefault.prototype.edition = 0;

                /**
                 * FeatureSetEditionDefault overridableFeatures.
                 * @member {google.protobuf.IFeatureSet|null|undefined} overridableFeatures
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @instance
                 */
                FeatureSetEditionDefault.prototype.overridableFeatures = null;

                /**
                 * FeatureSetEditionDefault fixedFeatures.
                 * @member {google.protobuf.IFeatureSet|null|undefined} fixedFeatures
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @instance
                 */
                FeatureSetEditionDefault.prototype.fixedFeatures = null;

                /**
                 * Creates a new FeatureSetEditionDefault instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @static
                 * @param {google.protobuf.FeatureSetDefaults.IFeatureSetEditionDefault=} [properties] Properties to set
                 * @returns {google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault} FeatureSetEditionDefault instance
                 */
                FeatureSetEditionDefault.create = function create(properties) {
                    return new FeatureSetEditionDefault(properties);
                };

                /**
                 * Encodes the specified FeatureSetEditionDefault message. Does not implicitly {@link google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @static
                 * @param {google.protobuf.FeatureSetDefaults.IFeatureSetEditionDefault} message FeatureSetEditionDefault message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FeatureSetEditionDefault.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.edition != null && Object.hasOwnProperty.call(message, "edition"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.edition);
                    if (message.overridableFeatures != null && Object.hasOwnProperty.call(message, "overridableFeatures"))
                        $root.google.protobuf.FeatureSet.encode(message.overridableFeatures, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.fixedFeatures != null && Object.hasOwnProperty.call(message, "fixedFeatures"))
                        $root.google.protobuf.FeatureSet.encode(message.fixedFeatures, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a FeatureSetEditionDefault message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault} FeatureSetEditionDefault
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FeatureSetEditionDefault.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 3: {
                                message.edition = reader.int32();
                                break;
                            }
                        case 4: {
                                message.overridableFeatures = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.fixedFeatures = $root.google.protobuf.FeatureSet.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Creates a FeatureSetEditionDefault message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault} FeatureSetEditionDefault
                 */
                FeatureSetEditionDefault.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault();
                    switch (object.edition) {
                    default:
                        if (typeof object.edition === "number") {
                            message.edition = object.edition;
                            break;
                        }
                        break;
                    case "EDITION_UNKNOWN":
                    case 0:
                        message.edition = 0;
                        break;
                    case "EDITION_LEGACY":
                    case 900:
                        message.edition = 900;
                        break;
                    case "EDITION_PROTO2":
                    case 998:
                        message.edition = 998;
                        break;
                    case "EDITION_PROTO3":
                    case 999:
                        message.edition = 999;
                        break;
                    case "EDITION_2023":
                    case 1000:
                        message.edition = 1000;
                        break;
                    case "EDITION_2024":
                    case 1001:
                        message.edition = 1001;
                        break;
                    case "EDITION_1_TEST_ONLY":
                    case 1:
                        message.edition = 1;
                        break;
                    case "EDITION_2_TEST_ONLY":
                    case 2:
                        message.edition = 2;
                        break;
                    case "EDITION_99997_TEST_ONLY":
                    case 99997:
                        message.edition = 99997;
                        break;
                    case "EDITION_99998_TEST_ONLY":
                    case 99998:
                        message.edition = 99998;
                        break;
                    case "EDITION_99999_TEST_ONLY":
                    case 99999:
                        message.edition = 99999;
                        break;
                    case "EDITION_MAX":
                    case 2147483647:
                        message.edition = 2147483647;
                        break;
                    }
                    if (object.overridableFeatures != null) {
                        if (!$util.isObject(object.overridableFeatures))
                            throw TypeError(".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.overridableFeatures: object expected");
                        message.overridableFeatures = $root.google.protobuf.FeatureSet.fromObject(object.overridableFeatures, long + 1);
                    }
                    if (object.fixedFeatures != null) {
                        if (!$util.isObject(object.fixedFeatures))
                            throw TypeError(".google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault.fixedFeatures: object expected");
                        message.fixedFeatures = $root.google.protobuf.FeatureSet.fromObject(object.fixedFeatures, long + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a FeatureSetEditionDefault message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @static
                 * @param {google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault} message FeatureSetEditionDefault
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                FeatureSetEditionDefault.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.edition = options.enums === String ? "EDITION_UNKNOWN" : 0;
                        object.overridableFeatures = null;
                        object.fixedFeatures = null;
                    }
                    if (message.edition != null && Object.hasOwnProperty.call(message, "edition"))
                        object.edition = options.enums === String ? $root.google.protobuf.Edition[message.edition] === undefined ? message.edition : $root.google.protobuf.Edition[message.edition] : message.edition;
                    if (message.overridableFeatures != null && Object.hasOwnProperty.call(message, "overridableFeatures"))
                        object.overridableFeatures = $root.google.protobuf.FeatureSet.toObject(message.overridableFeatures, options, q + 1);
                    if (message.fixedFeatures != null && Object.hasOwnProperty.call(message, "fixedFeatures"))
                        object.fixedFeatures = $root.google.protobuf.FeatureSet.toObject(message.fixedFeatures, options, q + 1);
                    return object;
                };

                /**
                 * Converts this FeatureSetEditionDefault to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                FeatureSetEditionDefault.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for FeatureSetEditionDefault
                 * @function getTypeUrl
                 * @memberof google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                FeatureSetEditionDefault.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault";
                };

                return FeatureSetEditionDefault;
            })();

            return FeatureSetDefaults;
        })();

        protobuf.SourceCodeInfo = (function() {

            /**
             * Properties of a SourceCodeInfo.
             * @memberof google.protobuf
             * @interface ISourceCodeInfo
             * @property {Array.<google.protobuf.SourceCodeInfo.ILocation>|null} [location] SourceCodeInfo location
             */

            /**
             * Constructs a new SourceCodeInfo.
             * @memberof google.protobuf
             * @classdesc Represents a SourceCodeInfo.
             * @implements ISourceCodeInfo
             * @constructor
             * @param {google.protobuf.ISourceCodeInfo=} [properties] Properties to set
             */
            function SourceCodeInfo(properties) {
                this.location = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SourceCodeInfo location.
             * @member {Array.<google.protobuf.SourceCodeInfo.ILocation>} location
             * @memberof google.protobuf.SourceCodeInfo
             * @instance
             */
            SourceCodeInfo.prototype.location = $util.emptyArray;

            /**
             * Creates a new SourceCodeInfo instance using the specified properties.
             * @function create
             * @memberof google.protobuf.SourceCodeInfo
             * @static
             * @param {google.protobuf.ISourceCodeInfo=} [properties] Properties to set
             * @returns {google.protobuf.SourceCodeInfo} SourceCodeInfo instance
             */
            SourceCodeInfo.create = function create(properties) {
                return new SourceCodeInfo(properties);
            };

            /**
             * Encodes the specified SourceCodeInfo message. Does not implicitly {@link google.protobuf.SourceCodeInfo.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.SourceCodeInfo
             * @static
             * @param {google.protobuf.ISourceCodeInfo} message SourceCodeInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SourceCodeInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.location != null && message.location.length)
                    for (let i = 0; i < message.location.length; ++i)
                        $root.google.protobuf.SourceCodeInfo.Location.encode(message.location[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a SourceCodeInfo message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.SourceCodeInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.SourceCodeInfo} SourceCodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SourceCodeInfo.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.SourceCodeInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.location && message.location.length))
                                message.location = [];
                            message.location.push($root.google.protobuf.SourceCodeInfo.Location.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a SourceCodeInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.SourceCodeInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.SourceCodeInfo} SourceCodeInfo
             */
            SourceCodeInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.SourceCodeInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.SourceCodeInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.SourceCodeInfo();
                if (object.location) {
                    if (!Array.isArray(object.location))
                        throw TypeError(".google.protobuf.SourceCodeInfo.location: array expected");
                    message.location = [];
                    for (let i = 0; i < object.location.length; ++i) {
                        if (!$util.isObject(object.location[i]))
                            throw TypeError(".google.protobuf.SourceCodeInfo.location: object expected");
                        message.location[i] = $root.google.protobuf.SourceCodeInfo.Location.fromObject(object.location[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SourceCodeInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.SourceCodeInfo
             * @static
             * @param {google.protobuf.SourceCodeInfo} message SourceCodeInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SourceCodeInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.location = [];
                if (message.location && message.location.length) {
                    object.location = [];
                    for (let j = 0; j < message.location.length; ++j)
                        object.location[j] = $root.google.protobuf.SourceCodeInfo.Location.toObject(message.location[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this SourceCodeInfo to JSON.
             * @function toJSON
             * @memberof google.protobuf.SourceCodeInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SourceCodeInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SourceCodeInfo
             * @function getTypeUrl
             * @memberof google.protobuf.SourceCodeInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SourceCodeInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.SourceCodeInfo";
            };

            SourceCodeInfo.Location = (function() {

                /**
                 * Properties of a Location.
                 * @memberof google.protobuf.SourceCodeInfo
                 * @interface ILocation
                 * @property {Array.<number>|null} [path] Location path
                 * @property {Array.<number>|null} [span] Location span
                 * @property {string|null} [leadingComments] Location leadingComments
                 * @property {string|null} [trailingComments] Location trailingComments
                 * @property {Array.<string>|null} [leadingDetachedComments] Location leadingDetachedComments
                 */

                /**
                 * Constructs a new Location.
                 * @memberof google.protobuf.SourceCodeInfo
                 * @classdesc Represents a Location.
                 * @implements ILocation
                 * @constructor
                 * @param {google.protobuf.SourceCodeInfo.ILocation=} [properties] Properties to set
                 */
                function Location(properties) {
                    this.path = [];
                    this.span = [];
                    this.leadingDetachedComments = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Location path.
                 * @member {Array.<number>} path
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @instance
                 */
                Location.prototype.path = $util.emptyArray;

                /**
                 * Location span.
                 * @member {Array.<number>} span
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @instance
                 */
                Location.prototype.span = $util.emptyArray;

                /**
                 * Location leadingComments.
                 * @member {string} leadingComments
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @instance
                 */
                Location.prototype.leadingComments = "";

                /**
                 * Location trailingComments.
                 * @member {string} trailingComments
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @instance
                 */
                Location.prototype.trailingComments = "";

                /**
                 * Location leadingDetachedComments.
                 * @member {Array.<string>} leadingDetachedComments
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @instance
                 */
                Location.prototype.leadingDetachedComments = $util.emptyArray;

                /**
                 * Creates a new Location instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @static
                 * @param {google.protobuf.SourceCodeInfo.ILocation=} [properties] Properties to set
                 * @returns {google.protobuf.SourceCodeInfo.Location} Location instance
                 */
                Location.create = function create(properties) {
                    return new Location(properties);
                };

                /**
                 * Encodes the specified Location message. Does not implicitly {@link google.protobuf.SourceCodeInfo.Location.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @static
                 * @param {google.protobuf.SourceCodeInfo.ILocation} message Location message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Location.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.path != null && message.path.length) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork();
                        for (let i = 0; i < message.path.length; ++i)
                            writer.int32(message.path[i]);
                        writer.ldelim();
                    }
                    if (message.span != null && message.span.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.span.length; ++i)
                            writer.int32(message.span[i]);
                        writer.ldelim();
                    }
                    if (message.leadingComments != null && Object.hasOwnProperty.call(message, "leadingComments"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.leadingComments);
                    if (message.trailingComments != null && Object.hasOwnProperty.call(message, "trailingComments"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.trailingComments);
                    if (message.leadingDetachedComments != null && message.leadingDetachedComments.length)
                        for (let i = 0; i < message.leadingDetachedComments.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.leadingDetachedComments[i]);
                    return writer;
                };

                /**
                 * Decodes a Location message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.SourceCodeInfo.Location} Location
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Location.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.SourceCodeInfo.Location();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.path.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.path.push(reader.int32());
                                break;
                            }
                        case 2: {
                                if (!(message.span && message.span.length))
                                    message.span = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.span.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.span.push(reader.int32());
                                break;
                            }
                        case 3: {
                                message.leadingComments = reader.string();
                                break;
                            }
                        case 4: {
                                message.trailingComments = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.leadingDetachedComments && message.leadingDetachedComments.length))
                                    message.leadingDetachedComments = [];
                                message.leadingDetachedComments.push(reader.string());
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
                 * Creates a Location message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.SourceCodeInfo.Location} Location
                 */
                Location.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.SourceCodeInfo.Location)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.SourceCodeInfo.Location: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.SourceCodeInfo.Location();
                    if (object.path) {
                        if (!Array.isArray(object.path))
                            throw TypeError(".google.protobuf.SourceCodeInfo.Location.path: array expected");
                        message.path = [];
                        for (let i = 0; i < object.path.length; ++i)
                            message.path[i] = object.path[i] | 0;
                    }
                    if (object.span) {
                        if (!Array.isArray(object.span))
                            throw TypeError(".google.protobuf.SourceCodeInfo.Location.span: array expected");
                        message.span = [];
                        for (let i = 0; i < object.span.length; ++i)
                            message.span[i] = object.span[i] | 0;
                    }
                    if (object.leadingComments != null)
                        message.leadingComments = String(object.leadingComments);
                    if (object.trailingComments != null)
                        message.trailingComments = String(object.trailingComments);
                    if (object.leadingDetachedComments) {
                        if (!Array.isArray(object.leadingDetachedComments))
                            throw TypeError(".google.protobuf.SourceCodeInfo.Location.leadingDetachedComments: array expected");
                        message.leadingDetachedComments = [];
                        for (let i = 0; i < object.leadingDetachedComments.length; ++i)
                            message.leadingDetachedComments[i] = String(object.leadingDetachedComments[i]);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Location message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @static
                 * @param {google.protobuf.SourceCodeInfo.Location} message Location
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Location.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.path = [];
                        object.span = [];
                        object.leadingDetachedComments = [];
                    }
                    if (options.defaults) {
                        object.leadingComments = "";
                        object.trailingComments = "";
                    }
                    if (message.path && message.path.length) {
                        object.path = [];
                        for (let j = 0; j < message.path.length; ++j)
                            object.path[j] = message.path[j];
                    }
                    if (message.span && message.span.length) {
                        object.span = [];
                        for (let j = 0; j < message.span.length; ++j)
                            object.span[j] = message.span[j];
                    }
                    if (message.leadingComments != null && Object.hasOwnProperty.call(message, "leadingComments"))
                        object.leadingComments = message.leadingComments;
                    if (message.trailingComments != null && Object.hasOwnProperty.call(message, "trailingComments"))
                        object.trailingComments = message.trailingComments;
                    if (message.leadingDetachedComments && message.leadingDetachedComments.length) {
                        object.leadingDetachedComments = [];
                        for (let j = 0; j < message.leadingDetachedComments.length; ++j)
                            object.leadingDetachedComments[j] = message.leadingDetachedComments[j];
                    }
                    return object;
                };

                /**
                 * Converts this Location to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Location.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Location
                 * @function getTypeUrl
                 * @memberof google.protobuf.SourceCodeInfo.Location
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Location.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.SourceCodeInfo.Location";
                };

                return Location;
            })();

            return SourceCodeInfo;
        })();

        protobuf.GeneratedCodeInfo = (function() {

            /**
             * Properties of a GeneratedCodeInfo.
             * @memberof google.protobuf
             * @interface IGeneratedCodeInfo
             * @property {Array.<google.protobuf.GeneratedCodeInfo.IAnnotation>|null} [annotation] GeneratedCodeInfo annotation
             */

            /**
             * Constructs a new GeneratedCodeInfo.
             * @memberof google.protobuf
             * @classdesc Represents a GeneratedCodeInfo.
             * @implements IGeneratedCodeInfo
             * @constructor
             * @param {google.protobuf.IGeneratedCodeInfo=} [properties] Properties to set
             */
            function GeneratedCodeInfo(properties) {
                this.annotation = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * GeneratedCodeInfo annotation.
             * @member {Array.<google.protobuf.GeneratedCodeInfo.IAnnotation>} annotation
             * @memberof google.protobuf.GeneratedCodeInfo
             * @instance
             */
            GeneratedCodeInfo.prototype.annotation = $util.emptyArray;

            /**
             * Creates a new GeneratedCodeInfo instance using the specified properties.
             * @function create
             * @memberof google.protobuf.GeneratedCodeInfo
             * @static
             * @param {google.protobuf.IGeneratedCodeInfo=} [properties] Properties to set
             * @returns {google.protobuf.GeneratedCodeInfo} GeneratedCodeInfo instance
             */
            GeneratedCodeInfo.create = function create(properties) {
                return new GeneratedCodeInfo(properties);
            };

            /**
             * Encodes the specified GeneratedCodeInfo message. Does not implicitly {@link google.protobuf.GeneratedCodeInfo.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.GeneratedCodeInfo
             * @static
             * @param {google.protobuf.IGeneratedCodeInfo} message GeneratedCodeInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GeneratedCodeInfo.encode = function encode(message, writer, q) {
                if (!writer)
                    writer = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (message.annotation != null && message.annotation.length)
                    for (let i = 0; i < message.annotation.length; ++i)
                        $root.google.protobuf.GeneratedCodeInfo.Annotation.encode(message.annotation[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                return writer;
            };

            /**
             * Decodes a GeneratedCodeInfo message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.GeneratedCodeInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.GeneratedCodeInfo} GeneratedCodeInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GeneratedCodeInfo.decode = function decode(reader, length, error, long) {
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
                message = new $root.google.protobuf.GeneratedCodeInfo();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.annotation && message.annotation.length))
                                message.annotation = [];
                            message.annotation.push($root.google.protobuf.GeneratedCodeInfo.Annotation.decode(reader, reader.uint32(), undefined, long + 1));
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
             * Creates a GeneratedCodeInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.GeneratedCodeInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.GeneratedCodeInfo} GeneratedCodeInfo
             */
            GeneratedCodeInfo.fromObject = function fromObject(object, long) {
                if (object instanceof $root.google.protobuf.GeneratedCodeInfo)
                    return object;
                if (!$util.isObject(object))
                    throw TypeError(".google.protobuf.GeneratedCodeInfo: object expected");
                if (long === undefined)
                    long = 0;
                if (long > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                let message = new $root.google.protobuf.GeneratedCodeInfo();
                if (object.annotation) {
                    if (!Array.isArray(object.annotation))
                        throw TypeError(".google.protobuf.GeneratedCodeInfo.annotation: array expected");
                    message.annotation = [];
                    for (let i = 0; i < object.annotation.length; ++i) {
                        if (!$util.isObject(object.annotation[i]))
                            throw TypeError(".google.protobuf.GeneratedCodeInfo.annotation: object expected");
                        message.annotation[i] = $root.google.protobuf.GeneratedCodeInfo.Annotation.fromObject(object.annotation[i], long + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a GeneratedCodeInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.GeneratedCodeInfo
             * @static
             * @param {google.protobuf.GeneratedCodeInfo} message GeneratedCodeInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GeneratedCodeInfo.toObject = function toObject(message, options, q) {
                if (!options)
                    options = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.annotation = [];
                if (message.annotation && message.annotation.length) {
                    object.annotation = [];
                    for (let j = 0; j < message.annotation.length; ++j)
                        object.annotation[j] = $root.google.protobuf.GeneratedCodeInfo.Annotation.toObject(message.annotation[j], options, q + 1);
                }
                return object;
            };

            /**
             * Converts this GeneratedCodeInfo to JSON.
             * @function toJSON
             * @memberof google.protobuf.GeneratedCodeInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GeneratedCodeInfo.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for GeneratedCodeInfo
             * @function getTypeUrl
             * @memberof google.protobuf.GeneratedCodeInfo
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            GeneratedCodeInfo.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/google.protobuf.GeneratedCodeInfo";
            };

            GeneratedCodeInfo.Annotation = (function() {

                /**
                 * Properties of an Annotation.
                 * @memberof google.protobuf.GeneratedCodeInfo
                 * @interface IAnnotation
                 * @property {Array.<number>|null} [path] Annotation path
                 * @property {string|null} [sourceFile] Annotation sourceFile
                 * @property {number|null} [begin] Annotation begin
                 * @property {number|null} [end] Annotation end
                 * @property {google.protobuf.GeneratedCodeInfo.Annotation.Semantic|null} [semantic] Annotation semantic
                 */

                /**
                 * Constructs a new Annotation.
                 * @memberof google.protobuf.GeneratedCodeInfo
                 * @classdesc Represents an Annotation.
                 * @implements IAnnotation
                 * @constructor
                 * @param {google.protobuf.GeneratedCodeInfo.IAnnotation=} [properties] Properties to set
                 */
                function Annotation(properties) {
                    this.path = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Annotation path.
                 * @member {Array.<number>} path
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @instance
                 */
                Annotation.prototype.path = $util.emptyArray;

                /**
                 * Annotation sourceFile.
                 * @member {string} sourceFile
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @instance
                 */
                Annotation.prototype.sourceFile = "";

                /**
                 * Annotation begin.
                 * @member {number} begin
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @instance
                 */
                Annotation.prototype.begin = 0;

                /**
                 * Annotation end.
                 * @member {number} end
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @instance
                 */
                Annotation.prototype.end = 0;

                /**
                 * Annotation semantic.
                 * @member {google.protobuf.GeneratedCodeInfo.Annotation.Semantic} semantic
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @instance
                 */
                Annotation.prototype.semantic = 0;

                /**
                 * Creates a new Annotation instance using the specified properties.
                 * @function create
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @static
                 * @param {google.protobuf.GeneratedCodeInfo.IAnnotation=} [properties] Properties to set
                 * @returns {google.protobuf.GeneratedCodeInfo.Annotation} Annotation instance
                 */
                Annotation.create = function create(properties) {
                    return new Annotation(properties);
                };

                /**
                 * Encodes the specified Annotation message. Does not implicitly {@link google.protobuf.GeneratedCodeInfo.Annotation.verify|verify} messages.
                 * @function encode
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @static
                 * @param {google.protobuf.GeneratedCodeInfo.IAnnotation} message Annotation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Annotation.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.path != null && message.path.length) {
                        writer.uint32(/* id 1, wireType 2 =*/10).fork();
                        for (let i = 0; i < message.path.length; ++i)
                            writer.int32(message.path[i]);
                        writer.ldelim();
                    }
                    if (message.sourceFile != null && Object.hasOwnProperty.call(message, "sourceFile"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sourceFile);
                    if (message.begin != null && Object.hasOwnProperty.call(message, "begin"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.begin);
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.end);
                    if (message.semantic != null && Object.hasOwnProperty.call(message, "semantic"))
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.semantic);
                    return writer;
                };

                /**
                 * Decodes an Annotation message from the specified reader or buffer.
                 * @function decode
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {google.protobuf.GeneratedCodeInfo.Annotation} Annotation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Annotation.decode = function decode(reader, length, error, long) {
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
                    message = new $root.google.protobuf.GeneratedCodeInfo.Annotation();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.path && message.path.length))
                                    message.path = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.path.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.path.push(reader.int32());
                                break;
                            }
                        case 2: {
                                message.sourceFile = reader.string();
                                break;
                            }
                        case 3: {
                                message.begin = reader.int32();
                                break;
                            }
                        case 4: {
                                message.end = reader.int32();
                                break;
                            }
                        case 5: {
                                message.semantic = reader.int32();
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
                 * Creates an Annotation message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {google.protobuf.GeneratedCodeInfo.Annotation} Annotation
                 */
                Annotation.fromObject = function fromObject(object, long) {
                    if (object instanceof $root.google.protobuf.GeneratedCodeInfo.Annotation)
                        return object;
                    if (!$util.isObject(object))
                        throw TypeError(".google.protobuf.GeneratedCodeInfo.Annotation: object expected");
                    if (long === undefined)
                        long = 0;
                    if (long > $util.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let message = new $root.google.protobuf.GeneratedCodeInfo.Annotation();
                    if (object.path) {
                        if (!Array.isArray(object.path))
                            throw TypeError(".google.protobuf.GeneratedCodeInfo.Annotation.path: array expected");
                        message.path = [];
                        for (let i = 0; i < object.path.length; ++i)
                            message.path[i] = object.path[i] | 0;
                    }
                    if (object.sourceFile != null)
                        message.sourceFile = String(object.sourceFile);
                    if (object.begin != null)
                        message.begin = object.begin | 0;
                    if (object.end != null)
                        message.end = object.end | 0;
                    switch (object.semantic) {
                    default:
                        if (typeof object.semantic === "number") {
                            message.semantic = object.semantic;
                            break;
                        }
                        break;
                    case "NONE":
                    case 0:
                        message.semantic = 0;
                        break;
                    case "SET":
                    case 1:
                        message.semantic = 1;
                        break;
                    case "ALIAS":
                    case 2:
                        message.semantic = 2;
                        break;
                    }
                    return message;
                };

                /**
                 * Creates a plain object from an Annotation message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @static
                 * @param {google.protobuf.GeneratedCodeInfo.Annotation} message Annotation
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Annotation.toObject = function toObject(message, options, q) {
                    if (!options)
                        options = {};
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.path = [];
                    if (options.defaults) {
                        object.sourceFile = "";
                        object.begin = 0;
                        object.end = 0;
                        object.semantic = options.enums === String ? "NONE" : 0;
                    }
                    if (message.path && message.path.length) {
                        object.path = [];
                        for (let j = 0; j < message.path.length; ++j)
                            object.path[j] = message.path[j];
                    }
                    if (message.sourceFile != null && Object.hasOwnProperty.call(message, "sourceFile"))
                        object.sourceFile = message.sourceFile;
                    if (message.begin != null && Object.hasOwnProperty.call(message, "begin"))
                        object.begin = message.begin;
                    if (message.end != null && Object.hasOwnProperty.call(message, "end"))
                        object.end = message.end;
                    if (message.semantic != null && Object.hasOwnProperty.call(message, "semantic"))
                        object.semantic = options.enums === String ? $root.google.protobuf.GeneratedCodeInfo.Annotation.Semantic[message.semantic] === undefined ? message.semantic : $root.google.protobuf.GeneratedCodeInfo.Annotation.Semantic[message.semantic] : message.semantic;
                    return object;
                };

                /**
                 * Converts this Annotation to JSON.
                 * @function toJSON
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Annotation.prototype.toJSON = function toJSON() {
                    return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the default type url for Annotation
                 * @function getTypeUrl
                 * @memberof google.protobuf.GeneratedCodeInfo.Annotation
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Annotation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/google.protobuf.GeneratedCodeInfo.Annotation";
                };

                /**
                 * Semantic enum.
                 * @name google.protobuf.GeneratedCodeInfo.Annotation.Semantic
                 * @enum {number}
                 * @property {number} NONE=0 NONE value
                 * @property {number} SET=1 SET value
                 * @property {number} ALIAS=2 ALIAS value
                 */
                Annotation.Semantic = (function() {
                    const valuesById = {}, values = Object.create(valuesById);
                    values[valuesById[0] = "NONE"] = 0;
                    values[valuesById[1] = "SET"] = 1;
                    values[valuesById[2] = "ALIAS"] = 2;
                    return values;
                })();

                return Annotation;
            })();

            return GeneratedCodeInfo;
        })();

        /**
         * SymbolVisibility enum.
         * @name google.protobuf.SymbolVisibility
         * @enum {number}
         * @property {number} VISIBILITY_UNSET=0 VISIBILITY_UNSET value
         * @property {number} VISIBILITY_LOCAL=1 VISIBILITY_LOCAL value
         * @property {number} VISIBILITY_EXPORT=2 VISIBILITY_EXPORT value
         */
        protobuf.SymbolVisibility = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "VISIBILITY_UNSET"] = 0;
            values[valuesById[1] = "VISIBILITY_LOCAL"] = 1;
            values[valuesById[2] = "VISIBILITY_EXPORT"] = 2;
            return values;
        })();

        return protobuf;
    })();

    return google;
})();

export { $root as default };
