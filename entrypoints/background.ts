import { defineBackground } from 'wxt/utils/define-background';

// The background has no work yet: analysis runs in the page, settings live in storage.
export default defineBackground(() => {});
