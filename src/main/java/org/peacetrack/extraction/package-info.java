/**
 * Extraction: what a document's text says, with nothing stored. It reads the masthead (symbol, distribution,
 * date, language, session, agenda item), recognises the kind of document by what the document says it is and
 * hands it to that kind's recogniser (SG addendum, SG report, initiatives summary, A4P+ priorities, C-34 report,
 * any other UN document), classifies each addendum entry's status, and finds prior references and mentions.
 * The {@code figures} subpackage finds the quantities stated in prose ("68 military contingents", "45 per cent
 * as at 2020"); its {@code FigureFinder}, {@code StatedFigure} and {@code FigureDisagreement} form the named
 * interface {@code figures} that performance, ingestion and indicators use. The kinds it recognises are
 * {@link org.peacetrack.documents.DocumentKind}, the documents module's, since a stored document keeps its kind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Extraction", allowedDependencies = {"reference", "documents"})
package org.peacetrack.extraction;
