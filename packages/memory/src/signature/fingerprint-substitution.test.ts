import { describe, expect, it } from 'vitest';
import { compareFingerprints, fingerprintLog, lineSimilarity } from './fingerprint.ts';

/**
 * Near-misses that share a whole error record with the stored problem except what failed: the
 * same wrapper around another root cause, the same scheduler sentence with other reasons, the
 * same launcher error over another library failure. Lines are the software's own wording.
 */
describe('lineSimilarity: another cause in the same sentence', () => {
  it('tells apart the same webhook call ending in another cause', () => {
    const timeout =
      'level=info msg="Updating operation state. phase: Running -> Failed, message: \'one or more objects failed to apply, reason: Internal error occurred: failed calling webhook \\"<*>\\": failed to call webhook: Post \\"https://<*>/validate/fail?timeout=<*>s\\": context deadline exceeded\'" application=argocd/payments-api syncId=<*>';
    const refused =
      'level=info msg="Updating operation state. phase: Running -> Failed, message: \'one or more objects failed to apply, reason: Internal error occurred: failed calling webhook \\"<*>\\": failed to call webhook: Post \\"https://<*>/validate/fail?timeout=<*>s\\": dial tcp <*>:9443: connect: connection refused\'" application=argocd/payments-api syncId=<*>';
    expect(lineSimilarity(timeout, refused)).toBe(0);
  });

  it('tells apart scheduler messages that give other reasons', () => {
    const taint =
      "FailedScheduling pod/model-server-<*> <*>/<*> nodes are available: <*> node(s) had untolerated taint {nvidia.com/gpu: true}, <*> node(s) didn't match Pod's node affinity/selector. preemption: <*>/<*> nodes are available: <*> Preemption is not helpful for scheduling.";
    const antiAffinity =
      "FailedScheduling pod/model-server-<*> <*>/<*> nodes are available: <*> node(s) didn't match pod anti-affinity rules. preemption: <*>/<*> nodes are available: <*> Preemption is not helpful for scheduling.";
    const taintOnly =
      'FailedScheduling pod/model-server-<*> <*>/<*> nodes are available: <*> node(s) had untolerated taint {nvidia.com/gpu: true}. preemption: <*>/<*> nodes are available: <*> Preemption is not helpful for scheduling.';
    expect(lineSimilarity(taint, antiAffinity)).toBe(0);
    // One reason fewer is the same problem on a cluster of another shape.
    expect(lineSimilarity(taint, taintOnly)).toBeGreaterThan(0.6);
  });

  it('tells apart nginx upstream errors of the same request', () => {
    const line = (what: string) =>
      `<*>#<*>: *<*> upstream ${what} while reading response header from upstream, client: <*>, server: <*>, request: "GET /account/orders HTTP/<*>", upstream: "http://<*>:8080/account/orders", host: "<*>"`;
    expect(lineSimilarity(line('sent too big header'), line('prematurely closed connection'))).toBe(0);
  });

  it('keeps one name for another, and a line cut inside a word, as the same line', () => {
    const flag = (key: string) =>
      `flag_relay::store: write failed key=flags/${key} reason=database is locked`;
    expect(lineSimilarity(flag('search'), flag('checkout'))).toBeGreaterThan(0.6);
    const full =
      'upstream sent too big header while reading response header from upstream, client <*>, server shop.example.com';
    const cut = 'upstream sent too big header while reading response header from upstream, client <*>, ser';
    expect(lineSimilarity(full, cut)).toBeGreaterThan(0.6);
  });
});

describe('compareFingerprints: each side names an error the other never mentions', () => {
  const launch = (detail: string) =>
    fingerprintLog(
      [
        'GET /healthz 200 0.412 ms - 2',
        'Error: Failed to launch the browser process!',
        detail,
        '',
        '',
        'TROUBLESHOOTING: https://pptr.dev/troubleshooting',
        '',
        '    at Interface.onClose (/app/node_modules/@puppeteer/browsers/lib/cjs/launch.js:318:24)',
        '    at Interface.emit (node:events:519:35)',
        'POST /render/pdf 500 41.220 ms - 52',
      ].join('\n'),
    );
  const missingLibrary = launch(
    '/home/pptruser/.cache/puppeteer/chrome/linux-131.0.6778.85/chrome-linux64/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory',
  );

  it('keeps a sandbox refusal under the same launcher error below the threshold', () => {
    const sandbox = launch(
      '[41:41:1203/101512.532112:FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.',
    );
    expect(compareFingerprints(sandbox, missingLibrary).score).toBeLessThan(0.6);
  });

  it('still recalls the launcher error over the same missing library, or its first line alone', () => {
    const again = launch(
      '/home/pptruser/.cache/puppeteer/chrome/linux-131.0.6778.69/chrome-linux64/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory',
    );
    expect(compareFingerprints(again, missingLibrary).score).toBeGreaterThan(0.8);
    const firstLine = fingerprintLog('Error: Failed to launch the browser process!');
    expect(compareFingerprints(firstLine, missingLibrary).score).toBeGreaterThan(0.6);
  });

  it("does not take another component's error logged before or after the record for a swapped line", () => {
    const detail =
      '/home/pptruser/.cache/puppeteer/chrome/linux-131.0.6778.69/chrome-linux64/chrome: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory';
    const record = [
      'Error: Failed to launch the browser process!',
      detail,
      'TROUBLESHOOTING: https://pptr.dev/troubleshooting',
      '    at Interface.onClose (/app/node_modules/@puppeteer/browsers/lib/cjs/launch.js:318:24)',
    ];
    const stored = fingerprintLog(
      [...record, '2026-12-01T10:00:00.000Z ERROR [metrics-pusher] java.io.IOException: Broken pipe'].join(
        '\n',
      ),
    );
    const query = fingerprintLog(['Error: read ECONNRESET', ...record].join('\n'));
    expect(compareFingerprints(query, stored).score).toBeGreaterThan(0.6);
  });
});
