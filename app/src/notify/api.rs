//! Server functions of notifications: each person reads and sets only their own.
use super::Inbox;
use crate::common::error::AppError;
#[cfg(feature = "ssr")]
use crate::notify::ssr;
#[cfg(feature = "ssr")]
use crate::server::prelude::*;
use leptos::prelude::*;

#[server(endpoint = "get_inbox", input = server_fn::codec::GetUrl)]
pub async fn get_inbox() -> Result<Inbox, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    ssr::inbox(&pool()?, viewer.id).await
}

/// Marks one notification read, or all of them without an id.
#[server(endpoint = "mark_read")]
pub async fn mark_read(#[server(default)] id: Option<i64>) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("mark_read", &[], async {
        ssr::mark_read(&pool()?, viewer.id, id).await?;
        redirect_plain_form("/notifications");
        Ok("/notifications".to_owned())
    })
    .await
}

/// The delivery choice per kind: one field per kind code, valued `immediate`, `digest` or
/// `inapp`.
#[server(endpoint = "set_notification_prefs")]
pub async fn set_notification_prefs(
    #[server(flatten)] form: super::PrefsForm,
) -> Result<String, AppError> {
    use super::Mode;
    let viewer = authorize_viewer(Access::SignedIn)?;
    finish("set_notification_prefs", &[], async {
        let mut prefs = Vec::new();
        for (kind, value) in form.chosen() {
            let mode = if value.is_empty() {
                Mode::Digest
            } else {
                Mode::from_code(value)
                    .ok_or_else(|| AppError::field(kind.code(), "choice_invalid"))?
            };
            prefs.push((kind, mode));
        }
        ssr::set_prefs(&pool()?, viewer.id, &prefs).await?;
        redirect_plain_form("/notifications?saved=1");
        Ok("/notifications?saved=1".to_owned())
    })
    .await
}
