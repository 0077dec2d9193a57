//! In-memory rate limits: a fixed window per key (such as `login:ip:1.2.3.4`). The counts live
//! in the process, so a restart forgets them; that is acceptable for slowing down guessing and
//! mail bombing, which is all they are for.
use crate::common::error::{internal, AppError};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Default)]
pub struct RateLimiter {
    windows: Mutex<HashMap<String, (Instant, u32)>>,
}

/// Beyond this many keys, expired windows are swept on the next call.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    /// Whether `key` has already used up `max` within `period` (counts nothing).
    pub fn blocked(&self, key: &str, max: u32, period: Duration) -> bool {
        let now = Instant::now();
        let windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        windows
            .get(key)
            .is_some_and(|(start, count)| now.duration_since(*start) < period && *count >= max)
    }

    /// Forgets what was counted against `key` (e.g. an account's lock, once its owner has
    /// proved the address).
    pub fn forget(&self, key: &str) {
        self.windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(key);
    }

    /// Counts one event against `key` (e.g. a failed sign-in), without deciding anything.
    pub fn record(&self, key: &str, period: Duration) {
        self.allow(key, u32::MAX, period);
    }

    /// Counts one attempt against `key` and says whether it is within `max` per `period`.
    pub fn allow(&self, key: &str, max: u32, period: Duration) -> bool {
        let now = Instant::now();
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if windows.len() > SWEEP_AT {
            windows.retain(|_, (start, _)| now.duration_since(*start) < Duration::from_secs(3600));
        }
        let entry = windows.entry(key.to_owned()).or_insert((now, 0));
        if now.duration_since(entry.0) >= period {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= max
    }
}

/// Counts one attempt against `key`; more than `max` within `period` is refused.
pub fn rate_limit(key: String, max: u32, period: Duration) -> Result<(), AppError> {
    let state = use_context::<crate::server::state::AppState>()
        .ok_or_else(|| internal("AppState missing from the Leptos context"))?;
    if state.limiter.allow(&key, max, period) {
        Ok(())
    } else {
        tracing::warn!(key = %key, "rate limit reached");
        Err(AppError::RateLimited)
    }
}

/// The rate limiter of this server.
pub fn limiter() -> Result<std::sync::Arc<crate::server::limits::RateLimiter>, AppError> {
    Ok(crate::server::state::app_state()?.limiter)
}

/// At most `per_hour` posts of one kind per person per hour.
pub fn posting_limit(user_id: i64, kind: &str, per_hour: u32) -> Result<(), AppError> {
    rate_limit(
        format!("post:{kind}:{user_id}"),
        per_hour,
        Duration::from_secs(3600),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_up_to_the_limit_per_key() {
        let limiter = RateLimiter::default();
        let hour = Duration::from_secs(3600);
        assert!(limiter.allow("login:a", 2, hour));
        assert!(limiter.allow("login:a", 2, hour));
        assert!(!limiter.allow("login:a", 2, hour));
        assert!(limiter.allow("login:b", 2, hour));
    }

    #[test]
    fn failures_are_recorded_and_checked_separately() {
        let limiter = RateLimiter::default();
        let hour = Duration::from_secs(3600);
        assert!(!limiter.blocked("fail:a", 2, hour));
        limiter.record("fail:a", hour);
        assert!(!limiter.blocked("fail:a", 2, hour));
        limiter.record("fail:a", hour);
        assert!(limiter.blocked("fail:a", 2, hour));
        assert!(!limiter.blocked("fail:b", 2, hour));
    }

    #[test]
    fn a_new_window_starts_after_the_period() {
        let limiter = RateLimiter::default();
        assert!(limiter.allow("k", 1, Duration::ZERO));
        assert!(limiter.allow("k", 1, Duration::ZERO));
    }
}
