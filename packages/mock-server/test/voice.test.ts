import { createGorgiasClient, NotFoundError } from "@gorgias-kit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../src/index.js";
import { VOICE_CALL_COUNT } from "../src/store/voice-seed.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock.stop());

const client = () => createGorgiasClient({ baseUrl: mock.url, auth: { type: "apiKey", email: "admin@example.com", apiKey: "mock-api-key" }, rateLimit: false });

describe("voice calls, events and recordings through the client", () => {
  it("pages every seeded call, newest first, and filters by ticket", async () => {
    const calls = await client().voiceCalls.list({ limit: 5 }).toArray();
    expect(calls).toHaveLength(VOICE_CALL_COUNT);
    const times = calls.map((c) => Date.parse(c.created_datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const onTicket1 = await client().voiceCalls.list({ ticket_id: 1 }).toArray();
    expect(onTicket1.length).toBeGreaterThan(0);
    expect(onTicket1.every((c) => c.ticket_id === 1)).toBe(true);
  });

  it("lists the events and recordings of one call as bare arrays", async () => {
    const events = await client().voiceCallEvents.list({ call_id: 1 });
    expect(events.map((e) => e.call_id)).toEqual([1, 1, 1, 1]);
    const recordings = await client().voiceCallRecordings.list({ call_id: 1 });
    expect(recordings).toEqual([expect.objectContaining({ id: 1, call_id: 1, deleted_datetime: null })]);
    expect(await client().voiceCallEvents.list({ limit: 3 })).toHaveLength(3);
  });

  it("deletes a recording: it is gone from reads and lists, and a second delete answers 404", async () => {
    const api = client();
    expect(await api.voiceCallRecordings.get({ id: 3 })).toMatchObject({ id: 3 });
    await api.voiceCallRecordings.delete({ id: 3 });
    await expect(api.voiceCallRecordings.get({ id: 3 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await api.voiceCallRecordings.list({ call_id: 3 }))).toEqual([]);
    await expect(api.voiceCallRecordings.delete({ id: 3 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await api.voiceCalls.get({ id: 3 })).toMatchObject({ id: 3 });
  });
});
