import { REDACTION_PATTERNS } from './redact.ts';
import { describeUntrustedPatterns } from './testing/untrusted-pattern-suite.ts';

describeUntrustedPatterns('redaction', REDACTION_PATTERNS);
