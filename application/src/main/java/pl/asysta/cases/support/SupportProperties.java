package pl.asysta.cases.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code asysta.support.receipt-max-size}: the largest receipt scan accepted (5 MB unless configured); a phone
 * photo of a receipt is well below it, a scanned booklet is not a receipt.
 */
@ConfigurationProperties("asysta.support")
public record SupportProperties(DataSize receiptMaxSize) {

    public static final DataSize DEFAULT_RECEIPT_MAX_SIZE = DataSize.ofMegabytes(5);

    public SupportProperties {
        receiptMaxSize = receiptMaxSize == null ? DEFAULT_RECEIPT_MAX_SIZE : receiptMaxSize;
    }
}
