package org.cadretraining.archfixture.alpha;

import org.springframework.stereotype.Service;

/** The feature's public entry. */
@Service
public class AlphaCatalogue {
    private final AlphaRepository repository;

    public AlphaCatalogue(AlphaRepository repository) {
        this.repository = repository;
    }

    public String find() {
        return repository.find();
    }
}
