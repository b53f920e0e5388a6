#!/usr/bin/env node
// Prints a free TCP port on 127.0.0.1 for a test server or database.
// The port is drawn below the kernel's ephemeral range (ip_local_port_range), so an outgoing connection can
// never be handed the same port, not even between a server's stop and its restart on that port (the outage
// and crash tests restart on the port they started on). It is checked free by binding it, with retries.
import { readFileSync } from 'node:fs';
import net from 'node:net';

function ephemeralLow() {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

const canBind = (port) => new Promise((resolve) => {
  const server = net.createServer();
  server.once('error', () => resolve(false));
  server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
});

export async function freePort() {
  const high = Math.min(ephemeralLow(), 65536);
  const low = Math.max(1024, high - 12000);
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await canBind(port)) return port;
  }
  throw new Error(`no free port in ${low}–${high - 1}`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.stdout.write(String(await freePort()));
}
