import { join } from "node:path";
import { Project, ts, type Node, type Symbol as TsSymbol, type Type } from "ts-morph";

/** The file that declares `SiteData`: its one hand-written home. */
const DECLARING_FILE = join(import.meta.dirname, "site-data.ts");
const TYPE_NAME = "SiteData";

/**
 * `SiteData` spelled out as one self-contained interface, for the docs package to import instead
 * of declaring it again. Named types it uses are expanded in place, and literal unions are widened
 * to their primitive (`"GET" | "POST"` → `string`), because a JSON import types its values that way.
 */
export function siteDataDeclaration(): string {
  const project = new Project({ tsConfigFilePath: join(import.meta.dirname, "../../../tsconfig.json"), skipAddingFilesFromTsConfig: true });
  const file = project.addSourceFileAtPath(DECLARING_FILE);
  project.resolveSourceFileDependencies();
  const declaration = file.getInterfaceOrThrow(TYPE_NAME);
  const reader: Reader = { at: declaration, checker: project.getTypeChecker().compilerObject };
  return `${docComment(reader, declaration.getSymbolOrThrow(), "")}export interface ${TYPE_NAME} ${objectType(reader, declaration.getType(), "")}\n`;
}

/** Where the types are read: the node property types are resolved at, and the checker for JSDoc text. */
interface Reader {
  at: Node;
  checker: ts.TypeChecker;
}

function docComment(reader: Reader, symbol: TsSymbol, indent: string): string {
  const text = ts.displayPartsToString(symbol.compilerSymbol.getDocumentationComment(reader.checker)).trim();
  if (!text) return "";
  const lines = text.split("\n");
  return lines.length === 1 ? `${indent}/** ${text} */\n` : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

function objectType(reader: Reader, type: Type, indent: string): string {
  const inner = `${indent}  `;
  const members: string[] = [];
  const index = type.getStringIndexType();
  if (index) members.push(`${inner}[key: string]: ${typeText(reader, index, inner)};`);
  for (const property of type.getProperties()) {
    // An optional property's type includes `undefined`, which typeText leaves out: `?` says it.
    const mark = property.isOptional() ? "?" : "";
    members.push(`${docComment(reader, property, inner)}${inner}${property.getName()}${mark}: ${typeText(reader, property.getTypeAtLocation(reader.at), inner)};`);
  }
  return members.length ? `{\n${members.join("\n")}\n${indent}}` : "{}";
}

function typeText(reader: Reader, type: Type, indent: string): string {
  if (type.isBoolean() || type.isBooleanLiteral()) return "boolean";
  if (type.isUnion()) {
    const parts: string[] = [];
    for (const member of type.getUnionTypes()) {
      if (member.isUndefined()) continue;
      const text = typeText(reader, member, indent);
      if (!parts.includes(text)) parts.push(text);
    }
    // `string | null`, as people write it.
    return parts.sort((a, b) => Number(a === "null") - Number(b === "null")).join(" | ");
  }
  if (type.isLiteral()) return typeText(reader, type.getBaseTypeOfLiteralType(), indent);
  if (type.isArray()) {
    const element = type.getArrayElementTypeOrThrow();
    const text = typeText(reader, element, indent);
    return element.isUnion() && text.includes(" | ") ? `(${text})[]` : `${text}[]`;
  }
  if (type.isString() || type.isNumber() || type.isNull() || type.isUnknown() || type.isAny()) return type.getText();
  if (type.isObject() || type.isIntersection()) return objectType(reader, type, indent);
  throw new Error(`${TYPE_NAME}: cannot spell out the type ${type.getText()} for the docs package.`);
}
