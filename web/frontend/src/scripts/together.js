// Progressive enhancement only: every page works without this.
// The design system's small-screen tables stack into boxes only once script can label each cell.
document.documentElement.classList.add('js-enabled');

// The design system's components, also on parts htmx swaps in; the error summary takes focus
// so that a screen reader announces what is wrong (as the design system advises).
function ready(root) {
  if (window.DS) {
    window.DS.initAll(root);
  }
  const summary = root.querySelector ? root.querySelector('.ds_error-summary') : null;
  if (summary) {
    summary.focus();
  }
}

ready(document);
document.addEventListener('htmx:load', (event) => {
  if (event.target !== document.body) {
    ready(event.target);
  }
});
