package org.cadretraining.archfixture.beta.web;

import org.cadretraining.archfixture.alpha.AlphaRepository;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller that reads a repository, and a route without an access rule beside one with. */
@RestController
public class BetaController {
    private final AlphaRepository repository;

    public BetaController(AlphaRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/beta/ruled")
    @Access(Permission.TRAINING_READ)
    public String ruled() {
        return repository.find();
    }

    @GetMapping("/beta/forgotten")
    public String forgotten() {
        return repository.find();
    }
}
