package dev.backendbuilder.coverage;

import dev.backendbuilder.gate.Bound;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

/**
 * Applies {@link CoverageRule}s to JaCoCo's coverage tree. Plain Java, stateless: every figure is
 * taken from JaCoCo's counters, the rules and their verdicts are ours.
 */
public final class RuleChecker {

    /** One element of the tree with the name rules match against and messages show. */
    public record Element(ElementType type, String name, ICoverageNode node) {

        /** {@code class com.example.Foo}, {@code bundle}. */
        public String describe() {
            return type == ElementType.BUNDLE ? "bundle " + name : type.word() + " " + name;
        }
    }

    /** One element that breaks a bound of a limit. */
    public record Breach(Element element, double value, Bound bound, double threshold) {
    }

    /**
     * What one limit of one rule found.
     *
     * @param checked  how many elements had something to count
     * @param worst    the element closest to (or furthest past) the bound; {@code null} when none had anything to count
     * @param breaches every element past a bound, worst first
     */
    public record LimitResult(CoverageRule rule, Limit limit, int checked, Element worst, double worstValue,
            List<Breach> breaches) {

        /** {@code line coverage 0.7231 < minimum 0.80}. */
        public String message(Breach breach) {
            return limit.label() + " " + limit.showFigure(breach.value(), breach.bound())
                    + (breach.bound() == Bound.MINIMUM ? " < minimum " : " > maximum ") + Limit.show(breach.threshold());
        }
    }

    /** Checks every limit of every rule; results in rule and limit order. */
    public List<LimitResult> check(IBundleCoverage bundle, List<CoverageRule> rules) {
        List<LimitResult> results = new ArrayList<>();
        for (CoverageRule rule : rules) {
            List<Element> elements = elements(bundle, rule.element()).stream().filter(e -> rule.matches(e.name())).toList();
            for (Limit limit : rule.limits()) {
                results.add(check(rule, limit, elements));
            }
        }
        return results;
    }

    private static LimitResult check(CoverageRule rule, Limit limit, List<Element> elements) {
        int checked = 0;
        Element worst = null;
        double worstValue = Double.NaN;
        double worstMargin = Double.POSITIVE_INFINITY;
        List<Breach> breaches = new ArrayList<>();
        List<Double> breachMargins = new ArrayList<>();
        for (Element element : elements) {
            ICounter counter = element.node().getCounter(limit.counter().entity());
            double value = limit.value().of(counter);
            if (Double.isNaN(value) || limit.value().isRatio() && counter.getTotalCount() == 0) {
                continue;
            }
            checked++;
            double margin = margin(limit, value);
            if (margin < worstMargin) {
                worstMargin = margin;
                worst = element;
                worstValue = value;
            }
            Bound broken = limit.broken(value);
            if (broken != null) {
                Breach breach = new Breach(element, value, broken, limit.threshold(broken));
                int at = 0;
                while (at < breachMargins.size() && breachMargins.get(at) <= margin) {
                    at++;
                }
                breaches.add(at, breach);
                breachMargins.add(at, margin);
            }
        }
        return new LimitResult(rule, limit, checked, worst, worstValue, List.copyOf(breaches));
    }

    private static double margin(Limit limit, double value) {
        double margin = Double.POSITIVE_INFINITY;
        if (limit.minimum() != null) {
            margin = Math.min(margin, value - limit.minimum());
        }
        if (limit.maximum() != null) {
            margin = Math.min(margin, limit.maximum() - value);
        }
        return margin;
    }

    /** Every element of a kind, in JaCoCo's order, named with dots. */
    public static List<Element> elements(IBundleCoverage bundle, ElementType type) {
        List<Element> elements = new ArrayList<>();
        if (type == ElementType.BUNDLE) {
            elements.add(new Element(type, bundle.getName(), bundle));
            return elements;
        }
        for (IPackageCoverage pack : bundle.getPackages()) {
            String packageName = dotted(pack.getName());
            switch (type) {
                case PACKAGE -> elements.add(new Element(type, packageName.isEmpty() ? "(default package)" : packageName, pack));
                case SOURCEFILE -> {
                    for (ISourceFileCoverage source : pack.getSourceFiles()) {
                        elements.add(new Element(type, prefixed(packageName, source.getName()), source));
                    }
                }
                case CLASS -> {
                    for (IClassCoverage type1 : pack.getClasses()) {
                        elements.add(new Element(type, dotted(type1.getName()), type1));
                    }
                }
                default -> {
                    for (IClassCoverage owner : pack.getClasses()) {
                        for (IMethodCoverage method : owner.getMethods()) {
                            elements.add(new Element(type, dotted(owner.getName()) + "." + method.getName()
                                    + method.getDesc(), method));
                        }
                    }
                }
            }
        }
        return elements;
    }

    private static String prefixed(String packageName, String name) {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }

    static String dotted(String vmName) {
        return vmName.replace('/', '.');
    }
}
