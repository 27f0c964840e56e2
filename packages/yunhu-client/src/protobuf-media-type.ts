/** Content type of the protobuf bodies Yunhu exchanges. */
export const protobufMediaType = "application/x-protobuf";
