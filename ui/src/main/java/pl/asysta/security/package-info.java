/**
 * Who is signed in: whatever the sign-in source (demo accounts or Keycloak), the rest of the portal sees the
 * domain's {@link pl.asysta.shared.Actor} through {@link pl.asysta.security.CurrentActor}.
 */
package pl.asysta.security;
