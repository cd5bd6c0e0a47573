// The participant's check-in QR code as inline SVG (no image request, prints sharply).
import "server-only";
import QRCode from "qrcode";

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
