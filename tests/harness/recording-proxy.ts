/**
 * An HTTP proxy on 127.0.0.1 that records every request the browser sends
 * through it and answers fixture pages itself: pointed at by Chromium's
 * proxy setting (loopback included), it sees all traffic from the pages,
 * content scripts, the popup and the extension's service worker alike.
 * HTTPS tunnels are recorded and refused; nothing leaves the machine.
 */
import { createServer, type Server } from "node:http";
import type { FixtureServer } from "./server";

export interface RecordingProxy {
  /** "http://127.0.0.1:PORT", for the browser's proxy setting. */
  server: string;
  /** Every URL requested through the proxy, in order (CONNECT as "https://host:port"). */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(fixtures: FixtureServer): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? "";
    requests.push(url);
    // Only the fixture server is reachable; everything else gets a plain refusal.
    if (!url.startsWith(fixtures.origin)) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end("blocked by the test proxy");
      return;
    }
    const upstream = await fetch(url, { method: req.method });
    res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  server.on("connect", (req, socket) => {
    requests.push(`https://${req.url}`);
    // The browser may reset a refused tunnel before the refusal is written: that is no failure of the test.
    socket.on("error", () => {});
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  // Likewise a request the browser abandons half-way (a page closed while loading).
  server.on("clientError", (_err, socket) => socket.destroy());
  server.on("connection", (socket) => socket.on("error", () => {}));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as { port: number };
  return {
    server: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
