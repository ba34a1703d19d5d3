package ${e.packageName};

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ${e.name}Repository extends JpaRepository<${e.name}, Long>, JpaSpecificationExecutor<${e.name}> {
}
