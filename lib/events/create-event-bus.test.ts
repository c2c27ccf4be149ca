import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEventBus } from "./create-event-bus";

type Events = { "thing.happened": { id: string } };

function bus() {
  const errors: { error: unknown; type: string; subscriber: string }[] = [];
  const name = `test-${randomUUID()}`;
  return { name, errors, events: createEventBus<Events>({ name, onError: (error, context) => errors.push({ error, ...context }) }) };
}

describe("createEventBus", () => {
  it("runs every subscriber in order and waits for them before emit returns", async () => {
    const { events } = bus();
    const seen: string[] = [];
    events.subscribe("thing.happened", "first", async ({ id }) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(`first:${id}`);
    });
    events.subscribe("thing.happened", "second", ({ id }) => void seen.push(`second:${id}`));
    await events.emit("thing.happened", { id: "a" });
    expect(seen).toEqual(["first:a", "second:a"]);
  });

  it("reports a failing subscriber and still runs the others", async () => {
    const { events, errors } = bus();
    const seen: string[] = [];
    const failure = new Error("connector down");
    events.subscribe("thing.happened", "failing", () => {
      throw failure;
    });
    events.subscribe("thing.happened", "after", ({ id }) => void seen.push(id));
    await expect(events.emit("thing.happened", { id: "b" })).resolves.toBeUndefined();
    expect(errors).toEqual([{ error: failure, type: "thing.happened", subscriber: "failing" }]);
    expect(seen).toEqual(["b"]);
  });

  it("subscribing a name again replaces its handler, and unsubscribe removes it", async () => {
    const { events } = bus();
    const seen: string[] = [];
    events.subscribe("thing.happened", "one", () => void seen.push("old"));
    const unsubscribe = events.subscribe("thing.happened", "one", () => void seen.push("new"));
    await events.emit("thing.happened", { id: "c" });
    expect(seen).toEqual(["new"]);
    unsubscribe();
    await events.emit("thing.happened", { id: "d" });
    expect(seen).toEqual(["new"]);
    expect(events.subscribers("thing.happened")).toEqual([]);
  });

  it("two instances of one named bus share subscribers (instrumentation and routes are bundled apart)", async () => {
    const { name, events } = bus();
    const seen: string[] = [];
    events.subscribe("thing.happened", "wired-at-start", ({ id }) => void seen.push(id));
    const elsewhere = createEventBus<Events>({ name, onError: () => {} });
    await elsewhere.emit("thing.happened", { id: "e" });
    expect(seen).toEqual(["e"]);
  });
});
