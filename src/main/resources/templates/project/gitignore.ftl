target/
*.builder-new
*.bak
.idea/
*.iml
.vscode/
.env
