//! QR codes of links, as SVG markup generated here (no typed text inside).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An SVG QR code for `text`, at least `size` pixels square; `None` if the
/// text is too long for any QR code.
pub fn qr_svg(text: &str, size: u32) -> Option<String> {
    // Low error correction keeps long links at a scannable density.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(size, size)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_svg_and_overlong_text_does_not() {
        let svg = qr_svg("https://example.org/align180/#/invite/abc", 200).unwrap_or_default();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        assert!(qr_svg(&"x".repeat(8000), 200).is_none());
    }
}
