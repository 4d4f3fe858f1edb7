package org.peacetrack.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCodeEntity, Long> {

    long countByUsernameAndUsedAtIsNull(String username);

    /** Marks the code used if it is still unused: 1 for the one sign-in that may use it, 0 for any other. */
    @Modifying
    @Query("update RecoveryCodeEntity c set c.usedAt = :now "
            + "where c.username = :username and c.codeHash = :hash and c.usedAt is null")
    int use(String username, String hash, Instant now);

    @Modifying
    @Query("delete from RecoveryCodeEntity c where c.username = :username")
    void deleteAllOf(String username);
}
