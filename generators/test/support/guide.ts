/** One row of the guide's method table. */
export interface GuideMethodRow {
  area: string;
  method: string;
  path: string;
  summary: string;
  access: string;
  /** `null` where the guide says the permission depends on the request ("—"). */
  scope: string | null;
  /** `null` where the guide says "None". */
  webhook: string | null;
}

/** One row of the guide's event table. */
export interface GuideEventRow {
  event: string;
  signal: string;
  triggeredBy: string;
}

/** An operation the guide's prose names and its method table lacks. */
export interface GuideProseOperation {
  area: string;
  method: string;
  path: string;
  /** What the prose says, in the project's words. */
  prose: string;
}

/** Parses the guide text's two tables: the guide is the contract, and these rows are its clauses. */
export function parseGuide(text: string): { methods: GuideMethodRow[]; events: GuideEventRow[] } {
  const lines = text.split("\n");
  const methods: GuideMethodRow[] = [];
  const events: GuideEventRow[] = [];
  let area = "";
  for (const [index, line] of lines.entries()) {
    const heading = /^(.+?)(?:List|Search across).*\d \| \|{6}$/.exec(line);
    if (heading) {
      area = heading[1]!;
      continue;
    }
    const row = /^\| (GET|POST|PUT|DELETE|PATCH) \| (\S+) \| (.+?) \| (read|write) \| (\S+) \| Current \| \|$/.exec(line);
    if (row) {
      const detail = lines[index + 1] ?? "";
      const webhook = /Webhook event\s*(None|[a-z-]+)/.exec(detail)?.[1];
      if (!webhook) throw new Error(`Guide line ${index + 2}: no "Webhook event" in the row detail.`);
      methods.push({
        area,
        method: row[1]!,
        path: row[2]!,
        summary: row[3]!,
        access: row[4]!,
        scope: row[5] === "—" ? null : row[5]!,
        webhook: webhook === "None" ? null : webhook,
      });
      continue;
    }
    const event = /^([a-z]+(?:-[a-z]+)+) \| (.+?) \| (\/api\/\S+) \|$/.exec(line);
    if (event) events.push({ event: event[1]!, signal: event[2]!, triggeredBy: event[3]! });
  }
  return { methods, events };
}
