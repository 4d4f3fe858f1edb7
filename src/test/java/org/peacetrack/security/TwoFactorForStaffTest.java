package org.peacetrack.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14, item 5: where required, reviewers, editors and administrators turn two-factor sign-in on first. */
@SpringBootTest(properties = "peacetrack.security.two-factor-for-staff=true")
@AutoConfigureMockMvc
class TwoFactorForStaffTest {

    private static final String PASSWORD = "peacetrack-demo";

    @Autowired
    MockMvc mvc;

    @Test
    void staffWithoutTwoFactorAreSentToTurnItOnAndOthersGoOn() throws Exception {
        mvc.perform(get("/cycles").with(httpBasic("editor", PASSWORD))).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/api/frameworks").with(httpBasic("reviewer", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/account/two-factor").with(httpBasic("editor", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/cycles").with(httpBasic("focal.dpo", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/cycles").with(httpBasic("delegate", PASSWORD))).andExpect(status().isOk());
    }
}
