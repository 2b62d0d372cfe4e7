// Mail origins Askwell works on. Outlook on the web answers on four hosts (personal, work,
// Office 365 and the 2024 cloud.microsoft domain); see ../shared/notes/compose-dom.md.
export const MAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];
