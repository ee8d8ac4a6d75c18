package vn.unioncare.notification;

import vn.unioncare.common.RefusedException;

public class NotificationException extends RefusedException {

    public NotificationException(String messageKey, int status, String detail) {
        super(messageKey, status, detail);
    }
}
