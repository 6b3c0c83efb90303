// Compares docker-compose.yml with ./sto's configuration (`./sto config` on stdin):
// the same components, the same published ports, the same environment for every app (with 127.0.0.1 written
// as the compose service's name inside the Docker network), the same databases, and Dockerfiles that expose
// the app's port and use ./sto's JVM flags. Prints every difference and exits 1 if there is one.
//   ./sto config | node compare.mjs <project root>
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = process.argv[2];
const problems = [];
const problem = (text) => problems.push(text);
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const show = (set) => [...set].sort().join(', ') || '(none)';

// ./sto config: "databases a,b", "app-jvm APP FLAGS", "port COMPONENT PORT", "env APP KEY=VALUE"
const sto = { databases: new Set(), appJvm: new Map(), ports: new Map(), env: new Map() };
for (const line of readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const [kind, ...rest] = line.split(' ');
  if (kind === 'databases') {
    rest[0].split(',').forEach((db) => sto.databases.add(db));
  } else if (kind === 'app-jvm') {
    const [app, ...flags] = rest;
    sto.appJvm.set(app, flags.join(' '));
  } else if (kind === 'port') {
    const [component, port] = rest;
    if (!sto.ports.has(component)) sto.ports.set(component, new Set());
    sto.ports.get(component).add(port);
  } else if (kind === 'env') {
    const [app, ...assignment] = rest;
    const text = assignment.join(' ');
    const eq = text.indexOf('=');
    if (!sto.env.has(app)) sto.env.set(app, new Map());
    sto.env.get(app).set(text.slice(0, eq), text.slice(eq + 1));
  } else {
    problem(`unexpected line from ./sto config: ${line}`);
  }
}

const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
const services = compose.services ?? {};
const names = new Set(Object.keys(services));

if (!sameSet(names, new Set(sto.ports.keys()))) {
  problem(`services: compose has ${show(names)}; ./sto has ${show(new Set(sto.ports.keys()))}`);
}

// A published port: "IP:HOST:CONTAINER" or "HOST:CONTAINER" (short syntax), or { host_ip, published } (long syntax).
function publishedPort(entry) {
  if (typeof entry === 'object') return { ip: entry.host_ip, host: String(entry.published) };
  const parts = String(entry).split(':');
  return parts.length === 3 ? { ip: parts[0], host: parts[1] } : { ip: undefined, host: parts[0] };
}

function publishedPorts(name, service) {
  const ports = new Set();
  for (const entry of service.ports ?? []) {
    const { ip, host } = publishedPort(entry);
    if (ip !== '127.0.0.1') problem(`${name}: port ${host} is published on ${ip ?? 'all interfaces'}, not 127.0.0.1 as ./sto binds it`);
    ports.add(host);
  }
  return ports;
}

// Where ./sto uses 127.0.0.1, a container uses the service name of what it reaches (in a *_HOST variable, in
// "name:port" and in "scheme://name:port"), and listens on 0.0.0.0 (its ports are published on 127.0.0.1 only).
const hostPort = new RegExp(`(^|//)(${[...names].join('|')})(?=:)`);
const asSto = (key, value) => (key.endsWith('_HOST') && (names.has(value) || value === '0.0.0.0')
  ? '127.0.0.1'
  : value.replace(hostPort, '$1127.0.0.1'));

function environment(service) {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return new Map(Object.entries(env).map(([k, v]) => [k, String(v)]));
  return new Map(env.map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]));
}

for (const [name, stoPorts] of sto.ports) {
  const service = services[name];
  if (!service) continue;
  const ports = publishedPorts(name, service);
  if (!sameSet(ports, stoPorts)) problem(`${name}: compose publishes ports ${show(ports)}; ./sto uses ${show(stoPorts)}`);
}

for (const [app, stoEnv] of sto.env) {
  const service = services[app];
  if (!service) continue;
  const env = environment(service);
  for (const [key, value] of stoEnv) {
    if (!env.has(key)) problem(`${app}: ${key} is set by ./sto (${value}) but not in docker-compose.yml`);
    else if (asSto(key, env.get(key)) !== value) problem(`${app}: ${key} is ${env.get(key)} in docker-compose.yml; ./sto sets ${value}`);
  }
  for (const key of env.keys()) {
    if (!stoEnv.has(key)) problem(`${app}: ${key} is set in docker-compose.yml but not by ./sto`);
  }

  const dockerfile = join(app, 'src/main/docker/Dockerfile.jvm');
  const build = service.build ?? {};
  if (build.context !== `./${app}` || build.dockerfile !== 'src/main/docker/Dockerfile.jvm') {
    problem(`${app}: build should be context ./${app}, dockerfile src/main/docker/Dockerfile.jvm`);
  }
  if (!existsSync(join(root, dockerfile))) {
    problem(`${app}: ${dockerfile} is missing`);
    continue;
  }
  const text = readFileSync(join(root, dockerfile), 'utf8');
  const expose = text.match(/^EXPOSE\s+(\d+)/m)?.[1];
  const jvm = text.match(/^ENV JAVA_OPTS="([^"]*)"/m)?.[1];
  if (expose !== stoEnv.get('QUARKUS_HTTP_PORT')) problem(`${dockerfile}: EXPOSE ${expose}; ./sto runs it on ${stoEnv.get('QUARKUS_HTTP_PORT')}`);
  if (jvm !== sto.appJvm.get(app)) problem(`${dockerfile}: JAVA_OPTS "${jvm}"; ./sto uses "${sto.appJvm.get(app)}"`);
}

const appDatabases = new Set([...sto.env.values()].map((env) => env.get('STO_DB_NAME')).filter(Boolean));
const initSql = readFileSync(join(root, 'deploy/compose/init-databases.sql'), 'utf8');
const created = new Set([...initSql.matchAll(/^CREATE DATABASE (\w+);/gm)].map((m) => m[1]));
if (!sameSet(created, sto.databases)) problem(`databases: deploy/compose/init-databases.sql creates ${show(created)}; ./sto creates ${show(sto.databases)}`);
if (!sameSet(appDatabases, sto.databases)) problem(`databases: the apps use ${show(appDatabases)}; ./sto creates ${show(sto.databases)}`);

if (problems.length) {
  console.error(`docker-compose.yml differs from ./sto:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`docker-compose.yml matches ./sto: ${names.size} services, their ports, the apps' environment, databases and Dockerfiles.`);
