package org.peacetrack.ingestion;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LineageOnH2Test extends LineageBehaviour {
}
