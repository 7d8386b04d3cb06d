//! Reusable view pieces shared by the pages.

pub mod backup_reminder;
pub mod chart;
pub mod file_drop;
pub mod gather_panel;
pub mod progress;
pub mod qr_scanner;
pub mod rating_item;
pub mod safari_notice;
pub mod score_table;
pub mod share_button;
pub mod share_link;
