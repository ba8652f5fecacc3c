// `@gorgias-kit/spec/schemas`: the component schemas the mock server's, the MCP server's and the client's validators share.
export { components, componentsId } from "./generated/schemas.gen.js";
export type { JsonSchema } from "./generated/schemas.gen.js";
