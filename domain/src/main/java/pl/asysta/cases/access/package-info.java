/**
 * The consent ledger of a case with its grants of access, and the default access policy of DESIGN section 3 as
 * a pure decision ({@link pl.asysta.cases.access.AccessRules}).
 */
package pl.asysta.cases.access;
