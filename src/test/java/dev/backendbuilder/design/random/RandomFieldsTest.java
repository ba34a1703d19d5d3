package dev.backendbuilder.design.random;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.DesignException;
import dev.backendbuilder.design.DesignLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The field generator over many more draws than whole designs give: a rare combination (a unique decimal
 * whose random min and max met) slipped through a thousand designs and surfaced in a build's random seed.
 */
class RandomFieldsTest {

    private static final int DRAWS = 20_000;
    private static final int FIELDS_PER_DESIGN = 50;

    @Test
    void every_field_of_every_type_is_valid_over_many_draws() {
        DesignLoader loader = new DesignLoader();
        RandomFields fields = new RandomFields(new Dice(20261203L), Set.of());
        List<String> refused = new ArrayList<>();
        for (String type : RandomFields.TYPES) {
            for (int first = 0; first < DRAWS; first += FIELDS_PER_DESIGN) {
                Map<String, Object> entity = new LinkedHashMap<>();
                for (int i = 0; i < FIELDS_PER_DESIGN; i++) {
                    entity.put("f" + i, fields.field(type));
                }
                String yaml = YamlText.of(design(entity));
                try {
                    loader.parse(yaml, "design.yaml");
                } catch (DesignException e) {
                    refused.add(type + ":\n" + e.getMessage() + "\n" + yaml);
                }
            }
        }
        assertThat(refused).as("random fields the validator refused").isEmpty();
    }

    private static Map<String, Object> design(Map<String, Object> fieldMap) {
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("version", 1);
        design.put("app", Map.of("name", "fields", "package", "com.example.fields"));
        design.put("entities", Map.of("Sample", Map.of("fields", fieldMap)));
        return design;
    }
}
