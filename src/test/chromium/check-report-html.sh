#!/usr/bin/env bash
# Renders an implementation report's HTML page in headless Chromium and checks that its charts
# render: every chart <svg> has a non-zero size and every bar is drawn as wide as it says.
#
#   src/test/chromium/check-report-html.sh [report.html] [screenshot.png]
#
# Default page: target/report-sample/implementation-report.html, written by ReportWriterTest
# (mvn -o -q test -Dtest=ReportWriterTest -Djacoco.skip=true -Dinvoker.skip=true); it has both
# charts (coverage by package, benchmarks against limits). Needs Debian's chromium package
# (apt-get install -y chromium). Nothing is fetched: the page has no external asset and the flags
# switch off Chromium's own network use.
set -euo pipefail

page=${1:-target/report-sample/implementation-report.html}
page=$(realpath -m "$page")  # Chromium needs an absolute file:// URL
screenshot=${2:-${page%.html}.png}
[ -f "$page" ] || { echo "no page at $page; run ReportWriterTest first (see the top of this script)" >&2; exit 2; }
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || { echo "chromium is not installed; apt-get install -y chromium" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir="$work/profile")

# The page itself has no script; a copy gets one appended (the parser moves it into the body) that
# measures what Chromium laid out and writes it into the DOM, which --dump-dom prints.
cat "$page" - > "$work/page.html" <<'PROBE'
<pre id="chart-check"></pre><script>
const out = [];
const charts = document.querySelectorAll("svg.chart");
out.push("charts " + charts.length);
charts.forEach(svg => {
  const box = svg.getBoundingClientRect();
  const bars = svg.querySelectorAll("rect.bar");
  let drawn = 0, wrong = 0;
  bars.forEach(bar => {
    const wanted = parseFloat(bar.getAttribute("width"));
    const got = bar.getBoundingClientRect().width;
    const fill = getComputedStyle(bar).fill;
    const painted = fill !== "none" && fill !== "rgb(0, 0, 0)";
    if (wanted > 0 && got > 0 && painted) drawn++;
    if (Math.abs(got - wanted) > 1 || (wanted > 0 && !painted)) wrong++;
  });
  out.push("chart " + svg.closest("figure").id + " " + Math.round(box.width) + "x" + Math.round(box.height)
    + " bars " + bars.length + " drawn " + drawn + " wrong " + wrong);
});
document.getElementById("chart-check").textContent = out.join("\n");
</script>
PROBE

start=$(date +%s.%N)
"$chromium" "${flags[@]}" --virtual-time-budget=2000 --dump-dom "file://$work/page.html" 2>"$work/dom.err" > "$work/dom.html"
"$chromium" "${flags[@]}" --hide-scrollbars --window-size=1280,2400 --screenshot="$work/shot.png" "file://$page" \
    2>"$work/shot.err" >/dev/null
end=$(date +%s.%N)
cp "$work/shot.png" "$screenshot"

result=$(sed -n '/<pre id="chart-check">/,/<\/pre>/p' "$work/dom.html" | sed 's/<[^>]*>//g')
echo "$result"
echo "screenshot: $screenshot; Chromium took $(printf '%.1f' "$(echo "$end - $start" | bc)") s for both runs"

charts=$(echo "$result" | awk '/^charts/ {print $2}')
[ "${charts:-0}" -ge 1 ] || { echo "FAIL: no chart on the page" >&2; exit 1; }
echo "$result" | awk '/^chart / {
    split($3, size, "x"); if (size[1] == 0 || size[2] == 0) { print "FAIL: chart " $2 " has no size" > "/dev/stderr"; bad = 1 }
    if ($5 == 0 || $7 == 0) { print "FAIL: chart " $2 " draws no bar" > "/dev/stderr"; bad = 1 }
    if ($9 != 0) { print "FAIL: chart " $2 " has " $9 " bars drawn wrong" > "/dev/stderr"; bad = 1 }
} END { exit bad }'
echo "OK: every chart renders"
