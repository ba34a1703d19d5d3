package dev.backendbuilder.design.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.backendbuilder.design.Design;
import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import dev.backendbuilder.design.Field;
import dev.backendbuilder.design.Relationship;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark input must be a valid design, or the benchmark would time the error path. */
class LargeDesignsTest {

    private static Design load(String text) {
        try {
            return new DesignLoader().parse(text, "large-design.yaml");
        } catch (DesignException e) {
            return fail("the generated design must load without problems, but:%n%s", e.getMessage());
        }
    }

    /** Loaded once: a cold 200-entity load costs about a second, the tests share it. */
    private static Design large;

    @BeforeAll
    static void loadLargeDesign() {
        large = load(LargeDesigns.generate());
    }

    @Test
    void generatedDesignOf200EntitiesLoadsWithoutProblems() {
        Design design = large;

        assertThat(design.entities()).hasSize(200);
        assertThat(design.api().resources()).hasSize(200);
        assertThat(design.entities().values())
            .allSatisfy(entity -> assertThat(entity.fields().size()).isBetween(8, 12))
            .allSatisfy(entity -> assertThat(entity.indexes()).isNotEmpty());
        Set<Field.Type> types = design.entities().values().stream()
            .flatMap(entity -> entity.fields().values().stream())
            .map(Field::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Field.Type.class)));
        assertThat(types).containsExactlyInAnyOrder(Field.Type.values());
        assertThat(design.relationships()).hasSizeGreaterThan(250)
            .extracting(Relationship::kind).contains(Relationship.Kind.MANY_TO_ONE, Relationship.Kind.MANY_TO_MANY);
        assertThat(design.security().permissions()).hasSizeGreaterThan(5);
        assertThat(design.integrations()).hasSize(3);
        assertThat(design.performance()).hasSize(40);
    }

    @Test
    void generationIsDeterministicAndScales() {
        assertThat(LargeDesigns.generate(200)).isEqualTo(LargeDesigns.generate());
        assertThat(load(LargeDesigns.generate(1)).entities()).hasSize(1);
        assertThat(load(LargeDesigns.generate(30)).entities()).hasSize(30);
        assertThat(LargeDesigns.entityName(199)).isEqualTo("BillingOrder");
        assertThat(LargeDesigns.entityName(200)).isEqualTo("CustomerV2");
    }

    @Test
    void performanceTargetsNameServedEndpoints() {
        assertThat(large.performance()).first().extracting(t -> t.endpoint())
            .isEqualTo("GET " + LargeDesigns.BASE_PATH + "/customers/{id}");
    }

    @Test
    void theLoaderReallyChecksTheGeneratedText() {
        String broken = LargeDesigns.generate().replace("to: Customer,", "to: Costumer,");
        assertThatThrownBy(() -> new DesignLoader().parse(broken, "large-design.yaml"))
            .isInstanceOf(DesignException.class)
            .hasMessageContaining("unknown entity 'Costumer'");
    }
}
