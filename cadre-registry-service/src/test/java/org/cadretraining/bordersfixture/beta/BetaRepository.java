package org.cadretraining.bordersfixture.beta;

/** A repository made public: what the border test must catch. */
public class BetaRepository {
    public String find() {
        return "x";
    }
}
