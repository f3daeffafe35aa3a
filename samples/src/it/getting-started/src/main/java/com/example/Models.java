package com.example;

import io.github.associations.model.ModelDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Configuration
class Models {

    @Table("users")
    record User(@Id Long id, String username) {}

    @Table("profiles")
    record Profile(@Id Long id, String bio) {}

    @Bean
    ModelDefinition<User> user() {
        return ModelDefinition.of(User.class).hasOne(Profile.class);
    }

    @Bean
    ModelDefinition<Profile> profile() {
        return ModelDefinition.of(Profile.class).belongsTo(User.class);
    }

}
