import http from "node:http";

/*
 * The tests reach their servers over http://, so their requests go through Node's global agent,
 * which keeps idle connections for 5 s: exactly as long as Node's servers (Prism, the loopback
 * servers) keep them. A request that picks one up as the server closes it fails with ECONNRESET,
 * which on a busy machine happens often enough to fail a test. Each request opens a connection
 * of its own instead. Production requests go to https:// through twilio-node's own agent, which
 * this does not touch.
 */
http.globalAgent = new http.Agent({ keepAlive: false });
