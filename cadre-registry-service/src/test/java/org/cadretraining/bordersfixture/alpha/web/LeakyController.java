package org.cadretraining.bordersfixture.alpha.web;

import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.bordersfixture.beta.BetaEntry;
import org.cadretraining.bordersfixture.beta.BetaRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Breaks every border at once: another feature's repository, JDBC in a controller, a route without a rule. */
@RestController
public class LeakyController {
    private final BetaRepository repository = new BetaRepository();
    private final BetaEntry entry = new BetaEntry();
    private JdbcClient jdbc;

    @GetMapping("/fixture/forgotten")
    public String forgotten() {
        return repository.find() + jdbc;
    }

    @GetMapping("/fixture/ruled")
    @Access(Permission.REPORTS_READ)
    public String ruled() {
        return entry.find();
    }
}
