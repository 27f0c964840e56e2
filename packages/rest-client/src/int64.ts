import type { openApiDocument } from "./gen/maxim-message.openapi.js";

/** A 64-bit integer as the client accepts and returns it: `number` up to 2^53 - 1, `bigint` beyond. */
export type Int64 = number | bigint;

type Doc = typeof openApiDocument;
type Schemas = Doc["components"]["schemas"];
type Int64Schema = { readonly format: "int64" } | { readonly items: { readonly format: "int64" } };

type Int64PropertyNames<Properties> = {
  [Name in keyof Properties]: Properties[Name] extends Int64Schema ? Name : never;
}[keyof Properties];

type SchemaInt64Names = {
  [Name in keyof Schemas]: Schemas[Name] extends { readonly properties: infer Properties }
    ? Int64PropertyNames<Properties>
    : never;
}[keyof Schemas];

type OperationParameters = {
  [Path in keyof Doc["paths"]]: {
    [Method in keyof Doc["paths"][Path]]: Doc["paths"][Path][Method] extends {
      readonly parameters: readonly (infer Parameter)[];
    }
      ? Parameter
      : never;
  }[keyof Doc["paths"][Path]];
}[keyof Doc["paths"]];

type Parameters =
  | OperationParameters
  | Doc["components"]["parameters"][keyof Doc["components"]["parameters"]];

type ParameterInt64Names = Parameters extends infer Parameter
  ? Parameter extends { readonly name: infer Name; readonly schema: Int64Schema }
    ? Name
    : never
  : never;

/**
 * Names of the fields and parameters the OpenAPI document declares `format: int64`, read from the
 * generated document at compile time. No name is int64 in one place and int32 in another.
 */
export type Int64FieldName = SchemaInt64Names | ParameterInt64Names;

type Int64Value<Value> = Value extends number
  ? Int64
  : Value extends readonly (infer Item)[]
    ? Int64Value<Item>[]
    : Value;

/**
 * The generated types say `number` for int64. This widens exactly the int64 fields (found by name,
 * at any depth) to `number | bigint` and leaves everything else as generated.
 */
export type WithInt64<T> = T extends readonly (infer Item)[]
  ? WithInt64<Item>[]
  : T extends object
    ? { [Key in keyof T]: Key extends Int64FieldName ? Int64Value<T[Key]> : WithInt64<T[Key]> }
    : T;
