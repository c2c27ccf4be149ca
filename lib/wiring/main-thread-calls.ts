import "server-only";
import { Writer } from "n3";
import type { DidResolver, KeyCheck } from "@/lib/credentials/types";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";
import type { MainThreadHandlers } from "@/lib/compute/create-compute-pool";
import type { SerializedShapeExtension } from "@/lib/compute/check-tasks";
import { defaultShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";
import type { ShapeSetId } from "@/lib/validation/types";
import { loadStatusList } from "./load-status-list";

// What a check worker asks the main thread during a task: all of it reads this node's database (or,
// when the operator enabled it, the guarded network), which only the main thread may open.

const serialized = new Map<string, Promise<string>>();

function toNQuads(key: string, quads: Parameters<Writer["addQuads"]>[0]): Promise<string> {
  let pending = serialized.get(key);
  if (!pending) {
    pending = new Promise((resolve, reject) => {
      const writer = new Writer({ format: "N-Quads" });
      writer.addQuads(quads);
      writer.end((error, text) => (error ? reject(error) : resolve(text)));
    });
    serialized.set(key, pending);
  }
  return pending;
}

export function mainThreadCalls(options: { didResolver: DidResolver; checkKey: KeyCheck; fetch: GuardedFetch | undefined }): MainThreadHandlers {
  return {
    resolveDid: (did: string) => options.didResolver.resolve(did),
    checkKey: (keyCheck: Parameters<KeyCheck>[0]) => options.checkKey(keyCheck),
    loadStatusList: (url: string) => loadStatusList(url, options.fetch),
    shapeExtensions: async (setId: ShapeSetId): Promise<SerializedShapeExtension[]> => {
      const extensions = (await defaultShapesRegistry.extensionsFor?.(setId)) ?? [];
      return Promise.all(
        extensions.map(async (extension) => ({
          id: extension.id,
          contentHash: extension.contentHash,
          nquads: await toNQuads(`${extension.id}@${extension.contentHash}`, extension.quads),
        })),
      );
    },
  };
}
