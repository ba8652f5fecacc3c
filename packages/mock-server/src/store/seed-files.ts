import type { Store } from "./store.js";

/** The bytes of the seeded invoice: a tiny PDF, so a download returns a real file. */
const INVOICE_PDF = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";

/**
 * The uploaded file the spec's download example names (`attachment/acme0a1b2c3d/invoice-1.pdf`):
 * the first file stored after a reset, so its resource name is always the same.
 */
export function seedFiles(store: Store): void {
  store.files.clear();
  store.files.add("attachment", "invoice.pdf", "application/pdf", new TextEncoder().encode(INVOICE_PDF));
}
