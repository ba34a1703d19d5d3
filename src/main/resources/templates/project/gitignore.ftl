target/
*.builder-new
*.builder-conflict
*.bak
.idea/
*.iml
.vscode/
.env
