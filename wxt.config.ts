import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Askwell',
    description: 'Coaches emails that ask for something, right in the Gmail and Outlook compose window. Nothing leaves your browser.',
    // Settings only: no tabs, no host permissions beyond the content-script matches.
    permissions: ['storage'],
  },
});
