//! The binary's own modules: flags ([`args`]), inputs ([`walk`]), one page
//! ([`single`]), many pages ([`batch`]) and where results go ([`output`]).

pub mod args;
pub mod batch;
pub mod output;
pub mod single;
pub mod walk;

/// The exit statuses (see the crate's `main.rs` for when each is used).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Every page extracted (or skipped), or standard output was closed by its reader.
    Ok,
    /// Some pages failed; the others were written.
    SomeFailed,
    /// Bad usage, or not one page could be read.
    Unusable,
    /// Stopped by Ctrl-C after the pages in flight were finished.
    Interrupted,
}

impl Exit {
    /// The process exit code.
    pub fn code(self) -> i32 {
        match self {
            Exit::Ok => 0,
            Exit::SomeFailed => 1,
            Exit::Unusable => 2,
            Exit::Interrupted => 130,
        }
    }
}

/// The reason printed for a page whose extraction panicked (a bug in matn).
pub fn panic_reason(panic: &(dyn std::any::Any + Send)) -> String {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    format!("internal error (please report this page): {message}")
}
