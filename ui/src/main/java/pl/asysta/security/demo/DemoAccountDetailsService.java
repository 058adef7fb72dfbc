package pl.asysta.security.demo;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks demo accounts up for the sign-in form (and for tests signing in as a demo person). */
final class DemoAccountDetailsService implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        return DemoAccounts.find(username)
                .map(account -> new DemoAccountUser(account, DemoAccounts.PASSWORD_HASH))
                .orElseThrow(() -> new UsernameNotFoundException("No demo account " + username));
    }
}
