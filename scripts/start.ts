// `npm start`: builds, then opens Chromium with Askwell loaded on Gmail. Sign in and compose.
import { openWithExtension, untilClosed } from './browser';

try {
  const context = await openWithExtension({ headless: false });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://mail.google.com/');
  console.log('Askwell is loaded. Open a compose window in Gmail or Outlook on the web; close the browser to stop.');
  await untilClosed(context);
} catch (error) {
  console.error(`askwell start: ${error instanceof Error ? error.message : String(error)}`);
  console.error('No display? Try `npm run demo -- --screenshot demo.png` for a headless run.');
  process.exitCode = 1;
}
