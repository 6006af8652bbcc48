// Package reporttest drives Debian's Chromium (/usr/bin/chromium) headless
// through the DevTools protocol (github.com/chromedp/chromedp) for the
// tests of ties report's HTML: one browser for a test, a tab for each page,
// every console message of a tab kept so that a test can fail on any error.
// It is for tests only: nothing that ships imports it.
//
// Without Chromium or the Noto fonts the tests skip, unless
// TIES_REQUIRE_BROWSER=1 (as .ci/run sets) makes that a failure.
//
// It must not be imported outside tests.
package reporttest
