//! Pledges on an idea's page (its needs, who backs it, the partner's form, the team's answers)
//! and on a partner's page (what their organisation has backed).
mod backed_list;
mod backing_panel;
mod pledge_form;
pub use backed_list::*;
pub use backing_panel::*;
pub(crate) use pledge_form::PledgeForm;
