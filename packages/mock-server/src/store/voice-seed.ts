import { formatDatetime } from "../engine/clock.js";
import type { VoiceCallRecord } from "./records.js";
import type { Store } from "./store.js";

/** Voice data starts after the rest of the seed, on a fixed clock, so the same seed gives the same bytes. */
const EPOCH = Date.UTC(2024, 1, 14, 21, 40, 0);
const MINUTE = 60_000;

/** Seeded calls; each has an incoming, a ringing, an answered-or-missed and a completion event. */
export const VOICE_CALL_COUNT = 12;

const at = (minutes: number) => formatDatetime(EPOCH + minutes * MINUTE);
const number = (n: number) => `+1415555${String(100 + n).padStart(4, "0")}`;

/**
 * Deterministic voice calls, their events and recordings, derived from the call's id alone (no
 * random draws, so the rest of the seed is unchanged). Call 1 is on ticket 1 and customer 1, as
 * the spec's examples show it; recordings 1 and 2 exist (the delete example takes 2).
 */
export function seedVoice(store: Store, counts: { tickets: number; customers: number; users: number }): void {
  for (let id = 1; id <= VOICE_CALL_COUNT; id++) {
    const inbound = id % 3 !== 0;
    const answered = id % 4 !== 0;
    const start = (id - 1) * 30;
    const duration = answered ? 60 + ((id * 37) % 240) : 0;
    const agent = 1 + (id % counts.users);
    const call: VoiceCallRecord = {
      id,
      integration_id: 7,
      external_id: `CA${String(id).padStart(32, "0")}`,
      provider: "twilio",
      status: answered ? "completed" : "missed",
      direction: inbound ? "inbound" : "outbound",
      ticket_id: 1 + ((id - 1) % counts.tickets),
      customer_id: 1 + ((id - 1) % counts.customers),
      phone_number_id: 1,
      phone_number_source: inbound ? number(id) : number(0),
      phone_number_destination: inbound ? number(0) : number(id),
      country_source: "US",
      country_destination: "US",
      duration,
      initiated_by_agent_id: inbound ? null : agent,
      last_answered_by_agent_id: answered ? agent : null,
      has_voicemail: !answered,
      has_call_recording: answered,
      termination_status: answered ? "answered" : "missed",
      created_datetime: at(start),
      started_datetime: at(start),
      updated_datetime: formatDatetime(EPOCH + start * MINUTE + (duration + 6) * 1000),
    };
    store.voiceCalls.insert(call);
    const steps = [inbound ? "incoming-phone-call" : "outgoing-phone-call", "phone-call-ringing", answered ? "phone-call-answered" : "missed-phone-call", answered ? "completed-phone-call" : "voicemail-recording"];
    steps.forEach((type, step) => {
      store.voiceCallEvents.insert({
        id: (id - 1) * steps.length + step + 1,
        type,
        call_id: id,
        account_id: 1,
        user_id: step >= 2 && answered ? agent : null,
        customer_id: call.customer_id ?? null,
        meta: null,
        created_datetime: at(start + step),
      });
    });
    store.voiceCallRecordings.insert({
      id,
      call_id: id,
      external_id: `RE${String(id).padStart(32, "0")}`,
      url: `https://media.acme.invalid/recordings/RE${String(id).padStart(32, "0")}.mp3`,
      duration: answered ? duration : 20,
      type: answered ? "call-recording" : "voicemail",
      error_code: null,
      transcription_status: answered ? "completed" : null,
      created_datetime: at(start + 5),
      deleted_datetime: null,
      deleted_by_user_id: null,
    });
  }
}
