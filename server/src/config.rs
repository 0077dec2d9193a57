//! Configuration from environment variables, each with a default that works on a laptop.
use std::net::SocketAddr;
use std::path::PathBuf;

/// Every variable the server reads, with its default and meaning; `server --help` prints this.
pub const VARIABLES: &[(&str, &str, &str)] = &[
    (
        "SANTAKA_ADDR",
        "127.0.0.1:3000",
        "address and port to listen on",
    ),
    (
        "DATABASE_URL",
        "sqlite://data/santaka.db",
        "SQLite database; the file and its folder are created on first start",
    ),
    (
        "SANTAKA_PUBLIC_URL",
        "http://127.0.0.1:3000",
        "the address people reach Santaka at: the base of links in emails; https:// makes the session cookie Secure",
    ),
    (
        "SANTAKA_SMTP_URL",
        "(unset)",
        "SMTP server for outgoing email, e.g. smtps://user:password@mail.example.lt; unset writes emails to the log",
    ),
    (
        "SANTAKA_MAIL_FROM",
        "Santaka <no-reply@santaka.kaunas.lt>",
        "sender of outgoing email",
    ),
    (
        "SANTAKA_DEMO_DATA",
        "true (false when SANTAKA_PUBLIC_URL is https)",
        "seed demo content and demo accounts with public passwords on start (idempotent)",
    ),
    (
        "SANTAKA_DIGESTS",
        "auto",
        "auto: the server queues the daily digests itself after 08:00 Vilnius time; off: only the `digest` command does (tests drive its clock)",
    ),
    (
        "SANTAKA_LIVE_RENEW_SECS",
        "300",
        "seconds one live-update stream of a team workspace lasts before the browser reconnects and catches up",
    ),
    (
        "SANTAKA_TILE_URL",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "map tile server of the festival map (Leaflet URL template, https or http); its origin is added to the pages' img-src",
    ),
    (
        "SANTAKA_SITE_ROOT",
        "the build's target/site",
        "folder with the compiled WASM, JS, CSS and public assets",
    ),
    (
        "RUST_LOG",
        "info,sqlx=warn",
        "log filter (tracing EnvFilter syntax)",
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub addr: SocketAddr,
    pub database_url: String,
    pub public_url: String,
    pub demo_data: bool,
    pub site_root: PathBuf,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Whether the server queues the daily digests itself.
    pub auto_digests: bool,
    /// How long one live-update stream lasts.
    pub live_renew_secs: u64,
    /// The festival map's tile server (Leaflet URL template).
    pub tile_url: String,
}

/// A variable that is set to something unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub variable: &'static str,
    pub value: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} has an unusable value: {:?}",
            self.variable, self.value
        )
    }
}

impl std::error::Error for ConfigError {}

impl Settings {
    /// Reads the settings from the process environment.
    pub fn from_env() -> Result<Settings, ConfigError> {
        Settings::from_lookup(|key| std::env::var(key).ok())
    }

