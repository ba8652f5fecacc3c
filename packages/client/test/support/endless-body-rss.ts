/**
 * Run in a child process (`node --import tsx endless-body-rss.ts <baseUrl>`): reads an endless body
 * with the client's default options and prints the process's RSS before and at its peak, as JSON.
 * Its own process, so that the RSS is the client's alone, not the test runner's or the server's.
 */
import { createGorgiasClient } from "../../src/index.js";
import { API_KEY_AUTH } from "./test-server.js";

const baseUrl = process.argv[2]!;
const client = createGorgiasClient({ baseUrl, auth: API_KEY_AUTH });
// Warm up fetch and the client on a small answer, so the baseline holds their code and buffers.
await client.tickets.get({ id: 1 });
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 1);
const error = await client.tickets.list().then(
  () => null,
  (e: unknown) => e,
);
sample();
clearInterval(sampler);
process.stdout.write(
  `${JSON.stringify({ baselineRss, peakRss, errorName: error instanceof Error ? error.name : null, errorMessage: error instanceof Error ? error.message : null })}\n`,
);
