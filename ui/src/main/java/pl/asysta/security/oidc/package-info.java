/**
 * Sign-in through Keycloak (profile {@code oidc}): the token's claims become the domain's
 * {@link pl.asysta.shared.Actor}, its realm roles Spring Security roles.
 */
package pl.asysta.security.oidc;
