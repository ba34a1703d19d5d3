// A small git history: main holds Calculator; the branch 'feature' adds Discount (committed) and a change to
// Calculator that is not committed yet. builder:coverage measures the lines changed since main.
def run = { List<String> command ->
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    process.waitForProcessOutput(out, out)
    assert process.exitValue() == 0 : "${command.join(' ')} failed: ${out}"
}
def git = { String... args -> run(['git'] + args.toList()) }

git 'init', '-q', '-b', 'main'
git 'config', 'user.name', 'Builder IT'
git 'config', 'user.email', 'it@example.com'
git 'config', 'commit.gpgsign', 'false'
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git 'add', '.gitignore', 'pom.xml', 'src'
git 'commit', '-q', '-m', 'Calculator'

git 'checkout', '-q', '-b', 'feature'
def discount = new File(basedir, 'src/main/java/com/example/calc/Discount.java')
discount.text = new File(basedir, 'feature/Discount.java').text
git 'add', 'src'
git 'commit', '-q', '-m', 'Discount'

// uncommitted: a new, untested method in an existing class
def calculator = new File(basedir, 'src/main/java/com/example/calc/Calculator.java')
calculator.text = calculator.text.replace('''    public int subtract(int a, int b) {
        return a - b;
    }
''', '''    public int subtract(int a, int b) {
        return a - b;
    }

    public int negate(int a) {
        return -a;
    }
''')
true
