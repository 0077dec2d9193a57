use super::*;
use crate::steering::import::Preview;
use crate::steering::ImportSummary;

/// The files uploaded lately, newest first.
#[server(endpoint = "list_imports", input = server_fn::codec::GetUrl)]
pub async fn list_imports() -> Result<Vec<ImportSummary>, AppError> {
    authorize(Access::Role(Role::Steering))?;
    ssr::import::recent(&pool()?).await
}

/// An uploaded file's preview: every row with its problems.
#[server(endpoint = "get_import", input = server_fn::codec::GetUrl)]
pub async fn get_import(id: i64) -> Result<Preview, AppError> {
    authorize(Access::Role(Role::Steering))?;
    ssr::import::preview(&pool()?, id)
        .await
        .inspect_err(crate::server::request::set_error_status)
}

/// Imports a previewed file whose every row is right, all or nothing.
#[server(endpoint = "run_import")]
pub async fn run_import(id: i64) -> Result<String, AppError> {
    let viewer = authorize_viewer(Access::Role(Role::Steering))?;
    finish("run_import", &[], async {
        let state = crate::server::state::app_state()?;
        ssr::import::run(&state.pool, &viewer, id, &state.public_url).await?;
        Ok(done(format!("/steering/import/{id}?imported=1")))
    })
    .await
}
