/** The frame around every page: the page shell, the header with the signed-in person and the role-aware menu. */
package pl.asysta.shell;
