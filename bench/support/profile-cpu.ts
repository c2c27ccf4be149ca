import { Session } from "node:inspector/promises";
import type { CpuProfile } from "./summarise-cpu-profile";

/** CPU profile of `run` from within the process (the inspector's sampling Profiler, 100 µs samples). */
export async function profileCpu(run: () => Promise<void>): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
    await run();
    const { profile } = await session.post("Profiler.stop");
    return profile as unknown as CpuProfile;
  } finally {
    session.disconnect();
  }
}
