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
