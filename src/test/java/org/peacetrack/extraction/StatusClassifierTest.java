package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule on sentences in the Secretariat's wording of other years, none of them in the seeds; wording
 * that no rule knows stays a narrative with a low confidence.
 */
class StatusClassifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Implemented.                                                              | IMPLEMENTED
            Fully implemented.                                                        | IMPLEMENTED
            Completed.                                                                | IMPLEMENTED
            Implementation has been completed.                                        | IMPLEMENTED
            Implementation is complete, and the guidance was issued in March.        | IMPLEMENTED
            This recommendation has been implemented through the new policy.          | IMPLEMENTED
            The request was fully implemented in 2022.                                | IMPLEMENTED
            Implementation continues.                                                 | ONGOING
            Implementation continues in all missions.                                 | ONGOING
            Implementation is in progress.                                            | ONGOING
            With regard to training, implementation remains under way.                | ONGOING
            The recommendation is being implemented.                                  | ONGOING
            This recommendation has been partially implemented.                       | ONGOING
            Implementation has been partially completed.                              | ONGOING
            Ongoing.                                                                  | ONGOING
            The Secretariat notes the recommendation.                                 | NOTED
            The Secretariat acknowledges the Special Committee's recommendation.      | NOTED
            The Secretariat has taken note of the request.                            | NOTED
            Noted.                                                                    | NOTED
            See the status of recommendation 12 for 2021.                             | NARRATIVE
            The policy has not yet been implemented.                                  | NARRATIVE
            Implementation of the new framework began in three missions.             | NARRATIVE
            The revised policy is being implemented across missions.                  | NARRATIVE
            """)
    void secretariatWordingOfOtherYearsGetsItsStatus(String sentence, EntryStatus expected) {
        StatusAssessment assessed = StatusClassifier.classify(sentence + " Further detail follows.");
        assertThat(assessed.status()).isEqualTo(expected);
        if (expected == EntryStatus.NARRATIVE) {
            assertThat(assessed.confidence()).isEqualTo(StatusClassifier.UNKNOWN_WORDING).isLessThan(0.8);
        } else {
            assertThat(assessed.confidence()).isGreaterThan(StatusClassifier.UNKNOWN_WORDING);
        }
    }
}
