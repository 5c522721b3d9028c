#!/usr/bin/env node
// Entry point of `alb-conformance`: registers tsx so the TypeScript sources run directly.
import { register } from 'tsx/esm/api';

register();
await import('../src/conformance/cli/main.ts');
