package org.cadretraining.registry.access.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.registry.access.AccessGrant;
import org.cadretraining.registry.access.Grants;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grants (who holds which role on which unit) and what the signed-in caller may do. Managing grants needs
 * {@link Permission#GRANTS_MANAGE} on the grant's unit, checked by {@link Grants}.
 */
@RestController
@RequestMapping("/api/v1/access")
@Validated
public class AccessController {
    private final Grants grants;

    public AccessController(Grants grants) {
        this.grants = grants;
    }

    /** @param subject the user as the identity provider names them in the token's subject */
    public record GrantRequest(@NotBlank @Size(max = 200) String subject, @NotNull AccessRole role, @NotNull UUID unitId) {
    }

    public record GrantView(UUID grantId, String subject, AccessRole role, UUID unitId, String grantedBy, Instant grantedAt) {
        static GrantView of(AccessGrant g) {
            return new GrantView(g.id(), g.subject(), g.role(), g.unitId(), g.grantedBy(), g.grantedAt());
        }
    }

    public record HeldGrantView(UUID grantId, AccessRole role, UUID unitId, String unitName) {
    }

    /**
     * The caller's rights, so that a screen offers only what will succeed: {@code permissions} lists, for each
     * permission, the units it is held on (each covering its subtree).
     */
    public record CallerView(String subject, boolean platformAdministrator, List<HeldGrantView> grants,
                             Map<Permission, List<String>> permissions) {
    }

    /** 201 with the new grant; 200 with the grant the subject already held, changing nothing. */
    @PostMapping("/grants")
    @Access(Permission.GRANTS_MANAGE)
    public ResponseEntity<GrantView> grant(@Valid @RequestBody GrantRequest request) {
        Grants.Granted granted = grants.grant(request.subject(), request.role(), request.unitId());
        GrantView view = GrantView.of(granted.grant());
        return granted.created()
                ? ResponseEntity.created(URI.create("/api/v1/access/grants/" + view.grantId())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/grants")
    @Access(Permission.GRANTS_MANAGE)
    public List<GrantView> grants(@RequestParam(required = false) @Size(max = 200) String subject,
                                  @RequestParam(required = false) UUID unitId) {
        return grants.list(subject, unitId).stream().map(GrantView::of).toList();
    }

    @DeleteMapping("/grants/{grantId}")
    @Access(Permission.GRANTS_MANAGE)
    public ResponseEntity<Void> revoke(@PathVariable UUID grantId) {
        grants.revoke(grantId);
        return ResponseEntity.noContent().build();
    }

    /** About the caller themself: any signed-in user, with or without grants. */
    @GetMapping("/me")
    @Access(anyUser = true)
    public CallerView me() {
        Grants.CallerAccess caller = grants.caller();
        return new CallerView(caller.subject(), caller.platformAdministrator(), caller.grants().stream()
                .map(h -> new HeldGrantView(h.grant().id(), h.grant().role(), h.grant().unitId(), h.unitName())).toList(),
                caller.permissions());
    }
}
