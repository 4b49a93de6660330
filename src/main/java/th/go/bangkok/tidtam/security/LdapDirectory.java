package th.go.bangkok.tidtam.security;

import java.util.LinkedHashSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.BaseLdapPathContextSource;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * The directory through Spring Security's LDAP bind: the user is found by a search ({@code user-search-filter}, the
 * typed name as {0}), the password checked by binding as them, their groups found by a second search
 * ({@code group-search-filter}, their DN as {0}, their name as {1}) and named by {@code group-name-attribute}.
 */
class LdapDirectory implements DirectorySignIn {

    private static final Logger securityLog = LoggerFactory.getLogger("tidtam.security");

    private final Settings settings;
    private final BaseLdapPathContextSource contextSource;
    private final BindAuthenticator authenticator;
    private final SpringSecurityLdapTemplate template;

    LdapDirectory(Settings settings) {
        this.settings = settings;
        var source = new LdapContextSource();
        source.setUrl(settings.getUrl());
        source.setBase(settings.getBase());
        if (settings.getManagerDn() != null && !settings.getManagerDn().isBlank()) {
            source.setUserDn(settings.getManagerDn());
            source.setPassword(settings.getManagerPassword());
        } else {
            source.setAnonymousReadOnly(true);
        }
        source.afterPropertiesSet();
        this.contextSource = source;
        this.authenticator = new BindAuthenticator(source);
        authenticator.setUserSearch(new FilterBasedLdapUserSearch(settings.getUserSearchBase(),
                settings.getUserSearchFilter(), source));
        this.template = new SpringSecurityLdapTemplate(source);
    }

    @Override
    public Optional<ExternalIdentity> authenticate(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.empty(); // an empty password would be an anonymous bind, which "succeeds"
        }
        DirContextOperations entry;
        LinkedHashSet<String> groups;
        try {
            entry = authenticator.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            groups = new LinkedHashSet<>(template.searchForSingleAttributeValues(settings.getGroupSearchBase(),
                    settings.getGroupSearchFilter(), new String[] {entry.getNameInNamespace(), username},
                    settings.getGroupNameAttribute()));
        } catch (BadCredentialsException | UsernameNotFoundException e) {
            return Optional.empty();
        } catch (org.springframework.ldap.CommunicationException | org.springframework.ldap.UncategorizedLdapException e) {
            securityLog.warn("Sign-in impossible, the directory cannot be reached: {}", e.getMessage());
            throw new CityAccountsUnavailableException("directory unavailable", e);
        }
        return Optional.of(new ExternalIdentity(AccountSource.LDAP, username,
                entry.getStringAttribute(settings.getNameAttribute()),
                entry.getStringAttribute(settings.getEmailAttribute()),
                entry.getStringAttribute(settings.getPhoneAttribute()), groups));
    }

    BaseLdapPathContextSource contextSource() {
        return contextSource;
    }

    /** {@code tidtam.ldap.*}: defaults fit OpenLDAP's inetOrgPerson and groupOfNames; README shows Active Directory. */
    @ConfigurationProperties("tidtam.ldap")
    static class Settings {
        private boolean enabled;
        private String url = "ldap://localhost:389";
        private String base = "";
        private String managerDn;
        private String managerPassword;
        private String userSearchBase = "";
        private String userSearchFilter = "(uid={0})";
        private String groupSearchBase = "";
        private String groupSearchFilter = "(member={0})";
        private String groupNameAttribute = "cn";
        private String nameAttribute = "cn";
        private String emailAttribute = "mail";
        private String phoneAttribute = "telephoneNumber";

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getBase() { return base; }
        public void setBase(String base) { this.base = base; }
        public String getManagerDn() { return managerDn; }
        public void setManagerDn(String managerDn) { this.managerDn = managerDn; }
        public String getManagerPassword() { return managerPassword; }
        public void setManagerPassword(String managerPassword) { this.managerPassword = managerPassword; }
        public String getUserSearchBase() { return userSearchBase; }
        public void setUserSearchBase(String userSearchBase) { this.userSearchBase = userSearchBase; }
        public String getUserSearchFilter() { return userSearchFilter; }
        public void setUserSearchFilter(String userSearchFilter) { this.userSearchFilter = userSearchFilter; }
        public String getGroupSearchBase() { return groupSearchBase; }
        public void setGroupSearchBase(String groupSearchBase) { this.groupSearchBase = groupSearchBase; }
        public String getGroupSearchFilter() { return groupSearchFilter; }
        public void setGroupSearchFilter(String groupSearchFilter) { this.groupSearchFilter = groupSearchFilter; }
        public String getGroupNameAttribute() { return groupNameAttribute; }
        public void setGroupNameAttribute(String groupNameAttribute) { this.groupNameAttribute = groupNameAttribute; }
        public String getNameAttribute() { return nameAttribute; }
        public void setNameAttribute(String nameAttribute) { this.nameAttribute = nameAttribute; }
        public String getEmailAttribute() { return emailAttribute; }
        public void setEmailAttribute(String emailAttribute) { this.emailAttribute = emailAttribute; }
        public String getPhoneAttribute() { return phoneAttribute; }
        public void setPhoneAttribute(String phoneAttribute) { this.phoneAttribute = phoneAttribute; }
    }
}
