// Next.js calls register() once when a server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("@/lib/jobs/start-scheduler");
  startScheduler();
  // Shapes an operator uploaded and activated take part in every validation of this process.
  const { installOperatorShapes } = await import("@/lib/schemas/operator-shapes");
  installOperatorShapes();
  // Contract moves reach consumer connectors through this subscription (lib/contracts only emits events).
  const { subscribeDspCallbacks } = await import("@/lib/dsp/subscribe-dsp-callbacks");
  subscribeDspCallbacks();
}
