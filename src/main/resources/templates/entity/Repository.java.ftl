package ${e.packageName};

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ${e.type}Repository extends JpaRepository<${e.type}, Long>, JpaSpecificationExecutor<${e.type}> {
}
