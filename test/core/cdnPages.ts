// CDN pages as they arrive where an exchange's JSON was expected, each with where it was posted.

/**
 * The page Amazon CloudFront sends from Binance.US's API to a country it does not serve
 * (python-binance wraps it in `APIError(code=0)`, as `geoBlockedInPythonBinance` has it):
 * https://github.com/sammchardy/python-binance/issues/1413
 */
export const CLOUDFRONT_BLOCK = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<TITLE>ERROR: The request could not be satisfied</TITLE>
</HEAD><BODY>
<H1>403 ERROR</H1>
<H2>The request could not be satisfied.</H2>
<HR noshade size="1px">
The Amazon CloudFront distribution is configured to block access from your country.
We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.
<BR clear="all">
</BODY></HTML>`;

/** The same page inside python-binance's exception, as the app catches it. */
export const geoBlockedInPythonBinance = `APIError(code=0): Invalid JSON error message from Binance: ${CLOUDFRONT_BLOCK}`;
