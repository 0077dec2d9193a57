//! The cookies Santaka sets from the server, written one way.

/// A `Set-Cookie` value for a cookie of the whole site (`Path=/`), kept `max_age` seconds and
/// sent on this site's requests and on links into it (`SameSite=Lax`). `http_only` hides it
/// from scripts; `secure` limits it to HTTPS.
pub fn set_cookie(name: &str, value: &str, max_age: u64, http_only: bool, secure: bool) -> String {
    format!(
        "{name}={value}; Path=/; Max-Age={max_age}{}; SameSite=Lax{}",
        if http_only { "; HttpOnly" } else { "" },
        if secure { "; Secure" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cookie_says_what_it_must() {
        assert_eq!(
            set_cookie("santaka_device", "abc", 60, true, true),
            "santaka_device=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax; Secure"
        );
        assert_eq!(
            set_cookie("santaka_lang", "en", 10, false, false),
            "santaka_lang=en; Path=/; Max-Age=10; SameSite=Lax"
        );
    }
}
