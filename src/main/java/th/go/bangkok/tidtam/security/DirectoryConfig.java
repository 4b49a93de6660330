package th.go.bangkok.tidtam.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Directory sign-in, only when {@code tidtam.ldap.enabled=true} (docs/decisions/0027-directory-and-oidc-sign-in.md). */
@Configuration
@ConditionalOnProperty(name = "tidtam.ldap.enabled", havingValue = "true")
@EnableConfigurationProperties(LdapDirectory.Settings.class)
class DirectoryConfig {

    @Bean
    DirectorySignIn ldapDirectory(LdapDirectory.Settings settings) {
        return new LdapDirectory(settings);
    }
}
