// A small typed in-process event bus: a domain announces what happened after it committed, and other
// areas react without the domain importing them (lib/contracts emits, lib/dsp delivers callbacks).
//
// Subscribers are kept on globalThis under the bus's name: Next.js bundles instrumentation.ts (where
// the process wires its subscribers) apart from the route handlers (where events are emitted), so
// module state would not be shared between them. Subscribing a name again replaces its handler,
// which keeps wiring idempotent across re-evaluation. Delivery is in-process and not durable: an
// event emitted while no subscriber is wired is gone.

export type EventHandler<Payload> = (payload: Payload) => Promise<void> | void;

export interface EventBus<Events extends Record<string, unknown>> {
  /** Subscribes `handler` to `type` as `subscriber` (replacing that subscriber's earlier handler); returns the unsubscribe. */
  subscribe<Type extends keyof Events & string>(type: Type, subscriber: string, handler: EventHandler<Events[Type]>): () => void;
  /**
   * Runs every handler of `type`, one after the other in subscription order, and waits for them. A
   * handler that throws is reported to `onError` and does not stop the others: the event already
   * happened, a reaction failing cannot undo it.
   */
  emit<Type extends keyof Events & string>(type: Type, payload: Events[Type]): Promise<void>;
  /** The names subscribed to `type`, in order. */
  subscribers(type: keyof Events & string): string[];
}

type Handlers = Map<string, Map<string, EventHandler<never>>>;

const holder = globalThis as typeof globalThis & { __dataloftEventBuses?: Map<string, Handlers> };

export function createEventBus<Events extends Record<string, unknown>>(options: {
  name: string;
  onError: (error: unknown, context: { type: string; subscriber: string }) => void;
}): EventBus<Events> {
  const buses = (holder.__dataloftEventBuses ??= new Map());
  let handlers = buses.get(options.name);
  if (!handlers) buses.set(options.name, (handlers = new Map()));
  const of = (type: string) => {
    let byName = handlers.get(type);
    if (!byName) handlers.set(type, (byName = new Map()));
    return byName;
  };
  return {
    subscribe(type, subscriber, handler) {
      const byName = of(type);
      byName.delete(subscriber);
      byName.set(subscriber, handler as EventHandler<never>);
      return () => {
        if (byName.get(subscriber) === handler) byName.delete(subscriber);
      };
    },
    async emit(type, payload) {
      for (const [subscriber, handler] of [...of(type)]) {
        try {
          await (handler as EventHandler<typeof payload>)(payload);
        } catch (error) {
          options.onError(error, { type, subscriber });
        }
      }
    },
    subscribers: (type) => [...of(type).keys()],
  };
}
