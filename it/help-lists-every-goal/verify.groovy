def log = new File(basedir, 'build.log').text
assert log.contains('This plugin has 3 goals:')
['builder:help', 'builder:init', 'builder:validate'].each { goal ->
    assert log.contains(goal) : "help does not list ${goal}"
}
true
