package org.parley.export.handout;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Where the words of a handout's last page so far end: the page, and the height ({@code y}, in
 * points from the sheet's foot) below which it is still empty down to its foot. What follows may
 * go on there rather than overleaf.
 */
record PageEnd(PDPage page, float y) {
}
