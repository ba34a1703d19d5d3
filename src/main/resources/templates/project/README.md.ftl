# ${project.name}
