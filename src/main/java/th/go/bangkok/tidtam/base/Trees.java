package th.go.bangkok.tidtam.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The agency tree and the plan tree are read the same way: from a node up to its root. */
public final class Trees {

    private Trees() {
    }

    /** The node and its ancestors, root first; {@code parentOf} returns null at the root. */
    public static <T> List<T> ancestry(T node, UnaryOperator<T> parentOf) {
        var chain = new ArrayList<T>();
        for (var n = node; n != null; n = parentOf.apply(n)) {
            chain.addFirst(n);
        }
        return chain;
    }
}
