import { z } from 'zod';

// MV3 extension pages forbid eval; zod's JIT fast path would try it. Every module imports
// `z` from here so the switch is set before any schema is defined.
z.config({ jitless: true });

export { z };
