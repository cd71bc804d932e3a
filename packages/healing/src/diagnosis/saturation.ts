import type { DiagnosisCandidate } from './candidate.ts';
import { QUOTED_REQUEST } from './evidence/log-responses.ts';
import type { EvidenceView, LogLine } from './evidence-view.ts';
import { isDigitCode, isLetterCode } from './text-scan.ts';

/** The catalog entry for every worker busy and work queueing up (catalog/platform.ts). */
export const WORKER_POOL_SATURATED = 'worker-pool-saturated';

/**
 * How a request-serving pool says it is full, in its own words (PHP-FPM, Tomcat, Jetty, uWSGI): more
 * replicas add workers to it. Never a consumer's lag or backlog (consumers beyond a topic's
 * partitions sit idle, a hot key stays on one of them), nor a generic "all workers busy" anyone can
 * write.
 */
const REQUEST_POOL_FULL: readonly string[] = [
  'server reached pm.max_children setting',
  'server reached max_children setting',
  'server reached MaxRequestWorkers setting',
  'server reached MaxClients setting',
  '] seems busy (you may need to increase pm.',
  'are currently busy, waiting',
  'Maximum number of threads (',
  'Insufficient configured threads',
  '*** uWSGI listen queue of socket',
  'Exceeded concurrency limit.',
  'due to: Request queue full (configured max. size',
];

/** Where the pool's own words must start in a line: a request's path or user agent comes later. */
const OWN_WORDS_WITHIN = 160;

/** Words that say something is failing or slow, in a line of any level (a bare exception, a warning). */
const TROUBLE_WORDS: readonly string[] = [
  'error',
  'exception',
  'fail',
  'fatal',
  'panic',
  'timeout',
  'timed out',
  'deadline',
  'refused',
  'reset',
  'unavailable',
  'slow',
  'took ',
  'retry',
  'blocked',
  'waiting for',
];

function poolFullLine(text: string): boolean {
  if (QUOTED_REQUEST.test(text)) return false;
  return REQUEST_POOL_FULL.some((words) => {
    const at = text.indexOf(words);
    return at >= 0 && at < OWN_WORDS_WITHIN;
  });
}

const READINESS_PROBE_FAILED = 'readiness-probe-failed';

/** How access logs put a request's status after the request: CLF, PHP-FPM, uWSGI, ASP.NET, JSON and logfmt. */
const STATUS_MARKERS: readonly string[] = [
  '" ',
  '(HTTP/1.1 ',
  '(HTTP/1.0 ',
  '(HTTP/2.0 ',
  ' - ',
  'status=',
  'status":',
];
const METHODS: readonly string[] = [
  'GET ',
  'POST ',
  'PUT ',
  'PATCH ',
  'DELETE ',
  'HEAD ',
  'method=GET',
  'method=POST',
  '"method":"GET"',
  '"method":"POST"',
];
const MAX_REQUEST_LINE_CHARS = 1024;

/** Rails' own request log: `Completed 200 OK in 212ms`, after `Started GET "/..."`. */
const RAILS_COMPLETED = 'Completed ';

/** A line about a request: an access log's, or Rails' `Started` and `Completed`. */
function requestLine(text: string): boolean {
  const line = text.length > MAX_REQUEST_LINE_CHARS ? text.slice(0, MAX_REQUEST_LINE_CHARS) : text;
  return METHODS.some((m) => line.includes(m)) || line.includes(RAILS_COMPLETED);
}

