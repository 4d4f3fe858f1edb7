package org.peacetrack.ingestion;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ImportOnH2Test extends ImportBehaviour {
}
