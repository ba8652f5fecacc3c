import { notFound } from "../engine/api-error.js";
import { datetimeMs } from "../engine/api-datetime.js";
import { SIGNED_URL_LIFETIME_SECONDS } from "../store/file-storage.js";
import type { Handler } from "./operation-context.js";

/**
 * Stores every part as a file labelled with its field's name, and answers 201 with them. Each
 * file's `url` is its download path on this mock (as the live API's private attachment URLs are,
 * without the host: the docs take the path from the URL).
 */
export const uploadFiles: Handler<"uploadFiles"> = (ctx) => {
  const type = ctx.query.type ?? "attachment";
  const stored = ctx.body.map((part) => ctx.store.files.add(type, part.label, part.contentType, part.bytes));
  return {
    status: 201,
    body: stored.map((file) => ({
      content_type: file.contentType,
      name: file.name,
      size: file.bytes.byteLength,
      url: `${ctx.origin}/api/${encodeURIComponent(file.fileType)}/download/${file.domainHash}/${encodeURIComponent(file.resourceName)}`,
    })),
  };
};

/** Answers 307 to the file's signed URL on this mock, valid for five minutes of the mock clock. */
export const downloadFile: Handler<"downloadFile"> = (ctx) => {
  const { file_type, domain_hash, resource_name } = ctx.path;
  const file = ctx.store.files.get(file_type, domain_hash, resource_name);
  if (!file) throw notFound("File", `${file_type}/${domain_hash}/${resource_name}`);
  const expiresAt = Math.floor(datetimeMs(ctx.now) / 1000) + SIGNED_URL_LIFETIME_SECONDS;
  return { status: 307, headers: { location: `${ctx.origin}${ctx.store.files.signedPath(file, expiresAt)}` } };
};
