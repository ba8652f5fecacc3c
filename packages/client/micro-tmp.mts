import { createGorgiasClient } from "./src/index.ts";
const text = JSON.stringify({ id: 1, subject: "Where is my order?", status: "open" });
const headers = { "content-type": "application/json", "X-Gorgias-Account-Api-Call-Limit": "1/40" };
const fakeFetch = (async (_url: any, _init: any) => new Response(text, { status: 200, headers })) as typeof fetch;
const client = createGorgiasClient({ baseUrl: "http://127.0.0.1:1", auth: { type: "apiKey", email: "a@b.c", apiKey: "k123456" }, fetch: fakeFetch, rateLimit: { requests: 1e9, windowMs: 1000 } });
const base = async () => (await fakeFetch("x", {})).json();
const viaClient = () => client.tickets.get(1);
const time = async (fn: () => Promise<unknown>, n: number) => { const s = performance.now(); for (let i = 0; i < n; i++) await fn(); return (performance.now() - s) / n * 1000; };
for (let i = 0; i < 3; i++) { await time(base, 5000); await time(viaClient, 5000); }
const r = { base: [] as number[], client: [] as number[] };
for (let i = 0; i < 15; i++) { r.base.push(await time(base, 3000)); r.client.push(await time(viaClient, 3000)); }
for (const [k, v] of Object.entries(r)) console.log(k, v.sort((a, b) => a - b)[7]!.toFixed(1));
