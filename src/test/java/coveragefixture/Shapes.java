package coveragefixture;

/** Branches, loops and an exception path for the coverage tests. */
public class Shapes {

    public static int area(int width, int height) {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size");
        }
        return width * height;
    }

    public static String kind(int width, int height) {
        if (width == height) {
            return "square";
        }
        if (width > height) {
            return "wide";
        }
        return "tall";
    }

    public static int perimeterSum(int[] sides) {
        int sum = 0;
        for (int side : sides) {
            if (side > 0) {
                sum += side;
            }
        }
        return sum;
    }

    public static int unused(int value) {
        int doubled = value * 2;
        int tripled = value * 3;
        return doubled + tripled;
    }
}
