import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

interface Socket {
  cork(): void;
  uncork(): void;
  writableCorked: number;
  destroyed: boolean;
}

type NodeChannelClass = {
  prototype: {
    write?: (buffer: unknown) => void;
    _conn?: Socket;
    _pending?: unknown[] | null;
    __writesCoalesced?: boolean;
  };
};

/**
 * neo4j-driver 6 cuts every Bolt message into 1,400-byte chunks and writes each one to the socket
 * as soon as it is full (`Chunker.flush`, TCP_NODELAY on). A traversal's RUN + PULL of 3 KB were
 * three separate writes, so three wake-ups of the database's network thread for one statement: on
 * a loaded machine each write may hand the CPU to another process (README "Queries at scale").
 * This corks the socket at the first write of a synchronous burst and uncorks it on the next tick,
 * so the chunks of one message leave in one `writev`; the bytes and their order are unchanged.
 * The API process installs it (src/api/app.ts). Fails loudly at start-up if a driver upgrade moves
 * the class (then see whether the driver still writes chunk by chunk).
 */
export function coalesceBoltWrites(): void {
  const libraryDir = dirname(require.resolve("neo4j-driver-bolt-connection"));
  const { default: NodeChannel } = require(join(libraryDir, "channel", "node", "node-channel.js")) as {
    default: NodeChannelClass;
  };
  const proto = NodeChannel?.prototype;
  if (proto?.__writesCoalesced) return;
  const write = proto?.write;
  if (typeof write !== "function") {
    throw new Error(
      "neo4j-driver-bolt-connection changed: NodeChannel.prototype.write is gone (see src/db/bolt-writes.ts)",
    );
  }
  proto.write = function (this: NodeChannelClass["prototype"], buffer: unknown) {
    const socket = this._conn;
    if (this._pending === null && socket && !socket.destroyed && !socket.writableCorked) {
      socket.cork();
      process.nextTick(() => socket.uncork());
    }
    return write.call(this, buffer);
  };
  proto.__writesCoalesced = true;
}
