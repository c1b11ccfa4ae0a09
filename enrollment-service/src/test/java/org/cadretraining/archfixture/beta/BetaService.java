package org.cadretraining.archfixture.beta;

import org.cadretraining.archfixture.alpha.AlphaCatalogue;
import org.cadretraining.archfixture.alpha.AlphaRepository;
import org.springframework.stereotype.Service;

/** Goes through the entry, and also around it to the repository: the second is the violation. */
@Service
public class BetaService {
    private final AlphaCatalogue catalogue;
    private final AlphaRepository repository;

    public BetaService(AlphaCatalogue catalogue, AlphaRepository repository) {
        this.catalogue = catalogue;
        this.repository = repository;
    }

    public String both() {
        return catalogue.find() + repository.find();
    }
}
