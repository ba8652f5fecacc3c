import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** An uploaded file, kept with its bytes. */
export interface StoredFile {
  /** What it was uploaded as (`attachment`, `public_attachment`, …): the first segment of its download path. */
  readonly fileType: string;
  readonly domainHash: string;
  /** Its name in storage, unique in the account: the label, made safe for a path, with a number. */
  readonly resourceName: string;
  /** The label it was uploaded under. */
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** How long a signed download URL stays valid, on the mock clock. */
export const SIGNED_URL_LIFETIME_SECONDS = 300;

/** The path prefix the mock serves signed file URLs on (outside `/api`, needing no credentials). */
export const SIGNED_FILE_PATH = "/__files/";

/** The account's storage identifier in download paths (live: a hash of the account's domain). */
export const MOCK_DOMAIN_HASH = "acme0a1b2c3d";

/**
 * The account's uploaded files, by download path, and the signing of their time-limited URLs.
 * Files are not records: state snapshots leave them out, and a reset empties the storage.
 */
export class FileStorage {
  private readonly files = new Map<string, StoredFile>();
  private readonly secret = randomBytes(32);
  private sequence = 1;

  /** Stores a file under a new resource name made from its label, and returns it. */
  add(fileType: string, name: string, contentType: string, bytes: Uint8Array): StoredFile {
    const safe = name.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[.-]+/, "") || "file";
    const dot = safe.lastIndexOf(".");
    const resourceName = dot > 0 ? `${safe.slice(0, dot)}-${this.sequence}${safe.slice(dot)}` : `${safe}-${this.sequence}`;
    this.sequence += 1;
    const file: StoredFile = { fileType, domainHash: MOCK_DOMAIN_HASH, resourceName, name, contentType, bytes };
    this.files.set(keyOf(fileType, file.domainHash, resourceName), file);
    return file;
  }

  get(fileType: string, domainHash: string, resourceName: string): StoredFile | undefined {
    return this.files.get(keyOf(fileType, domainHash, resourceName));
  }

  clear(): void {
    this.files.clear();
    this.sequence = 1;
  }

  /** The path and query of a file's signed URL, valid until `expiresAt` (seconds since the epoch on the mock clock). */
  signedPath(file: StoredFile, expiresAt: number): string {
    const path = `${SIGNED_FILE_PATH}${[file.fileType, file.domainHash, file.resourceName].map(encodeURIComponent).join("/")}`;
    return `${path}?expires=${expiresAt}&signature=${this.signature(path, expiresAt)}`;
  }

  /** Whether a signature is the one this storage issued for the path and expiry (compared in constant time). */
  verify(path: string, expiresAt: number, signature: string): boolean {
    const expected = Buffer.from(this.signature(path, expiresAt));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private signature(path: string, expiresAt: number): string {
    return createHmac("sha256", this.secret).update(`${path}\n${expiresAt}`).digest("hex");
  }
}

function keyOf(fileType: string, domainHash: string, resourceName: string): string {
  return `${fileType}/${domainHash}/${resourceName}`;
}
