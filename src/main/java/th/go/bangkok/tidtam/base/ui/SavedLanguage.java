package th.go.bangkok.tidtam.base.ui;

/**
 * Where a signed-in user's language is kept (their account, in the users feature), so {@link LanguageSettings}
 * applies it on every device without knowing about accounts.
 */
public interface SavedLanguage {

    /** The signed-in user's language ("th", "en"). */
    String ofSignedInUser();

    /** Keeps the signed-in user's choice. */
    void saveForSignedInUser(String language);
}