/** A request the log says was answered with a 2xx or 3xx status. Token scans, bounded. */
function answeredRequest(text: string): boolean {
  const line = text.length > MAX_REQUEST_LINE_CHARS ? text.slice(0, MAX_REQUEST_LINE_CHARS) : text;
  // A quoted request line has its status right after it: a user agent or a query string a client
  // wrote (`?status=200`, `"x - 200"`, `"Completed 200"`) says nothing about how the server answered.
  const quoted = QUOTED_REQUEST.exec(line);
  if (quoted) return quoted.groups?.status?.[0] === '2' || quoted.groups?.status?.[0] === '3';
  const rails = line.indexOf(RAILS_COMPLETED);
  if (
    rails >= 0 &&
    successCode(line.slice(rails + RAILS_COMPLETED.length, rails + RAILS_COMPLETED.length + 4))
  ) {
    return true;
  }
  if (!METHODS.some((m) => line.includes(m))) return false;
  // Every status field a record holds must say so: one that a client's user agent adds
  // (`ua="curl status=200"`, its quotes gone once the record is read) does not outvote its own 503.
  let answered = false;
  for (const marker of STATUS_MARKERS) {
    if (marker !== 'status=' && marker !== 'status":' && answered) continue;
    for (let at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
      if (!ownKey(line, at, marker)) continue;
      const code = line.slice(at + marker.length, at + marker.length + 4);
      if (!isDigit(code, 0) || !isDigit(code, 1) || !isDigit(code, 2) || isDigit(code, 3)) continue;
      if (code[0] === '2' || code[0] === '3') answered = true;
      else if (marker === 'status=' || marker === 'status":') return false;
    }
  }
  return answered;
}

/** A logfmt `status=` or JSON `"status":` key of the record itself, not the tail of `?status=` or `http_status=`. */
function ownKey(line: string, at: number, marker: string): boolean {
  if (marker === 'status=')
    return (at === 0 || line[at - 1] === ' ' || line[at - 1] === '\t') && !quoted(line, at);
  if (marker === 'status":') return line[at - 1] === '"' && !quoted(line, at - 1);
  return true;
}

/** Whether `at` lies inside a quoted value (`ua="x status=200"`): an odd number of unescaped quotes before it. */
function quoted(line: string, at: number): boolean {
  let inside = false;
  for (let i = 0; i < at; i++) if (line[i] === '"' && line[i - 1] !== '\\') inside = !inside;
  return inside;
}

/** `200 `, `304)`: a 2xx or 3xx status and no fourth digit. */
function successCode(code: string): boolean {
  return (code[0] === '2' || code[0] === '3') && isDigit(code, 1) && isDigit(code, 2) && !isDigit(code, 3);
}

const isDigit = (text: string, i: number) => isDigitCode(text.charCodeAt(i));

/** Whether, in a log where the pool said it is full, a request was still answered after it first did. */
function servesThroughSaturation(view: EvidenceView): boolean {
  return [view.previous, view.current].some((lines) => {
    const first = lines.findIndex((l) => poolFullLine(l.text));
    return first >= 0 && lines.slice(first + 1).some((l) => answeredRequest(l.text));
  });
}

/**
 * A log that shows requests arriving and not one of them answered: every worker holds a request
 * that never finishes (a hung call, a lock), and more workers would hang alike. A log without
 * request lines says nothing either way.
 */
function noRequestAnswered(view: EvidenceView): boolean {
  const lines = [...view.previous, ...view.current];
  return lines.some((l) => requestLine(l.text)) && !lines.some((l) => answeredRequest(l.text));
}

/**
 * Statuses a saturated server answers with itself when it turns requests away (uvicorn's
 * `--limit-concurrency`, a rate limit): in an access line they are the saturation, not a cause.
 * A gateway's 502 or 504 is something else failing behind it.
 */
const REFUSED_BY_ITSELF = new Set(['503', '429']);

/**
 * A line that says something fails or is slow, other than the pool's own saturation line. A 503 or
 * 429 is the pool's own refusal only right after the line where it said so (uvicorn logs each
 * refusal that way); elsewhere the application answered it (a database down behind it).
 */
function troubleLine(line: LogLine, before: LogLine | undefined): boolean {
  if (poolFullLine(line.text)) return false;
  const request = QUOTED_REQUEST.exec(line.text);
  if (request && REFUSED_BY_ITSELF.has(request.groups?.status ?? '') && before && poolFullLine(before.text))
    return false;
  if (ownPoolBehindProxy(line.text)) return false;
  if (line.level && line.level !== 'info' && line.level !== 'debug' && line.level !== 'trace') return true;
  let lower = line.text.toLowerCase();
  for (const phrase of START_UP_WAITS) lower = lower.split(phrase).join(' ');
  return TROUBLE_WORDS.some((words) => containsWord(lower, words));
}

