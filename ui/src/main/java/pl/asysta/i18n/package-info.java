/** Polish and English texts of the portal, the language a person chose and the page's {@code lang}. */
package pl.asysta.i18n;
