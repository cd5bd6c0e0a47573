export const notificationCentrePath = "/akun/notifikasi";
