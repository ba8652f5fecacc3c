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
  checker = project.getTypeChecker().compilerObject;
  const declaration = file.getInterfaceOrThrow(TYPE_NAME);
  return `${docComment(declaration.getSymbolOrThrow(), "")}export interface ${TYPE_NAME} ${objectType(declaration.getType(), declaration, "")}\n`;
}

/** The checker of the project being read (set by `siteDataDeclaration`), for JSDoc text. */
let checker: ts.TypeChecker;

function docComment(symbol: TsSymbol, indent: string): string {
  const text = ts.displayPartsToString(symbol.compilerSymbol.getDocumentationComment(checker)).trim();
  if (!text) return "";
  const lines = text.split("\n");
  return lines.length === 1 ? `${indent}/** ${text} */\n` : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

function objectType(type: Type, at: Node, indent: string): string {
  const inner = `${indent}  `;
  const members: string[] = [];
  const index = type.getStringIndexType();
  if (index) members.push(`${inner}[key: string]: ${typeText(index, at, inner)};`);
  for (const property of type.getProperties()) {
    const optional = property.isOptional();
    let propertyType = property.getTypeAtLocation(at);
    if (optional && propertyType.isUnion()) propertyType = withoutUndefined(propertyType);
    members.push(`${docComment(property, inner)}${inner}${property.getName()}${optional ? "?" : ""}: ${typeText(propertyType, at, inner)};`);
  }
  return members.length ? `{\n${members.join("\n")}\n${indent}}` : "{}";
}

function withoutUndefined(type: Type): Type {
  const kept = type.getUnionTypes().filter((t) => !t.isUndefined());
  return kept.length === 1 ? kept[0]! : type;
}

function typeText(type: Type, at: Node, indent: string): string {
  if (type.isBoolean() || type.isBooleanLiteral()) return "boolean";
  if (type.isUnion()) {
    const parts: string[] = [];
    for (const member of type.getUnionTypes()) {
      if (member.isUndefined()) continue;
      const text = typeText(member, at, indent);
      if (!parts.includes(text)) parts.push(text);
    }
    // `string | null`, as people write it.
    return parts.sort((a, b) => Number(a === "null") - Number(b === "null")).join(" | ");
  }
  if (type.isLiteral()) return typeText(type.getBaseTypeOfLiteralType(), at, indent);
  if (type.isArray()) {
    const element = type.getArrayElementTypeOrThrow();
    const text = typeText(element, at, indent);
    return element.isUnion() && text.includes(" | ") ? `(${text})[]` : `${text}[]`;
  }
  if (type.isString() || type.isNumber() || type.isNull() || type.isUnknown() || type.isAny()) return type.getText();
  if (type.isObject() || type.isIntersection()) return objectType(type, at, indent);
  throw new Error(`${TYPE_NAME}: cannot spell out the type ${type.getText()} for the docs package.`);
}
