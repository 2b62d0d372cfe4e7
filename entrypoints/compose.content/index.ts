import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_MATCHES } from '../../lib/sites/matches';

// Foundation only: the content script loads and marks the page. Finding composes, the sidebar
// and the send guard come in the next issues.
export default defineContentScript({
  matches: MAIL_MATCHES,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.askwellLoaded = '1';
  },
});
