package org.dualcarbon.security.internal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.dualcarbon.security.UserAccount;

@Mapper
public interface UserMapper {

    Optional<UserAccount> findAccount(@Param("username") String username);

    Optional<String> passwordHash(@Param("username") String username);

    List<UserAccount> all();

    long count();

    List<Long> assignments(@Param("userId") long userId);

    void insert(UserRow row);

    void insertAssignment(@Param("userId") long userId, @Param("enterpriseId") long enterpriseId);

    void setEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    boolean mustChangePassword(@Param("username") String username);

    /** Sets a new password hash and ends the obligation to change the initial password. */
    int changePassword(@Param("username") String username, @Param("hash") String hash);

    void insertPasswordHistory(@Param("username") String username, @Param("hash") String hash);

    List<String> recentPasswordHashes(@Param("username") String username, @Param("limit") int limit);

    /** At login: whether the account is locked at {@code now} after failed logins, and whether it has an initial password. */
    Optional<LoginState> loginState(@Param("username") String username, @Param("now") java.time.LocalDateTime now);

    record LoginState(boolean locked, boolean initialPassword) {
    }

    /** Counts a failed login; at {@code limit} consecutive failures the account is locked until {@code until}. */
    int recordFailedLogin(@Param("username") String username, @Param("limit") int limit,
                          @Param("until") java.time.LocalDateTime until);

    int clearFailedLogins(@Param("username") String username);

    String totpSecret(@Param("username") String username);

    int setTotpSecret(@Param("username") String username, @Param("secret") String secret);

    /** Accepts time step {@code step} once: only if it is later than the last one accepted. */
    int advanceTotpStep(@Param("username") String username, @Param("step") long step);

    org.dualcarbon.security.SecurityPolicy currentPolicy();

    List<org.dualcarbon.security.SecurityPolicy> policyVersions();

    void insertPolicy(org.dualcarbon.security.SecurityPolicy policy);
}
