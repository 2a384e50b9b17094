// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page's content once, for both what a table is made of: the glyphs with their places (as
 * {@code PDFTextStripper} would, without sorting them into a text) and the straight lines drawn (stroked
 * horizontal and vertical segments, and filled rectangles thin enough to be rules). Glyphs outside the current
 * clipping rectangle are not shown and are left out (a cell clips text that overflows it). Every count is held to
 * the {@link PdfLimits}; the page's streams are inflated and counted before PDFBox decodes them ({@link ContentBudget}).
 */
final class PageScanner extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a rule. */
    private static final double THIN = 2.5;
    /** A segment whose other coordinate moves less than this (points) is straight. */
    private static final double STRAIGHT = 0.5;

    /** The page's content and what it found. */
    record Content(int page, double width, double height, List<Glyph> glyphs, List<Ruling> rulings,
            boolean images) {
    }

    private final PdfLimits limits;
    private final ContentBudget budget;
    private final double left;
    private final double top;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path: each sub-path a list of points x, y (user space). */
    private final List<List<double[]>> path = new ArrayList<>();
    private List<double[]> subpath;
    private int segments;
    private int formDepth;
    private boolean images;
    /** The clipping rectangle in user space (x0, y0, x1, y1), or null when unclipped; saved with the state. */
    private double[] clip;
    private final Deque<double[]> clips = new ArrayDeque<>();

    private PageScanner(PDPage page, PdfLimits limits, ContentBudget budget) {
        super(page);
        this.limits = limits;
        this.budget = budget;
        PDRectangle box = page.getCropBox();
        this.left = box.getLowerLeftX();
        this.top = box.getUpperRightY();
    }

    /**
     * Scans a page.
     *
     * @param page the page
     * @param index the page's index, from 0
     * @throws PdfLimitException if the page breaks a limit
     */
    static Content scan(PDPage page, int index, PdfLimits limits, ContentBudget budget) throws IOException {
        PageScanner scanner = new PageScanner(page, limits, budget);
        budget.page(page);
        if (page.hasContents()) {
            scanner.processPage(page);
        }
        PDRectangle box = page.getCropBox();
        return new Content(index, box.getWidth(), box.getHeight(), List.copyOf(scanner.glyphs),
                List.copyOf(scanner.rulings), scanner.images);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
        String text = font.toUnicode(code);
        if (text == null || text.isEmpty()) {
            return;
        }
        double x = trm.getTranslateX();
        double y = trm.getTranslateY();
        double size = trm.getScalingFactorY();
        double width = displacement.getX() * trm.getScalingFactorX();
        double centreX = x + width / 2;
        double centreY = y + 0.3 * size;
        if (clip != null && (centreX < clip[0] - 0.5 || centreX > clip[2] + 0.5 || centreY < clip[1] - 0.5
                || centreY > clip[3] + 0.5)) {
            return;
        }
        if (glyphs.size() >= limits.maxGlyphsPerPage()) {
            throw new PdfLimitException("the page shows more than " + limits.maxGlyphsPerPage()
                    + " glyphs (PdfLimits.maxGlyphsPerPage)");
        }
        glyphs.add(new Glyph(text, x - left, x - left + width, top - y, size));
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        if (formDepth >= limits.maxFormDepth()) {
            throw new PdfLimitException("form XObjects are nested more than " + limits.maxFormDepth()
                    + " deep (PdfLimits.maxFormDepth)");
        }
        budget.form(form.getCOSObject(), form.getResources());
        formDepth++;
        double[] saved = clip;
        try {
            super.showForm(form);
        } finally {
            clip = saved;
            formDepth--;
        }
    }

    @Override
    public void saveGraphicsState() {
        super.saveGraphicsState();
        clips.push(clip == null ? new double[0] : clip);
    }

    @Override
    public void restoreGraphicsState() {
        super.restoreGraphicsState();
        if (!clips.isEmpty()) {
            double[] saved = clips.pop();
            clip = saved.length == 0 ? null : saved;
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images = true;
    }

    @Override
    public void clip(int windingRule) {
        double[] box = bounds();
        if (box == null) {
            return;
        }
        clip = clip == null ? box : new double[] {Math.max(clip[0], box[0]), Math.max(clip[1], box[1]),
                Math.min(clip[2], box[2]), Math.min(clip[3], box[3])};
    }

    @Override
    public void moveTo(float x, float y) {
        subpath = new ArrayList<>();
        path.add(subpath);
        subpath.add(new double[] {x, y});
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpath == null) {
            moveTo(x, y);
            return;
        }
        if (++segments > limits.maxSegmentsPerPage()) {
            throw new PdfLimitException("the page draws more than " + limits.maxSegmentsPerPage()
                    + " line segments (PdfLimits.maxSegmentsPerPage)");
        }
        subpath.add(new double[] {x, y});
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is no rule: a null point breaks the sub-path's straight segments, and a filled sub-path with a
        // curve is no thin box
        lineTo(x3, y3);
        subpath.add(subpath.size() - 1, null);
    }

    @Override
    public Point2D getCurrentPoint() {
        if (subpath == null) {
            return new Point2D.Float();
        }
        for (int i = subpath.size() - 1; i >= 0; i--) {
            double[] point = subpath.get(i);
            if (point != null) {
                return new Point2D.Double(point[0], point[1]);
            }
        }
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
        if (subpath != null && !subpath.isEmpty()) {
            double[] first = subpath.get(0);
            lineTo((float) first[0], (float) first[1]);
        }
    }

    @Override
    public void endPath() {
        path.clear();
        subpath = null;
    }

    @Override
    public void strokePath() {
        stroke();
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        fill();
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fill();
        stroke();
        endPath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading paints an area, never a rule
    }

    /** Each straight horizontal or vertical segment of the path becomes a rule. */
    private void stroke() {
        for (List<double[]> points : path) {
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                if (a != null && b != null) {
                    rule(a[0], a[1], b[0], b[1]);
                }
            }
        }
    }

    /** Each filled sub-path that is a straight-sided box thin in one direction becomes a rule along its middle. */
    private void fill() {
        for (List<double[]> points : path) {
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            boolean straight = points.size() >= 3;
            for (int i = 0; i < points.size() && straight; i++) {
                double[] p = points.get(i);
                if (p == null) {
                    straight = false;
                    break;
                }
                if (i > 0) {
                    double[] q = points.get(i - 1);
                    straight = Math.abs(p[0] - q[0]) < STRAIGHT || Math.abs(p[1] - q[1]) < STRAIGHT;
                }
                x0 = Math.min(x0, p[0]);
                y0 = Math.min(y0, p[1]);
                x1 = Math.max(x1, p[0]);
                y1 = Math.max(y1, p[1]);
            }
            if (!straight) {
                continue;
            }
            double width = x1 - x0;
            double height = y1 - y0;
            if (height <= THIN && width > 2 * height) {
                rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
            } else if (width <= THIN && height > 2 * width) {
                rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
            }
        }
    }

    /** A segment in user space as a rule in page coordinates, if it is horizontal or vertical. */
    private void rule(double x0, double y0, double x1, double y1) {
        if (Math.abs(y1 - y0) < STRAIGHT && Math.abs(x1 - x0) >= STRAIGHT) {
            double y = top - (y0 + y1) / 2;
            rulings.add(new Ruling(true, y, Math.min(x0, x1) - left, Math.max(x0, x1) - left));
        } else if (Math.abs(x1 - x0) < STRAIGHT && Math.abs(y1 - y0) >= STRAIGHT) {
            double x = (x0 + x1) / 2 - left;
            rulings.add(new Ruling(false, x, top - Math.max(y0, y1), top - Math.min(y0, y1)));
        }
    }

    /** The bounding box of the current path in user space, or null when it is empty. */
    private double[] bounds() {
        double[] box = null;
        for (List<double[]> points : path) {
            for (double[] p : points) {
                if (p == null) {
                    continue;
                }
                if (box == null) {
                    box = new double[] {p[0], p[1], p[0], p[1]};
                } else {
                    box[0] = Math.min(box[0], p[0]);
                    box[1] = Math.min(box[1], p[1]);
                    box[2] = Math.max(box[2], p[0]);
                    box[3] = Math.max(box[3], p[1]);
                }
            }
        }
        return box;
    }
}
