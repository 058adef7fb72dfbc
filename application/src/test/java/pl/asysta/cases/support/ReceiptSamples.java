package pl.asysta.cases.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

/** Files a person might upload as a receipt: good scans, files of another kind, damaged and oversized ones. */
final class ReceiptSamples {

    private ReceiptSamples() {
    }

    static UploadedFile pdf(String name) {
        return new UploadedFile(name, SimplePdf.withLines(List.of("Paragon fiskalny nr 4711",
                "Bilet MZK normalny 4,20 zl", "Razem 4,20 zl")));
    }

    static UploadedFile png(String name) {
        return new UploadedFile(name, image("png"));
    }

    static UploadedFile jpeg(String name) {
        return new UploadedFile(name, image("jpg"));
    }

    /** A text file given a receipt's name. */
    static UploadedFile textNamedLikeAPdf() {
        return new UploadedFile("paragon.pdf", "Paragon: bilety 12,60 zl".getBytes(StandardCharsets.UTF_8));
    }

    /** A Word document (a zip archive inside) named like a scan. */
    static UploadedFile documentNamedLikeAnImage() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        return new UploadedFile("skan.jpg", zip);
    }

    /** A PDF cut off half-way through the transfer. */
    static UploadedFile truncatedPdf() {
        byte[] whole = pdf("paragon.pdf").content();
        return new UploadedFile("paragon.pdf", Arrays.copyOf(whole, whole.length / 2));
    }

    /**
     * A PDF whose trailer is intact but whose objects were overwritten (a disk or transfer error in the middle):
     * its end looks right, yet it has no pages to open.
     */
    static UploadedFile pdfWithDamagedBody() {
        byte[] damaged = pdf("paragon.pdf").content().clone();
        String text = new String(damaged, StandardCharsets.ISO_8859_1);
        int body = text.indexOf('\n') + 1;
        int xref = text.lastIndexOf("xref", text.lastIndexOf("startxref") - 1);
        Arrays.fill(damaged, body, xref, (byte) ' ');
        return new UploadedFile("paragon.pdf", damaged);
    }

    /** A PNG whose image data is garbage. */
    static UploadedFile damagedPng() {
        byte[] whole = image("png");
        byte[] damaged = whole.clone();
        for (int index = 60; index < damaged.length - 20; index++) {
            damaged[index] = (byte) (damaged[index] ^ 0x5a);
        }
        return new UploadedFile("paragon.png", damaged);
    }

    static UploadedFile truncatedJpeg() {
        byte[] whole = image("jpg");
        return new UploadedFile("paragon.jpg", Arrays.copyOf(whole, whole.length - 200));
    }

    /** A real PDF header followed by more bytes than the limit allows. */
    static UploadedFile oversizedPdf(long maxBytes) {
        byte[] big = new byte[(int) maxBytes + 1];
        byte[] pdf = pdf("skan.pdf").content();
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        return new UploadedFile("skan.pdf", big);
    }

    private static byte[] image(String format) {
        BufferedImage receipt = new BufferedImage(120, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = receipt.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 120, 180);
        graphics.setColor(Color.BLACK);
        for (int line = 20; line < 170; line += 12) {
            graphics.fillRect(10, line, 40 + (line * 7) % 60, 4);
        }
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(receipt, format, bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
