package coveragefixture;

/** Never run, but marked generated: JaCoCo's filter leaves it out of every figure. */
@Generated
public class GeneratedMapper {

    public static String map(int value) {
        return value > 0 ? "up" : "down";
    }
}
