import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatLabelSelector,
  fromLabelSelectorSpec,
  matchesLabels,
  parseLabelSelector,
  SelectorParseError,
} from './label-selector.ts';

const labels = { app: 'web', tier: 'front', 'app.kubernetes.io/version': '1.2', replicas: '3' };

describe('parseLabelSelector', () => {
  it.each([
    ['', true],
    ['app=web', true],
    ['app==web', true],
    ['app = web , tier=front', true],
    ['app!=web', false],
    ['app!=api', true],
    ['missing!=x', true],
    ['tier in (front, back)', true],
    ['tier in (back)', false],
    ['tier notin (back)', true],
    ['missing notin (back)', true],
    ['app', true],
    ['!app', false],
    ['!missing', true],
    ['app.kubernetes.io/version=1.2', true],
    ['replicas>2', true],
    ['replicas<3', false],
    ['app=web,!canary,tier in (front)', true],
  ])('%s matches the labels: %s', (text, expected) => {
    expect(matchesLabels(parseLabelSelector(text), labels)).toBe(expected);
  });

  it.each(['app=', 'tier in ()'])('accepts empty values in %s', (text) => {
    expect(() => parseLabelSelector(text)).not.toThrow();
  });

  it.each(['app=web,', '=web', 'app in web', 'tier in (a', 'a b', 'bad key!x=1', 'app=@@', 'x>y', '-a=1'])(
    'rejects %s',
    (text) => {
      expect(() => parseLabelSelector(text)).toThrow(SelectorParseError);
    },
  );

  it('never throws anything but SelectorParseError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          parseLabelSelector(text);
        } catch (error) {
          expect(error).toBeInstanceOf(SelectorParseError);
        }
      }),
    );
  });

  const key = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
  const value = fc.stringMatching(/^[a-z0-9]{1,6}$/);

  it('round-trips through formatLabelSelector with the same meaning', () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { maxKeys: 4 }),
        fc.dictionary(key, value, { maxKeys: 4 }),
        (matchLabels, objectLabels) => {
          const selector = fromLabelSelectorSpec({ matchLabels });
          const reparsed = parseLabelSelector(formatLabelSelector(selector));
          expect(matchesLabels(reparsed, objectLabels)).toBe(matchesLabels(selector, objectLabels));
        },
      ),
    );
  });

  it('matches exactly when every matchLabels pair is present', () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { maxKeys: 4 }),
        fc.dictionary(key, value, { maxKeys: 4 }),
        (a, b) => {
          const expected = Object.entries(a).every(([k, v]) => b[k] === v);
          expect(matchesLabels(fromLabelSelectorSpec({ matchLabels: a }), b)).toBe(expected);
        },
      ),
    );
  });
});

describe('fromLabelSelectorSpec', () => {
  it('translates matchExpressions operators', () => {
    const selector = fromLabelSelectorSpec({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['front'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'replicas', operator: 'Exists' },
        { key: 'env', operator: 'NotIn', values: ['dev'] },
      ],
    });
    expect(matchesLabels(selector, labels)).toBe(true);
    expect(matchesLabels(selector, { ...labels, canary: 'true' })).toBe(false);
    expect(formatLabelSelector(selector)).toBe(
      'app=web,canary,env notin (dev),replicas,tier in (front)'.replace('canary', '!canary'),
    );
  });
});
