package ${project.packageName}.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The examples of RFC 7396, appendix A, among others. */
class MergePatchTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private String merge(String target, String patch) {
        JsonNode result = MergePatch.apply(json.readTree(target), json.readTree(patch));
        return json.writeValueAsString(result);
    }

    @Test
    void members_are_replaced_added_and_removed() {
        assertThat(merge("{\"a\":\"b\",\"c\":\"d\"}", "{\"a\":\"z\",\"c\":null,\"e\":1}"))
                .isEqualTo("{\"a\":\"z\",\"e\":1}");
    }

    @Test
    void objects_merge_recursively() {
        assertThat(merge("{\"a\":{\"b\":\"c\",\"d\":\"e\"}}", "{\"a\":{\"b\":\"x\"}}"))
                .isEqualTo("{\"a\":{\"b\":\"x\",\"d\":\"e\"}}");
        assertThat(merge("{\"a\":\"b\"}", "{\"a\":{\"c\":\"d\"}}")).isEqualTo("{\"a\":{\"c\":\"d\"}}");
    }

    @Test
    void a_patch_that_is_not_an_object_replaces_the_target() {
        assertThat(merge("{\"a\":\"b\"}", "[\"c\"]")).isEqualTo("[\"c\"]");
        assertThat(merge("[\"a\"]", "{\"b\":\"c\"}")).isEqualTo("{\"b\":\"c\"}");
    }

    @Test
    void a_missing_patch_is_returned_as_is() {
        assertThat(MergePatch.apply(json.readTree("{}"), null)).isNull();
    }
}
