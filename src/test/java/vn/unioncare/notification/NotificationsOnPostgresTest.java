package vn.unioncare.notification;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class NotificationsOnPostgresTest extends NotificationsContract {
}
