// Peer check: noVNC, a VNC client nobody here wrote, in Debian's headless
// Chromium, connects to the simulator's console and shows the login prompt.
// That is our evidence that the simulator speaks what Hetzner's console
// (QEMU's VNC behind a WebSocket, the one noVNC drives) speaks.
//
// Usage: node check.mjs [path/to/hcloud-sim]   (or HCLOUD_SIM_BIN)
// Exit codes: 0 pass, 1 fail, 77 skipped (no node_modules or no Chromium).

import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const novncRoot = join(here, 'node_modules', '@novnc', 'novnc');
const chromiumPath = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const simBin = process.argv[2] || process.env.HCLOUD_SIM_BIN;
const SKIP = 77;

function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(SKIP);
}
if (!existsSync(novncRoot) || !existsSync(join(here, 'node_modules', 'playwright-core')))
  skip('node_modules missing: run npm ci in tests/console/novnc');
if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath}`);
if (!simBin || !existsSync(simBin)) skip('hcloud-sim not given (argument or HCLOUD_SIM_BIN)');

const { chromium } = await import('playwright-core');

const token = 'N'.repeat(64);
const cleanups = [];
async function finish(code, message) {
  console.log(message);
  for (const c of cleanups.reverse()) {
    try { await c(); } catch { /* best effort */ }
  }
  process.exit(code);
}
const timer = setTimeout(() => finish(1, 'FAIL: timed out'), 90000);
cleanups.push(() => clearTimeout(timer));

// The simulator as its own process, as Hetzner's side would be.
const sim = spawn(simBin, ['--token', token, '--servers', '3', '--action-ms', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, QT_LOGGING_RULES: '' },
});
cleanups.push(() => sim.kill());
const endpoint = await new Promise((resolve, reject) => {
  let out = '';
  sim.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/listening on (\S+)/);
    if (m) resolve(m[1]);
  });
  sim.on('exit', (code) => reject(new Error(`hcloud-sim exited with ${code}`)));
});

async function api(method, path) {
  const r = await fetch(endpoint + path, { method, headers: { Authorization: `Bearer ${token}` } });
  return { status: r.status, json: await r.json() };
}
const servers = (await api('GET', '/servers')).json.servers;
const server = servers.find((s) => s.status === 'running');
if (!server) await finish(1, 'FAIL: no running server in the simulator');
const access = await api('POST', `/servers/${server.id}/actions/request_console`);
if (access.status !== 201) await finish(1, `FAIL: request_console answered ${access.status}`);

// noVNC's ES modules and one page, from loopback.
const page = `<!doctype html><meta charset="utf-8"><div id="screen"></div>
<script type="module">
import RFB from '/novnc/core/rfb.js';
window.startConsole = (url, password) => new Promise((resolve) => {
  const rfb = new RFB(document.getElementById('screen'), url,
                      { credentials: { password }, wsProtocols: ['binary'] });
  window.rfb = rfb;
  rfb.addEventListener('connect', () => resolve('connected'));
  rfb.addEventListener('securityfailure', (e) => resolve('securityfailure: ' + e.detail.reason));
  rfb.addEventListener('disconnect', () => resolve('disconnected'));
});
// Pixels of one rectangle of noVNC's canvas, as [r, g, b] triples.
window.pixels = (x, y, w, h) => {
  const canvas = document.querySelector('#screen canvas');
  const data = canvas.getContext('2d').getImageData(x, y, w, h).data;
  const out = [];
  for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2]]);
  return out;
};
// How many pixels of the rectangle have the console's foreground colour.
window.litCount = (x, y, w, h) =>
  window.pixels(x, y, w, h).filter(([r, g, b]) => r === 192 && g === 192 && b === 192).length;
</script>`;
const types = { '.js': 'text/javascript', '.html': 'text/html' };
const http = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end(page);
    return;
  }
  const file = normalize(join(novncRoot, path.replace(/^\/novnc\//, '')));
  if (!path.startsWith('/novnc/') || !file.startsWith(novncRoot) || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
cleanups.push(() => new Promise((resolve) => http.close(resolve)));

const profile = mkdtempSync(join(tmpdir(), 'novnc-check-'));
cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
cleanups.push(() => context.close());
const tab = context.pages()[0] || (await context.newPage());
tab.on('pageerror', (e) => console.log('page error:', e.message));
await tab.goto(`http://127.0.0.1:${http.address().port}/`);
await tab.waitForFunction(() => typeof window.startConsole === 'function');
const state = await tab.evaluate(([u, p]) => window.startConsole(u, p), [access.json.wss_url, access.json.password]);
if (state !== 'connected') await finish(1, `FAIL: noVNC ended with ${state}`);

// The simulator's layout: 12 x 20 pixel cells; the boot log puts the
// prompt on text row 8, and row 5 is empty.
const cell = { w: 12, h: 20 };
const prompt = `${server.name} login: `;
const dark = (px) => px.every(([r, g, b]) => r === 0 && g === 0 && b === 0);
const rect = (row, fromCol, cols) => [fromCol * cell.w, row * cell.h, cols * cell.w, cell.h];
// Waits (Playwright polls the page) until the rectangle has enough lit pixels.
async function waitForLit(area, atLeast, what) {
  try {
    await tab.waitForFunction(([x, y, w, h, n]) => window.litCount(x, y, w, h) >= n, [...area, atLeast],
                              { timeout: 15000 });
  } catch {
    await finish(1, `FAIL: ${what}`);
  }
}
await waitForLit(rect(8, 0, prompt.length - 1), 20 * (prompt.length - 1),
                 'the login prompt never appeared on noVNC\'s canvas');
const empty = await tab.evaluate((area) => window.pixels(...area), rect(5, 0, 40));
if (!dark(empty)) await finish(1, 'FAIL: the empty boot-log row is not empty');

// A key through noVNC comes back echoed after the prompt.
await tab.evaluate(() => window.rfb.sendKey(0x78, 'KeyX'));  // 'x'
await waitForLit(rect(8, prompt.length, 1), 10, 'the typed key was not echoed');

await finish(0, `PASS: noVNC ${JSON.parse(readFileSync(join(novncRoot, 'package.json'))).version} connected to ` +
                `the simulated console of "${server.name}", showed its login prompt and echoed a key`);
