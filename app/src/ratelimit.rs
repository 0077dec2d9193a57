//! In-memory rate limits: a fixed window per key (such as `login:ip:1.2.3.4`). The counts live
//! in the process, so a restart forgets them; that is acceptable for slowing down guessing and
//! mail bombing, which is all they are for.
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
        entry.1 += 1;
        entry.1 <= max
    }
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
    fn a_new_window_starts_after_the_period() {
        let limiter = RateLimiter::default();
        assert!(limiter.allow("k", 1, Duration::ZERO));
        assert!(limiter.allow("k", 1, Duration::ZERO));
    }
}
