import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createGorgiasClient, type EventStreamCheckpoint } from "@gorgias-kit/client";

const client = createGorgiasClient({
  baseUrl: process.env.GORGIAS_BASE_URL!,
  auth: { type: "apiKey", email: process.env.GORGIAS_EMAIL!, apiKey: process.env.GORGIAS_API_KEY! },
});

// Resume where the last run stopped: the checkpoint is stored after each handled event.
const checkpointFile = process.env.CHECKPOINT_FILE ?? "events-checkpoint.json";
const checkpoint = existsSync(checkpointFile) ? (JSON.parse(readFileSync(checkpointFile, "utf8")) as EventStreamCheckpoint) : undefined;

// This run stops after 2 s without a new event; a service would keep following.
const stop = new AbortController();
const idle = setTimeout(() => stop.abort(), 2000);

for await (const { event, checkpoint: next } of client.events.stream({
  checkpoint,
  since: process.env.SINCE, // first run only: where to start (default: new events only)
  types: ["ticket-created", "customer-created", "tag-created"],
  pollIntervalMs: 200,
  signal: stop.signal,
})) {
  console.log(`${event.type} ${event.object_type} ${event.object_id}`);
  writeFileSync(checkpointFile, JSON.stringify(next));
  idle.refresh();
}
