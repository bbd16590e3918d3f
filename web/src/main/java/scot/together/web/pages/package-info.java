/**
 * Together's pages, drawn on the server: each person's home page and caseloads, a social worker's
 * pages and forms for a child (moves, brothers and sisters, family time, separations, exclusions,
 * corrections), the Head of Service's inbox and reunification review, the Corporate Parenting
 * Board's pages, and the administrator's pages for the read models and sign-in locks. A form sends
 * its command as the signed-in person and shows a refusal at the field it concerns. The short forms
 * that are only dates, choices and words share one template ({@link ShortForm}).
 */
package scot.together.web.pages;
