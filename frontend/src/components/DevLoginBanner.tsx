/**
 * DevLoginBanner warns, on every page, that the server signs people in with
 * its built-in development identity provider.
 */
export function DevLoginBanner() {
  return (
    <div className="dev-login-banner" role="note" aria-label="Development sign-in warning" data-testid="dev-login-banner">
      <span aria-hidden="true">⚠</span>
      <span>
        <strong>Development sign-in is on</strong> — anyone can sign in as anyone. Do not use in production.
      </span>
    </div>
  );
}

/** Its height, which the fixed header grows by: two lines on narrow screens (see app.css). */
export const devLoginBannerHeight = { base: 44, sm: 32 } as const;
