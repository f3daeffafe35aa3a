package com.example;

import com.example.Models.Profile;
import com.example.Models.User;
import io.github.associations.repository.BelongsToRepository;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

import static org.assertj.core.api.Assertions.assertThat;

@DataJdbcTest
@AutoConfigureEmbeddedPostgres
class ProfilesSliceTests {

    @Autowired
    JdbcAggregateOperations aggregates;

    @Autowired
    BelongsToRepository<Profile, User> owners;

    @Test
    void aProfileBelongsToItsUser() {
        User ada = aggregates.insert(new User(null, "ada"));
        Profile profile = aggregates.insert(new Profile(null, "Counts everything"));
        owners.set(profile, ada);
        assertThat(owners.get(profile)).contains(ada);
    }

}
