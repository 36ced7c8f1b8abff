package vn.parindex.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * In each command of a signed-in user, Camunda keeps those of the user's groups that hold any grant by reading the
 * group of every grant in the engine ({@code select distinct GROUP_ID_} over the whole table). With one group per
 * unit that is 3,300 names at national scale, 2 to 2.7 ms a command and several commands in every step of every unit
 * (14,206 calls in one year of 1,000 units). This asks for the user's own groups only, by index; the answer is the
 * same.
 */
@Component
class OwnGroupGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>(Optional.ofNullable(configuration.getCustomSessionFactories())
                .orElse(List.of()));
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** One per command, as the engine's own. */
    static final class Manager extends AuthorizationManager {

        private final Map<List<String>, List<String>> withGrants = new HashMap<>();

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> groupIds) {
            if (groupIds == null || groupIds.isEmpty()) {
                return Collections.emptyList();
            }
            return new ArrayList<>(withGrants.computeIfAbsent(List.copyOf(groupIds), this::holdingGrants));
        }

        private List<String> holdingGrants(List<String> groupIds) {
            String sql = "select distinct GROUP_ID_ from " + Context.getProcessEngineConfiguration().getDatabaseTablePrefix()
                    + "ACT_RU_AUTHORIZATION where GROUP_ID_ in (" + String.join(", ", Collections.nCopies(groupIds.size(), "?"))
                    + ")";
            try (PreparedStatement query = getDbSqlSession().getSqlSession().getConnection().prepareStatement(sql)) {
                for (int i = 0; i < groupIds.size(); i++) {
                    query.setString(i + 1, groupIds.get(i));
                }
                List<String> holding = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        holding.add(rows.getString(1));
                    }
                }
                return holding;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read which of the user's groups hold grants", e);
            }
        }
    }
}