/** Where nginx names the upstream it waited for: the last field of its error line, written by nginx. */
const NGINX_UPSTREAM = 'upstream: "';
const LOOPBACK_UPSTREAMS: readonly string[] = ['127.0.0.1:', 'localhost:', '[::1]:', 'unix:'];

/**
 * nginx in the same pod timing out on the pool behind it (`upstream: "fastcgi://127.0.0.1:9000"`,
 * a unix socket): the saturation seen from the proxy, not another cause. Any other upstream is.
 */
function ownPoolBehindProxy(text: string): boolean {
  const at = text.lastIndexOf(NGINX_UPSTREAM);
  if (at < 0 || !text.includes('upstream timed out')) return false;
  const upstream = text.slice(at + NGINX_UPSTREAM.length, at + NGINX_UPSTREAM.length + 60);
  const scheme = upstream.indexOf('://');
  const host = scheme >= 0 ? upstream.slice(scheme + 3) : upstream;
  return LOOPBACK_UPSTREAMS.some((loopback) => host.startsWith(loopback));
}

/** What servers print while they start, not while something keeps them waiting (uvicorn, mongod). */
const START_UP_WAITS: readonly string[] = ['waiting for application startup', 'waiting for connections'];

const isWordChar = (c: number) => isDigitCode(c) || isLetterCode(c) || c === 95;

/**
 * `words` opening a word of `text` (`failed`, `timeouts`, `error:`), never inside a name joined by
 * underscores (`slow_requests=0`, `errors_total`, `read_timeout`): those are fields, not trouble.
 */
function containsWord(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let end = at;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (!text.slice(at, end).includes('_') && !countedZero(text, end)) return true;
  }
  return false;
}

/** A count of none right after the word (`slowlog entries: 0`, `errors=0`, `timeouts 0`): no trouble. */
function countedZero(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i - from < 12 && (text[i] === ' ' || isLetterCode(text.charCodeAt(i)))) i++;
  if (text[i] === ':' || text[i] === '=') i++;
  if (text[i] === ' ') i++;
  return text[i] === '0' && !isDigit(text, i + 1) && text[i + 1] !== '.' && text[i + 1] !== 'x';
}

/**
 * Every worker of a request-serving pool busy while nothing else in the evidence fails or is slow:
 * the load grew, and one more replica (within the policy's maximum and what the nodes and quota
 * hold, verified afterwards) is what an on-call engineer would do first; the escalation stays
 * behind it. When any other line warns, fails or reports a slow or retried call, or another entry
 * names a cause (a slow dependency, an upstream, a lock, a limit), more workers would only add load
 * to what is failing: the candidate is left as it is, escalation only.
 */
export function weighSaturation(
  candidate: DiagnosisCandidate,
  view: EvidenceView,
  candidates: readonly DiagnosisCandidate[],
): DiagnosisCandidate {
  if (candidate.patternId !== WORKER_POOL_SATURATED) return candidate;
  if (!candidate.evidence.some((e) => poolFullLine(e.text))) return candidate;
  const trouble = [view.previous, view.current].some((lines) =>
    lines.some((line, i) => troubleLine(line, lines[i - 1])),
  );
  // A failing probe counts too: workers stuck on something (a leak, a hung call) fail it as well.
  // A readiness probe that times out is what a full pool does to it, while requests still complete
  // after the pool first said so; when none does, the workers are stuck, not outnumbered.
  const readinessOnly = (c: DiagnosisCandidate) =>
    c.patternId === READINESS_PROBE_FAILED && servesThroughSaturation(view);
  const otherCause = candidates.some(
    (c) => c.patternId !== WORKER_POOL_SATURATED && !c.generic && !readinessOnly(c),
  );
  if (trouble || otherCause || noRequestAnswered(view)) return candidate;
  return {
    ...candidate,
    actions: [{ kind: 'scale-up', by: 1 }, ...candidate.actions],
    summary: `${candidate.summary} Nothing in the log fails or is slow: the load grew, so one more replica goes first.`,
  };
}
