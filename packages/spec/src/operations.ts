// `@gorgias-kit/spec/operations`: the operation table the client, the mock server and the MCP server share.
export { operations, operationsById } from "./generated/operations.gen.js";
export type { HttpMethod, OperationEntry, OperationId, SideEffect } from "./generated/operations.gen.js";
