# our own ignore rules
target/
*.log
