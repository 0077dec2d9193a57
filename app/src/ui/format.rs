//! Small text formats shared by pages.

/// "2026-11-20" from a stored time.
pub(crate) fn date_of(time: &str) -> String {
    time.chars().take(10).collect()
}
