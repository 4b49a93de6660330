package th.go.bangkok.tidtam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The layering style.md asks for, kept by the build rather than by memory. */
class ArchitectureTest {

    static final String ROOT = "th.go.bangkok.tidtam";
    static final List<String> FEATURES = List.of("agency", "users", "audit", "security", "demo", "strategy", "project",
            "progress", "change", "notification", "tracking", "report", "legacy", "indicator", "api");
    /** A file longer than this must say why it is one file; ~300 lines, with room for a little growth. */
    static final int LONG_FILE = 330;
    static final String LONG_FILE_REASON = "One file because";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** Issue #20: no package may reach itself through others; the dependency rules are in docs/decisions/0023. */
    @Test
    void feature_packages_form_no_cycles() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * Issue #20: services are split by responsibility and no source file grows past ~300 lines unless it says at its
     * top, in a sentence starting "One file because", why it stays one.
     */
    @Test
    void no_source_file_over_300_lines_without_a_reason() throws IOException {
        var root = Path.of("src/main/java");
        try (var files = Files.walk(root)) {
            var unexplained = files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .filter(f -> {
                        var lines = lines(f);
                        return lines.size() > LONG_FILE && lines.stream().noneMatch(l -> l.contains(LONG_FILE_REASON));
                    })
                    .map(f -> root.relativize(f) + " (" + lines(f).size() + " lines)").toList();
            assertThat(unexplained).as("files over %d lines without \"%s …\"", LONG_FILE, LONG_FILE_REASON).isEmpty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(feature -> ROOT + "." + feature + "..").toArray(String[]::new))
                .check(classes);
    }

    /**
     * A service is a feature's door: each public method says who may call it. Internal methods that only run
     * inside a transaction a guarded service already opened ({@code propagation = MANDATORY}) are the exception, and so
     * is the account lookup Spring Security calls while signing someone in, before there is anyone to check.
     */
    @Test
    void every_public_service_method_states_who_may_call_it() {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .and().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .and().areDeclaredInClassesThat().areNotAssignableTo(UserDetailsService.class)
                .and().arePublic()
                .and().areNotStatic()
                .should(beGuardedOrInternal())
                .check(classes);
    }

    /**
     * Issue #21, several nodes on one database: a scheduled job takes ShedLock's JDBC lock so that one node runs it,
     * unless it is each node's own business (its pool's report, the heartbeats of the batches it works).
     */
    @Test
    void every_scheduled_job_takes_the_cluster_lock_unless_it_is_each_nodes_own() {
        var unlocked = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                        && !m.isAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class))
                .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
                .toList();
        assertThat(unlocked).containsExactlyInAnyOrder("Report.report", "FormBatches.heartbeat",
                "ImportBatches.heartbeat");
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void views_never_use_the_entity_manager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void feature_packages_do_not_depend_on_each_others_ui() {
        for (var feature : FEATURES) {
            noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .should(dependOnAnotherFeaturesUi(feature))
                    .check(classes);
        }
    }

    @Test
    void services_and_entities_never_depend_on_vaadin() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .and().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("Application")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void nothing_reads_the_system_clock_directly() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }

    /**
     * Addresses are written once, in a feature's {@code *Navigation} class (issue #20): no other source file spells
     * a page's address with its parameters. Route and request mappings declare addresses and are left alone.
     */
    @Test
    void addresses_are_built_only_in_navigation_classes() throws java.io.IOException {
        var address = java.util.regex.Pattern.compile(
                "\"/?(projects|indicators|approvals|tracking|reports/due|verify|import|login|admin/[a-z]+)[/?]|\"\\?tab=");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().endsWith("Navigation.java"))
                    .flatMap(f -> {
                        try {
                            var lines = java.nio.file.Files.readAllLines(f);
                            return java.util.stream.IntStream.range(0, lines.size())
                                    .filter(i -> address.matcher(lines.get(i)).find())
                                    .filter(i -> !lines.get(i).strip().startsWith("@")
                                            && !lines.get(i).strip().startsWith("*"))
                                    .mapToObj(i -> f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            org.assertj.core.api.Assertions.assertThat(offenders).as("addresses built outside a *Navigation class")
                    .isEmpty();
        }
    }

    /** The tables of project and progress (their changelog files 005–009, 014, 018), and their JPA entities. */
    static final String OWNED_TABLES = "project|project_objective|project_quality_target|project_quantity_target"
            + "|project_plan_link|project_search_gram|project_import_note|project_baseline|progress_report"
            + "|report_evidence|frozen_report|report_reopening|progress_plan|progress_plan_month"
            + "|ProgressReport|ProjectBaseline|ReportEvidence|FrozenReport|ReportReopening|ProgressPlan";

    /**
     * Issue #20: what other features read of projects and reports goes through the read models project and progress
     * publish ({@code ProjectReadModel}, {@code ReportReadModel}): no string outside those two packages names their
     * tables after FROM, JOIN, INTO, UPDATE or TABLE.
     */
    @Test
    void only_project_and_progress_name_their_tables_in_sql() throws IOException {
        var names = java.util.regex.Pattern.compile(
                "(?i)\\b(from|join|into|update|table)\\s+(" + OWNED_TABLES + ")\\b");
        var root = Path.of("src/main/java");
        var owners = List.of(root.resolve("th/go/bangkok/tidtam/project"),
                root.resolve("th/go/bangkok/tidtam/progress"));
        try (var files = Files.walk(root)) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> owners.stream().noneMatch(f::startsWith)).sorted()
                    .flatMap(f -> stringLiterals(String.join("\n", lines(f))).stream()
                            .filter(s -> names.matcher(s).find())
                            .map(s -> root.relativize(f) + ": " + s.strip().replaceAll("\\s+", " ")))
                    .toList();
            assertThat(offenders).as("SQL naming project's or progress's tables outside them").isEmpty();
        }
    }

    /** The string literals and text blocks of a Java source, comments and character literals skipped. */
    static List<String> stringLiterals(String source) {
        var literals = new java.util.ArrayList<String>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(source.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static ArchCondition<JavaMethod> beGuardedOrInternal() {
        return new ArchCondition<>("carry @PreAuthorize, or run only inside a caller's transaction") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                boolean internal = method.tryGetAnnotationOfType(Transactional.class)
                        .map(t -> t.propagation() == Propagation.MANDATORY).orElse(false);
                if (!guarded && !internal) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnAnotherFeaturesUi(String feature) {
        return new ArchCondition<>("depend on the ui package of another feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().forEach(dependency -> {
                    var target = dependency.getTargetClass().getPackageName();
                    boolean otherUi = target.startsWith(ROOT + ".") && target.endsWith(".ui")
                            && !target.equals(ROOT + "." + feature + ".ui") && !target.equals(ROOT + ".base.ui");
                    if (otherUi) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
