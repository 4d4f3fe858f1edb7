package org.peacetrack.nodes;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The EntityManagerFactory (and Hibernate Search's bootstrap with it) starts within the start-up lock. */
@Configuration(proxyBeanMethods = false)
class StartUpOrder {

    @Bean
    static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterStartUpLock() {
        return new EntityManagerFactoryDependsOnPostProcessor(StartUpOneNodeAtATime.BEAN);
    }
}
