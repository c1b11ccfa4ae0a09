package org.cadretraining.archfixture.alpha;

import org.springframework.stereotype.Repository;

/** Public, and used from outside its package: both against the rules. */
@Repository
public class AlphaRepository {
    public String find() {
        return "alpha";
    }
}
