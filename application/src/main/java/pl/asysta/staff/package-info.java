/**
 * Who works where: the people a head can assign to a family, the coordinators an assistant can name. The
 * sign-in source knows people only when they sign in, so the directory is its own small port.
 */
package pl.asysta.staff;
