package th.go.bangkok.tidtam.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.base.DemoMode;
import th.go.bangkok.tidtam.base.ui.LanguageSettings;
import th.go.bangkok.tidtam.security.SignInHint;
import th.go.bangkok.tidtam.security.SignInMethods;

/**
 * With only the city's OpenID Connect sign-in switched on (no local accounts, no directory), the sign-in page offers
 * the button alone, and says a refusal itself, there being no form to say it in.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class LoginViewMethodsTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationContext authentication;
    @Autowired
    DemoMode demoMode;
    @Autowired
    LanguageSettings languages;
    @Autowired
    ObjectProvider<SignInHint> hints;

    @Test
    void with_only_city_accounts_the_page_has_the_button_and_no_password_form_and_says_why_someone_was_refused() {
        var view = new LoginView(authentication, demoMode, languages, hints, new SignInMethods(false, false, true));
        var event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("login?unmapped"));

        view.beforeEnter(event);

        assertThat(descendants(view).filter(LoginForm.class::isInstance)).isEmpty();
        assertThat(descendants(view).filter(Anchor.class::isInstance).map(Anchor.class::cast)).singleElement()
                .satisfies(link -> {
                    assertThat(link.getHref()).isEqualTo("oauth2/authorization/bma");
                    assertThat(link.getText()).isEqualTo("เข้าสู่ระบบด้วยบัญชีกรุงเทพมหานคร");
                });
        var problem = descendants(view).filter(c -> c instanceof HasStyle styled && styled.hasClassName("login-problem")).findFirst().orElseThrow();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getElement().getTextRecursively()).contains("บัญชีของคุณยังไม่มีสิทธิ์ในระบบติดตาม");
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }
}
