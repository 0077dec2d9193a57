//! Passwords and one-time tokens: Argon2id hashing on the blocking pool, random link tokens
//! and the hash under which they are stored.
use crate::common::error::{internal, AppError};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use rand::RngCore as _;
use sha2::Digest as _;
use std::sync::OnceLock;

/// Argon2id at OWASP's recommended parameters (19 MiB, 2 passes, 1 lane).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// At most this many Argon2 computations at once (19 MiB of memory each): a burst of sign-ins
/// waits its turn instead of taking the blocking pool's 512 threads and gigabytes of memory.
pub const HASHING_AT_ONCE: usize = 4;
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(HASHING_AT_ONCE);
/// How many are running now, and the most seen at once (for the test of the limit).
static RUNNING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PEAK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs one Argon2 computation on the blocking pool, when one of [`HASHING_AT_ONCE`] turns is
/// free.
async fn argon2_turn<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    use std::sync::atomic::Ordering;
    let _turn = HASHING.acquire().await.map_err(internal)?;
    tokio::task::spawn_blocking(move || {
        let now = RUNNING.fetch_add(1, Ordering::SeqCst) + 1;
        PEAK.fetch_max(now, Ordering::SeqCst);
        let result = work();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        result
    })
    .await
    .map_err(internal)?
}

/// The most Argon2 computations seen running at once since the process started.
pub fn hashing_peak() -> usize {
    PEAK.load(std::sync::atomic::Ordering::SeqCst)
}

/// Hashes a password on the blocking pool, so a burst of sign-ups does not stall requests.
pub async fn hash_password(password: String) -> Result<String, AppError> {
    argon2_turn(move || hash_now(&password)).await
}

fn hash_now(password: &str) -> Result<String, AppError> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(internal)?;
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(internal)
}

/// Checks a password against a stored hash on the blocking pool. Without a hash (no such
/// account) it checks against a fixed hash, so both answers take the same time.
pub async fn verify_password(password: String, stored: Option<String>) -> Result<bool, AppError> {
    argon2_turn(move || {
        static DUMMY: OnceLock<String> = OnceLock::new();
        let dummy = DUMMY.get_or_init(|| hash_now("no such account").unwrap_or_default());
        let (hash, real) = match &stored {
            Some(hash) => (hash.as_str(), true),
            None => (dummy.as_str(), false),
        };
        let parsed = PasswordHash::new(hash).map_err(internal)?;
        let matches = hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(real && matches)
    })
    .await
}

/// A fresh random token for a link (32 bytes, URL-safe base64).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored of a token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    let digest = sha2::Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn at_most_four_passwords_are_hashed_at_once() {
        let burst: Vec<_> = (0..16)
            .map(|i| tokio::spawn(hash_password(format!("slaptažodis {i}"))))
            .collect();
        for hash in burst {
            hash.await.expect("joined").expect("hashed");
        }
        let peak = hashing_peak();
        assert!(
            (1..=HASHING_AT_ONCE).contains(&peak),
            "{peak} hashes ran at once"
        );
    }

    #[tokio::test]
    async fn passwords_are_argon2id_at_owasp_parameters_and_salted() {
        let a = hash_password("Nemunas ir Neris".into())
            .await
            .expect("hash");
        let b = hash_password("Nemunas ir Neris".into())
            .await
            .expect("hash");
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "a fresh salt each time");
        assert!(verify_password("Nemunas ir Neris".into(), Some(a.clone()))
            .await
            .expect("verify"));
        assert!(!verify_password("Neris ir Nemunas".into(), Some(a))
            .await
            .expect("verify"));
        assert!(!verify_password("anything".into(), None)
            .await
            .expect("verify"));
    }
}
