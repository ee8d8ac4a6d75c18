package vn.unioncare.training;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes as grids of modules, to be printed as vector squares: medium error correction, the standard quiet zone. */
final class QrCodes {

    private static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The modules of a QR code of {@code text}, quiet zone included; {@code [row][column]} true for dark. */
    static boolean[][] modules(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
        for (int row = 0; row < modules.length; row++) {
            for (int column = 0; column < modules[row].length; column++) {
                modules[row][column] = matrix.get(column, row);
            }
        }
        return modules;
    }
}
