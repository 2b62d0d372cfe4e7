import { defineWebExtConfig } from 'wxt';

// web-ext's own browser launch fails in this environment (CDP closes before loadUnpacked);
// `npm start` launches Chromium itself. See ../shared/notes/toolchain.md, pitfall 4.
export default defineWebExtConfig({ disabled: true });