    /// Reads the settings through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Settings, ConfigError> {
        let get = |key: &str, default: &str| lookup(key).unwrap_or_else(|| default.to_owned());
        let addr_text = get("SANTAKA_ADDR", "127.0.0.1:3000");
        let addr = addr_text.parse().map_err(|_| ConfigError {
            variable: "SANTAKA_ADDR",
            value: addr_text.clone(),
        })?;
        // Demo accounts have public passwords: an https deployment gets none unless asked.
        let public_url_text = lookup("SANTAKA_PUBLIC_URL").unwrap_or_default();
        let demo_default = if public_url_text.starts_with("https://") {
            "false"
        } else {
            "true"
        };
        let demo_text = get("SANTAKA_DEMO_DATA", demo_default);
        let demo_data = match demo_text.to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => true,
            "0" | "false" | "no" | "off" => false,
            _ => {
                return Err(ConfigError {
                    variable: "SANTAKA_DEMO_DATA",
                    value: demo_text,
                })
            }
        };
        let digests_text = get("SANTAKA_DIGESTS", "auto");
        let auto_digests = match digests_text.to_ascii_lowercase().as_str() {
            "auto" | "on" | "true" => true,
            "off" | "false" => false,
            _ => {
                return Err(ConfigError {
                    variable: "SANTAKA_DIGESTS",
                    value: digests_text,
                })
            }
        };
        let renew_text = get("SANTAKA_LIVE_RENEW_SECS", "300");
        let live_renew_secs = renew_text
            .parse::<u64>()
            .ok()
            .filter(|s| (1..=3600).contains(s))
            .ok_or(ConfigError {
                variable: "SANTAKA_LIVE_RENEW_SECS",
                value: renew_text.clone(),
            })?;
        let tile_url = get("SANTAKA_TILE_URL", app::server::state::DEFAULT_TILE_URL);
        if !(tile_url.starts_with("https://") || tile_url.starts_with("http://"))
            || !tile_url.contains("{z}")
            || tile_url.contains(['"', '\'', ' ', ';'])
        {
            return Err(ConfigError {
                variable: "SANTAKA_TILE_URL",
                value: tile_url,
            });
        }
        let database_url = get("DATABASE_URL", "sqlite://data/santaka.db");
        if !database_url.starts_with("sqlite:") {
            return Err(ConfigError {
                variable: "DATABASE_URL",
                value: database_url,
            });
        }
        let public_url = get("SANTAKA_PUBLIC_URL", &format!("http://{addr}"));
        let site_root = lookup("SANTAKA_SITE_ROOT")
            .or_else(|| lookup("LEPTOS_SITE_ROOT"))
            .unwrap_or_else(|| {
                option_env!("LEPTOS_SITE_ROOT")
                    .unwrap_or("target/site")
                    .to_owned()
            })
            .into();
        Ok(Settings {
            addr,
            database_url,
            public_url,
            demo_data,
            site_root,
            smtp_url: lookup("SANTAKA_SMTP_URL").filter(|v| !v.trim().is_empty()),
            mail_from: get("SANTAKA_MAIL_FROM", "Santaka <no-reply@santaka.kaunas.lt>"),
            auto_digests,
            live_renew_secs,
            tile_url,
        })
    }

    /// The folder the SQLite file lives in, when the URL names a file.
    /// The database file, unless the database is in memory.
    pub fn database_file(&self) -> Option<PathBuf> {
        let path = self
            .database_url
            .trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:");
        let path = path.split('?').next().unwrap_or(path);
        (!path.is_empty() && !path.starts_with(":memory:")).then(|| PathBuf::from(path))
    }

    pub fn database_dir(&self) -> Option<PathBuf> {
        let path = self
            .database_url
            .trim_start_matches("sqlite://")
            .trim_start_matches("sqlite:");
        let path = path.split('?').next().unwrap_or(path);
        if path.is_empty() || path.starts_with(":memory:") {
            return None;
        }
        std::path::Path::new(path)
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(PathBuf::from)
    }
}

/// The text of `server --help`.
pub fn help_text() -> String {
    let mut out = String::from(
        "Santaka: the ideas platform of Kaunas.\n\nUsage: server [migrate | backup PATH | restore PATH | check [PATH] | digest [--at TIME]] [--help]\n\n  migrate    create and migrate the database, then exit\n  backup     write a consistent copy of the database to PATH while the server may run, then exit\n  restore    with the server stopped: check the copy at PATH and put it in place of the database\n  check      integrity, foreign keys and counters of the database (or the file at PATH), read-only; exit 1 if wrong\n  digest     queue the daily digests and workshop reminders due now (or at TIME, RFC 3339), then exit\n\n\
         Configuration comes from environment variables:\n",
    );
    for (name, default, meaning) in VARIABLES {
        out.push_str(&format!(
            "  {name:<20} {meaning}\n  {:<20} default: {default}\n",
            ""
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(pairs: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|key| map.get(key).cloned())
    }

    #[test]
    fn defaults_serve_on_loopback_with_a_local_database() {
        let s = settings(&[]).expect("defaults are valid");
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(s.database_url, "sqlite://data/santaka.db");
        assert_eq!(s.public_url, "http://127.0.0.1:3000");
        assert!(s.demo_data);
        assert_eq!(s.database_dir(), Some(PathBuf::from("data")));
    }

    #[test]
    fn a_bad_address_names_the_variable() {
        let err = settings(&[("SANTAKA_ADDR", "not-an-address")]).expect_err("rejected");
        assert_eq!(err.variable, "SANTAKA_ADDR");
    }

    #[test]
    fn only_sqlite_databases_are_accepted() {
        let err = settings(&[("DATABASE_URL", "postgres://x")]).expect_err("rejected");
        assert_eq!(err.variable, "DATABASE_URL");
    }

    #[test]
    fn an_https_deployment_gets_no_demo_accounts_unless_asked() {
        let s = settings(&[("SANTAKA_PUBLIC_URL", "https://santaka.kaunas.lt")]).expect("valid");
        assert!(!s.demo_data);
        let s = settings(&[
            ("SANTAKA_PUBLIC_URL", "https://santaka.kaunas.lt"),
            ("SANTAKA_DEMO_DATA", "true"),
        ])
        .expect("valid");
        assert!(s.demo_data);
    }

    #[test]
    fn demo_data_can_be_switched_off() {
        let s = settings(&[("SANTAKA_DEMO_DATA", "false")]).expect("valid");
        assert!(!s.demo_data);
    }

    #[test]
    fn help_lists_every_variable() {
        let help = help_text();
        for (name, _, _) in VARIABLES {
            assert!(help.contains(name), "{name} missing from --help");
        }
    }
}
