//! A kept page, gzip-compressed once, with a fresh nonce spliced in for every answer.
//!
//! The response cache keeps a page cut at each place its CSP nonce stood
//! ([`crate::cache`]), so every answer carries its own request's nonce. Compressing the whole
//! page on every answer would cost more than the cache saves; instead each cut part is
//! compressed once into raw DEFLATE blocks that end on a byte boundary (a sync flush), and an
//! answer is those blocks with the nonce between them as a stored (uncompressed) block, a final
//! empty block, and the gzip frame: a header, the CRC-32 of the whole page and its length
//! (RFC 1951 §3.2.4, RFC 1952). Only the CRC is computed per answer.
use axum::body::Bytes;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use std::io::Write;

/// gzip's header: magic, DEFLATE, no flags, no time, no extra flags, unknown system.
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
/// A final, empty stored block: BFINAL=1, BTYPE=00, LEN=0, NLEN=!0.
const LAST_BLOCK: [u8; 5] = [1, 0, 0, 0xff, 0xff];

/// The compressed parts of a page, in order.
pub struct SplicedGzip {
    segments: Vec<Vec<u8>>,
}

impl SplicedGzip {
    pub fn new(parts: &[Bytes]) -> std::io::Result<Self> {
        let segments = parts
            .iter()
            .map(|part| {
                let mut encoder = DeflateEncoder::new(Vec::new(), Compression::new(6));
                encoder.write_all(part)?;
                // A sync flush: complete blocks, ending on a byte boundary, none marked last.
                encoder.flush()?;
                Ok(std::mem::take(encoder.get_mut()))
            })
            .collect::<std::io::Result<_>>()?;
        Ok(Self { segments })
    }

    pub fn size(&self) -> usize {
        self.segments.iter().map(Vec::len).sum()
    }

    /// The gzip file of `parts` joined by `nonce` (the same parts this was made from).
    pub fn body(&self, parts: &[Bytes], nonce: &str) -> Vec<u8> {
        let mut crc = crc32fast::Hasher::new();
        let mut length: usize = 0;
        let mut out = Vec::with_capacity(self.size() + 32 * self.segments.len() + 32);
        out.extend_from_slice(&HEADER);
        for (i, (segment, part)) in self.segments.iter().zip(parts).enumerate() {
            if i > 0 {
                stored_block(&mut out, nonce.as_bytes());
                crc.update(nonce.as_bytes());
                length += nonce.len();
            }
            out.extend_from_slice(segment);
            crc.update(part);
            length += part.len();
        }
        out.extend_from_slice(&LAST_BLOCK);
        out.extend_from_slice(&crc.finalize().to_le_bytes());
        out.extend_from_slice(&(length as u32).to_le_bytes());
        out
    }
}

/// A stored block of `data` (under 64 KiB), not the last one, starting on a byte boundary.
fn stored_block(out: &mut Vec<u8>, data: &[u8]) {
    let len = data.len().min(u16::MAX as usize) as u16;
    out.push(0);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&(!len).to_le_bytes());
    out.extend_from_slice(&data[..len as usize]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(bytes: &[u8]) -> String {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .expect("a valid gzip file");
        text
    }

    #[test]
    fn each_answer_is_a_valid_gzip_file_of_the_page_with_its_own_nonce() {
        let program = "<li><a href=\"/festival/i/1\">Kiemų kino vakaras</a></li>".repeat(200);
        let page = format!(
            "<html><script nonce=\"N\">go()</script><ul>{program}</ul><script nonce=\"N\"></script></html>"
        );
        let parts: Vec<Bytes> = page
            .split('N')
            .map(|part| Bytes::copy_from_slice(part.as_bytes()))
            .collect();
        let gzip = SplicedGzip::new(&parts).expect("compressed");
        for nonce in ["abc123", "Zq-9_xYw0pLr3mNs7tUv2A"] {
            let body = gzip.body(&parts, nonce);
            assert_eq!(gunzip(&body), page.replace('N', nonce));
            assert!(body.len() < page.len() / 4, "{} bytes", body.len());
        }
    }

    #[test]
    fn a_page_without_a_nonce_and_an_empty_page_are_valid_too() {
        let one = [Bytes::from_static(b"Kaunas, Santakos parkas")];
        assert_eq!(
            gunzip(&SplicedGzip::new(&one).expect("ok").body(&one, "x")),
            "Kaunas, Santakos parkas"
        );
        let empty = [Bytes::new(), Bytes::new()];
        assert_eq!(
            gunzip(&SplicedGzip::new(&empty).expect("ok").body(&empty, "n")),
            "n"
        );
    }
}
