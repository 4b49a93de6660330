package th.go.bangkok.tidtam.users.ui;

import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.ui.SavedLanguage;
import th.go.bangkok.tidtam.users.UserService;

/** The language kept in the signed-in user's account, for the layout's language settings. */
@Component
class AccountLanguage implements SavedLanguage {

    private final UserService users;

    AccountLanguage(UserService users) {
        this.users = users;
    }

    @Override
    public String ofSignedInUser() {
        return users.me().language();
    }

    @Override
    public void saveForSignedInUser(String language) {
        users.setOwnLanguage(language);
    }
}
