package vn.unioncare.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts sensitive personal data at rest (AES-256-GCM) and derives keyed lookup hashes (HMAC-SHA256) so that,
 * e.g., a national ID number can be found and kept unique without being stored in clear.
 * UnionCare refuses to start without a 256-bit key in {@code unioncare.crypto.key} (Base64).
 */
@Component
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(@Value("${unioncare.crypto.key:}") String base64Key) {
        byte[] key = decodeKey(base64Key);
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "unioncare-lookup"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered data", e);
        }
    }

    /** A stable keyed hash for equality lookups. */
    public String lookupHash(String plain) {
        return plain == null ? null : HexFormat.of().formatHex(hmac(lookupKey, plain));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeKey(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("unioncare.crypto.key is not set: UnionCare needs a 256-bit Base64 key "
                    + "(environment variable UNIONCARE_ENCRYPTION_KEY) to protect personal data");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("unioncare.crypto.key is not valid Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("unioncare.crypto.key must decode to 32 bytes, not " + key.length);
        }
        return key;
    }
}
