// The HTML the simulator serves: the consent page a user sees at
// www.hesabit.com/oauth2/authorize, its error page, and the non-JSON pages a
// PHP site behind nginx answers when something above the application fails.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function persianPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8"><title>${escapeHtml(title)} | حسابیت</title></head>
<body>
${body}
</body>
</html>
`;
}

export interface ConsentPage {
  requestId: string;
  clientName: string;
  accountName: string;
  scope: string;
}

/** Approve and deny are two buttons of one form POST, so the decision is the button pressed. */
export function consentPage(page: ConsentPage): string {
  return persianPage(
    "اجازه دسترسی",
    `<h1>اجازه دسترسی به حسابیت</h1>
<p>برنامه <strong>${escapeHtml(page.clientName)}</strong> می خواهد به اطلاعات حساب <strong>${escapeHtml(page.accountName)}</strong> دسترسی داشته باشد (دسترسی: ${escapeHtml(page.scope)}).</p>
<form method="post" action="/oauth2/authorize">
<input type="hidden" name="request_id" value="${escapeHtml(page.requestId)}">
<button type="submit" name="decision" value="approve">تائید</button>
<button type="submit" name="decision" value="deny">انصراف</button>
</form>`,
  );
}

export function errorPage(message: string): string {
  return persianPage("خطا", `<h1>خطا</h1>\n<p class="error">${escapeHtml(message)}</p>`);
}

/** The framework's "not found" page for an address nothing is routed to. */
export function notFoundPage(path: string): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Not Found</title></head>
<body><h2>Not Found</h2>
<p class="error"><strong>Error: </strong>The requested address <strong>'${escapeHtml(path)}'</strong> was not found on this server.</p>
</body></html>
`;
}

export const INTERNAL_ERROR_PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Internal Error</title></head>
<body><h2>An Internal Error Has Occurred</h2>
<p class="error"><strong>Error: </strong>An Internal Error Has Occurred.</p>
</body></html>
`;

function nginxPage(status: string): string {
  return `<html>
<head><title>${status}</title></head>
<body>
<center><h1>${status}</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;
}

export const BAD_GATEWAY_PAGE = nginxPage("502 Bad Gateway");
export const TOO_MANY_REQUESTS_PAGE = nginxPage("429 Too Many Requests");
