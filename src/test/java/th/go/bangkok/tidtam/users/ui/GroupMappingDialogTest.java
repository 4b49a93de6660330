package th.go.bangkok.tidtam.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.GroupMappingService;
import th.go.bangkok.tidtam.users.GroupMappingView;

/** Removing a directory group's mapping is asked first, and only the confirmation removes it. */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class GroupMappingDialogTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;
    @Autowired
    GroupMappingService mappings;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void removing_a_mapping_asks_first_and_a_confirmation_removes_it() {
        users.signIn(TestUsers.ADMIN);
        var name = "grp-remove-" + UUID.randomUUID().toString().substring(0, 8);
        long id = mappings.map(name, Role.COORDINATOR, null);
        var dialog = new GroupMappingDialog(mappings, List.of());
        dialog.open();
        var mapping = mappings.list().stream().filter(m -> m.id() == id).findFirst().orElseThrow();

        dialog.remove(mapping);

        var confirmation = $(ConfirmDialog.class).single();
        assertThat(confirmation.isOpened()).isTrue();
        assertThat(mappings.list()).as("nothing removed before the answer").extracting(GroupMappingView::id)
                .contains(id);
        test(confirmation).confirm();
        assertThat(mappings.list()).extracting(GroupMappingView::id).doesNotContain(id);
    }
}
