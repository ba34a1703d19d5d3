package dev.backendbuilder.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backendbuilder.design.Operation;
import dev.backendbuilder.design.Security;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessViewTest {

    private static final String MATRIX = """
            version: 1
            app: { name: shop, package: com.example.shop }
            entities:
              Item: { fields: { name: { type: string } } }
              Order: { fields: { note: { type: string } } }
            api:
              resources:
                Item: { operations: [list, get, create, update, patch, delete] }
                Order: { operations: [list, get, create] }
            security:
              authentication: jwt
              roles: [CLERK, AUDITOR]
              permissions:
                "*": { "list,get": authenticated, create: [CLERK] }
                Item: { list: public, get: [AUDITOR] }
                Order: { create: [CLERK, AUDITOR] }
            """;

    private static AccessView access(String yaml, String resource, Operation operation) {
        Security security = Fixtures.design(yaml).security();
        return AccessView.resolve(security, resource, operation);
    }

    @Test
    void a_rule_naming_the_resource_should_win_over_the_rule_for_every_resource() {
        AccessView get = access(MATRIX, "Item", Operation.GET);
        assertThat(get.getExpression()).isEqualTo("hasRole('AUDITOR')");
        assertThat(get.getRoleRule()).isEqualTo("hasRole(\"AUDITOR\")");
        assertThat(get.getPermittedRoles()).containsExactly("AUDITOR");
        assertThat(get.getRefusedRoles()).containsExactly("CLERK", "ADMIN");
        assertThat(access(MATRIX, "Item", Operation.LIST).isPublic()).isTrue();
        assertThat(access(MATRIX, "Order", Operation.GET).isAuthenticated()).isTrue();
    }

    @Test
    void the_rule_for_every_resource_should_apply_where_no_resource_rule_names_the_operation() {
        AccessView create = access(MATRIX, "Item", Operation.CREATE);
        assertThat(create.getExpression()).isEqualTo("hasRole('CLERK')");
        assertThat(create.getHttpMethod()).isEqualTo("POST");
        assertThat(create.isOnItem()).isFalse();
    }

    @Test
    void an_operation_no_rule_names_should_be_for_administrators_only() {
        AccessView delete = access(MATRIX, "Item", Operation.DELETE);
        assertThat(delete.getExpression()).isEqualTo("hasRole('ADMIN')");
        assertThat(delete.getPermittedRoles()).containsExactly("ADMIN");
        assertThat(delete.isOnItem()).isTrue();
    }

    @Test
    void a_cell_of_several_roles_should_ask_for_any_of_them() {
        AccessView create = access(MATRIX, "Order", Operation.CREATE);
        assertThat(create.getExpression()).isEqualTo("hasAnyRole('CLERK', 'AUDITOR')");
        assertThat(create.getRoleRule()).isEqualTo("hasAnyRole(\"CLERK\", \"AUDITOR\")");
    }

    @Test
    void public_and_signed_in_cells_should_permit_every_role_and_say_so_to_spring() {
        assertThat(access(MATRIX, "Item", Operation.LIST).getExpression()).isEqualTo("permitAll()");
        AccessView signedIn = access(MATRIX, "Order", Operation.LIST);
        assertThat(signedIn.getExpression()).isEqualTo("isAuthenticated()");
        assertThat(signedIn.getRefusedRoles()).isEmpty();
        assertThat(signedIn.permits("AUDITOR")).isTrue();
    }

    @Test
    void without_authentication_every_operation_should_be_public() {
        String open = MATRIX.replace("authentication: jwt", "authentication: none").replaceAll("(?s)  roles:.*", "");
        AccessView delete = access(open, "Item", Operation.DELETE);
        assertThat(delete.isPublic()).isTrue();
        assertThat(delete.getPermittedRoles()).isEqualTo(List.of());
    }

    @Test
    void the_view_model_should_give_every_resource_its_cells_in_operation_order() {
        EntityView order = Fixtures.entity(Fixtures.view(Fixtures.design(MATRIX)), "Order");
        assertThat(order.getAccess()).extracting(AccessView::getName).containsExactly("list", "get", "create");
    }
}
