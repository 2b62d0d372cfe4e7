import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isAnalyzeRequest } from '../lib/messages';
import { answerAnalyze } from '../lib/analysis-service';

// The analyzer runs here, off the mail page's main thread: the page's content script stays small
// and typing never waits for the NLP (issue 6). Nothing leaves the browser.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isAnalyzeRequest(message)) return undefined;
    // sendResponse + true works with both the polyfill and WXT's fake browser (toolchain.md pitfall 6).
    sendResponse(answerAnalyze(message));
    return true;
  });
});
