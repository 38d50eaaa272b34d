package dev.kairos.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.Date;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module arrows of the design (docs: DESIGN.md §3) and the house rules on names, time and randomness,
 * checked on the main classes of every Kairos module on this module's class path (all but bench).
 */
class ArchitectureTest {
    private static final String LIVE_CLOCK = "dev.kairos.engine.clock.LiveClock";

    private static JavaClasses kairos;

    @BeforeAll
    static void importMainClasses() {
        // JDK and library classes stay stubs: the rules need only their names, and the import is much faster
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            kairos = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.kairos");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void everyModuleIsImported() {
        for (String module : new String[] {"model", "analytics", "engine", "persistence", "app"}) {
            assertThat(kairos.stream().filter(c -> c.getPackageName().startsWith("dev.kairos." + module)))
                    .as("main classes of kairos-%s", module).hasSizeGreaterThan(3);
        }
        assertThat(kairos.contain(LIVE_CLOCK)).isTrue();
        assertThat(kairos.stream().map(JavaClass::getName)).as("test classes are not imported")
                .noneMatch(n -> n.endsWith("Test"));
    }

    @Test
    void modelDependsOnNothingElseOfKairos() {
        onlyOn("dev.kairos.model..").check(kairos);
    }

    @Test
    void analyticsDependsOnlyOnModel() {
        onlyOn("dev.kairos.analytics..", "dev.kairos.model..").check(kairos);
    }

    @Test
    void engineDependsOnlyOnModelAndAnalytics() {
        noClasses().that().resideInAPackage("dev.kairos.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.kairos.persistence..", "dev.kairos.app..").check(kairos);
        onlyOn("dev.kairos.engine..", "dev.kairos.model..", "dev.kairos.analytics..").check(kairos);
    }

    @Test
    void persistenceDoesNotDependOnTheApp() {
        noClasses().that().resideInAPackage("dev.kairos.persistence..").should().dependOnClassesThat()
                .resideInAPackage("dev.kairos.app..").check(kairos);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("dev.kairos.(*)..").should().beFreeOfCycles().check(kairos);
    }

    @Test
    void noManagersHelpersOrUtils() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Helpers")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .because("names say what a thing is (DESIGN.md §4)").check(kairos);
    }

    @Test
    void onlyTheLiveClockReadsTheSystemTime() {
        readsTheSystemTime(noClasses().that(not(liveClock()))).check(kairos);
    }

    @Test
    void theSystemTimeRuleSeesTheLiveClock() {
        // the rule is not vacuous: without the exemption it flags exactly the live clock
        assertThatThrownBy(() -> readsTheSystemTime(noClasses().that(DescribedPredicate.alwaysTrue())).check(kairos)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(LIVE_CLOCK).hasMessageContaining("currentTimeMillis");
    }

    @Test
    void randomnessIsAlwaysSeeded() {
        unseededRandomness().check(kairos);
    }

    @Test
    void theRulesCatchViolations() {
        assertThatThrownBy(() -> onlyOn("dev.kairos.app..", "dev.kairos.model..").check(kairos))
                .isInstanceOf(AssertionError.class).hasMessageContaining("dev.kairos.engine");
        JavaClasses bad = new ClassFileImporter().importClasses(Offender.class);
        assertThatThrownBy(() -> unseededRandomness().check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Random.<init>()").hasMessageContaining("Math.random()")
                .hasMessageContaining("ThreadLocalRandom.current()").hasMessageNotContaining("Random.<init>(long)");
        assertThatThrownBy(() -> readsTheSystemTime(noClasses().that(DescribedPredicate.alwaysTrue())).check(bad))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Instant.now()")
                .hasMessageContaining("LocalDateTime.now()").hasMessageContaining("Clock.systemUTC()")
                .hasMessageContaining("System.nanoTime()");
    }

    /** Breaks the time and randomness rules on purpose; imported only by {@link #theRulesCatchViolations()}. */
    @SuppressWarnings("unused")
    static final class Offender {
        double random() {
            return new Random().nextDouble() + new Random(42).nextDouble() + Math.random()
                    + ThreadLocalRandom.current().nextDouble();
        }

        long time() {
            return java.time.Instant.now().toEpochMilli() + java.time.LocalDateTime.now().getNano()
                    + java.time.Clock.systemUTC().millis() + System.nanoTime();
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Classes in {@code pkg} depend on no Kairos class outside {@code allowed} (and {@code pkg} itself). */
    private static ArchRule onlyOn(String pkg, String... allowed) {
        String[] own = new String[allowed.length + 1];
        own[0] = pkg;
        System.arraycopy(allowed, 0, own, 1, allowed.length);
        return noClasses().that().resideInAPackage(pkg).should().dependOnClassesThat(
                resideInAPackage("dev.kairos..").and(not(resideInAnyPackage(own))));
    }

    private static ArchRule unseededRandomness() {
        return noClasses().should().callConstructor(Random.class)
                .orShould().callConstructor(SplittableRandom.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random")
                .orShould().callMethod(ThreadLocalRandom.class, "current")
                .because("randomness is always seeded and the seed recorded (DESIGN.md §2)");
    }

    private static DescribedPredicate<JavaClass> liveClock() {
        return DescribedPredicate.describe("the live clock",
                c -> c.getName().equals(LIVE_CLOCK) || c.getName().startsWith(LIVE_CLOCK + "$"));
    }

    private static ArchRule readsTheSystemTime(GivenClassesConjunction classes) {
        return classes.should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethodWhere(clockRead())
                .orShould().callConstructor(Date.class)
                .because("nothing reads the system time except the live clock (DESIGN.md §2)");
    }

    /** {@code now(...)} of any {@code java.time} type, and the system {@code java.time.Clock}s. */
    private static DescribedPredicate<JavaCall<?>> clockRead() {
        return DescribedPredicate.describe("reads the clock through java.time", call -> {
            JavaAccess<?> access = call;
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return owner.startsWith("java.time.") && (name.equals("now")
                    || (owner.equals("java.time.Clock") && name.startsWith("system"))
                    || (owner.equals("java.time.InstantSource") && name.equals("system")));
        });
    }
}
