package pl.asysta.security;

/**
 * A Spring Security principal that knows which {@link pl.asysta.shared.Actor} it stands for. Each sign-in source
 * provides its own principal type; {@link CurrentActor} only relies on this.
 */
public interface ActorPrincipal {

    SignInOutcome signInOutcome();
}
