package org.peacetrack.indicators;

/**
 * What a published document says of one year's target of the uniformed gender parity strategy for one
 * uniformed category: met or not met, with the document and where in it. Such statements exist for years
 * whose target values no source Peacetrack holds gives (reference/indicators/parity-statements.csv).
 */
public record ParityStatement(int year, String personnelType, Outcome outcome, String sourceDocument, String location) {

    public enum Outcome {
        MET, NOT_MET
    }
}
