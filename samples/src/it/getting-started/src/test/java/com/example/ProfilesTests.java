package com.example;

import com.example.Models.Profile;
import com.example.Models.User;
import io.github.associations.repository.HasOneRepository;
import io.github.associations.test.AutoConfigureEmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureEmbeddedPostgres
class ProfilesTests {

    @Autowired
    JdbcAggregateOperations aggregates;

    @Autowired
    HasOneRepository<User, Profile> profiles;

    @Test
    void aUserGetsAProfile() {
        User ada = aggregates.insert(new User(null, "ada"));
        Profile profile = profiles.create(ada, new Profile(null, "Counts everything"));
        assertThat(profiles.get(ada)).contains(profile);
    }

}
