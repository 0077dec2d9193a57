use super::*;
#[cfg(feature = "ssr")]
use crate::steering::audit::AuditArea;
use crate::steering::audit::AuditPage;

/// A page of the audit log, filtered by area, person and days (steering group only).
#[server(endpoint = "list_audit", input = server_fn::codec::GetUrl)]
pub async fn list_audit(
    #[server(default)] area: String,
    #[server(default)] actor: String,
    #[server(default)] from: String,
    #[server(default)] to: String,
    #[server(default)] before: String,
) -> Result<AuditPage, AppError> {
    authorize(Access::Role(Role::Steering))?;
    let day = |value: &str| {
        let value = value.trim();
        chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .ok()
            .map(|d| d.to_string())
    };
    let filter = ssr::audit::AuditFilter {
        area: AuditArea::from_code(area.trim()),
        actor: actor.trim().parse().ok(),
        from: day(&from),
        to: day(&to),
        before: before.trim().parse().ok(),
    };
    ssr::audit::list(&pool()?, &filter).await
}
