//! Turns the command line's inputs (files, folders, `-`, `--files-from`) into a lazy,
//! ordered stream of pages. Folders are walked recursively in sorted order, following
//! symbolic links with loop detection; nothing is collected over the whole batch.

use super::args::{Input, PathList};
use std::io::{BufRead, BufReader, Read};
use std::path::{Component, Path, PathBuf};

/// File name endings (compared case-insensitively) that a folder walk treats as pages or
/// archives of pages. Files named on the command line are read whatever their name, and
/// every file's kind (HTML, MHTML, WARC) is told by its content, not by this list.
pub const PAGE_SUFFIXES: &[&str] = &[
    ".html", ".htm", ".html.gz", ".htm.gz", ".mhtml", ".mht", ".warc", ".warc.gz",
];

/// The compression suffix that is dropped before the extension is replaced in `-o` names.
pub const GZIP_SUFFIX: &str = ".gz";

/// One page to extract.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub input: Input,
    /// The page's path below the `-o` folder, before its extension is replaced.
    pub rel: PathBuf,
}

/// What the walk yields, in input order.
#[derive(Debug, PartialEq, Eq)]
pub enum Item {
    Page(Page),
    /// A path that could not be walked (a folder that cannot be listed, a symlink loop,
    /// an unreadable `--files-from` list).
    Failed {
        path: String,
        reason: String,
    },
    /// A folder named on the command line that holds no pages: worth a message, but not
    /// a failed page.
    Empty {
        path: String,
    },
}

/// True when a file found in a folder walk is a page.
pub fn is_page_name(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy().to_lowercase();
    PAGE_SUFFIXES.iter().any(|s| name.ends_with(s))
}

/// The output path of a page named on the command line: the path as given, without its
/// root, `.` and `..` parts, so that `-o` never writes outside its folder.
pub fn relative_to_output(path: &Path) -> PathBuf {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part),
            _ => None,
        })
        .collect()
}

/// The inputs, expanded lazily.
pub struct Walk {
    positional: std::vec::IntoIter<Input>,
    list: Option<ListReader>,
    folder: Option<FolderWalk>,
}

impl Walk {
    pub fn new(inputs: Vec<Input>, files_from: Option<PathList>) -> Walk {
        Walk {
            positional: inputs.into_iter(),
            list: files_from.map(ListReader::new),
            folder: None,
        }
    }

    /// The next input path, positional ones first, then the `--files-from` list.
    fn next_input(&mut self) -> Option<Result<Input, Item>> {
        if let Some(i) = self.positional.next() {
            return Some(Ok(i));
        }
        let list = self.list.as_mut()?;
        let next = list.next();
        if next.is_none() {
            self.list = None;
        }
        next
    }
}

impl Iterator for Walk {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(folder) = self.folder.as_mut() {
                match folder.next() {
                    Some(item) => return Some(item),
                    None => self.folder = None,
                }
            }
            match self.next_input()? {
                Err(item) => return Some(item),
                Ok(Input::Path(p)) if p.is_dir() => self.folder = Some(FolderWalk::new(p)),
                Ok(input) => {
                    let rel = match &input {
                        Input::Path(p) => relative_to_output(p),
                        Input::Stdin => PathBuf::new(),
                    };
                    return Some(Item::Page(Page { input, rel }));
                }
            }
        }
    }
}

/// One folder, walked recursively in file-name order.
struct FolderWalk {
    root: PathBuf,
    iter: walkdir::IntoIter,
    /// Pages and failures seen so far; none at the end means the folder was empty.
    seen: usize,
    done: bool,
}

impl FolderWalk {
    fn new(root: PathBuf) -> FolderWalk {
        let iter = walkdir::WalkDir::new(&root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        FolderWalk {
            root,
            iter,
            seen: 0,
            done: false,
        }
    }
}

impl Iterator for FolderWalk {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.done {
            return None;
        }
        for entry in self.iter.by_ref() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    self.seen += 1;
                    return Some(walk_failure(&self.root, &e));
                }
            };
            if !entry.file_type().is_file() || !is_page_name(entry.file_name()) {
                continue;
            }
            self.seen += 1;
            let path = entry.path().to_path_buf();
            let rel = match path.strip_prefix(&self.root) {
                Ok(r) => r.to_path_buf(),
                Err(_) => relative_to_output(&path),
            };
            return Some(Item::Page(Page {
                input: Input::Path(path),
                rel,
            }));
        }
        self.done = true;
        (self.seen == 0).then(|| Item::Empty {
            path: self.root.display().to_string(),
        })
    }
}

/// The message for a path that the folder walk could not enter.
fn walk_failure(root: &Path, e: &walkdir::Error) -> Item {
    let path = e.path().unwrap_or(root).display().to_string();
    let reason = match (e.loop_ancestor(), e.io_error()) {
        (Some(ancestor), _) => format!("symbolic link loop (leads back to {})", ancestor.display()),
        (None, Some(io)) => io.to_string(),
        (None, None) => e.to_string(),
    };
    Item::Failed { path, reason }
}

/// The longest entry read from a `--files-from` list; a longer one means the list is not
/// a list of paths (a page or a binary file given by mistake).
pub const MAX_LIST_ENTRY_BYTES: u64 = 64 * 1024;

/// `--files-from`: paths separated by newlines or NULs, read as they are needed.
struct ListReader {
    name: String,
    source: Input,
    separator: u8,
    state: ListState,
}

enum ListState {
    Unopened,
    Open(BufReader<Box<dyn Read + Send>>),
    Done,
}

impl ListReader {
    fn new(list: PathList) -> ListReader {
        ListReader {
            name: list.source.display(),
            source: list.source,
            separator: list.separator,
            state: ListState::Unopened,
        }
    }

    fn next(&mut self) -> Option<Result<Input, Item>> {
        if let ListState::Unopened = self.state {
            let inner: Box<dyn Read + Send> = match &self.source {
                Input::Stdin => Box::new(std::io::stdin()),
                Input::Path(p) => match std::fs::File::open(p) {
                    Ok(f) => Box::new(f),
                    Err(e) => return Some(Err(self.failed(e.to_string()))),
                },
            };
            self.state = ListState::Open(BufReader::new(inner));
        }
        let ListState::Open(reader) = &mut self.state else {
            return None;
        };
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let read = reader
                .by_ref()
                .take(MAX_LIST_ENTRY_BYTES + 1)
                .read_until(self.separator, &mut buf);
            match read {
                Ok(0) => {
                    self.state = ListState::Done;
                    return None;
                }
                Ok(_) => {
                    if buf.last() == Some(&self.separator) {
                        buf.pop();
                    } else if buf.len() as u64 > MAX_LIST_ENTRY_BYTES {
                        let reason = format!("an entry longer than {MAX_LIST_ENTRY_BYTES} bytes");
                        return Some(Err(self.failed(reason)));
                    }
                    if self.separator == b'\n' && buf.last() == Some(&b'\r') {
                        buf.pop();
                    }
                    if !buf.is_empty() {
                        return Some(Ok(Input::Path(path_from_bytes(&buf))));
                    }
                }
                Err(e) => return Some(Err(self.failed(e.to_string()))),
            }
        }
    }

    /// Ends the list with one failure.
    fn failed(&mut self, reason: String) -> Item {
        self.state = ListState::Done;
        Item::Failed {
            path: self.name.clone(),
            reason: format!("cannot read the list of paths: {reason}"),
        }
    }
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(items: Vec<Item>) -> Vec<String> {
        items
            .into_iter()
            .map(|i| match i {
                Item::Page(p) => p.rel.display().to_string(),
                Item::Failed { path, .. } => format!("failed:{path}"),
                Item::Empty { path } => format!("empty:{path}"),
            })
            .collect()
    }

    #[test]
    fn page_names_include_gzip_and_ignore_case() {
        for ok in [
            "a.html",
            "a.HTM",
            "a.html.gz",
            "b.htm.gz",
            "c.mhtml",
            "c.MHT",
            "d.warc",
            "d.warc.gz",
        ] {
            assert!(is_page_name(ok.as_ref()), "{ok} should be a page");
        }
        for no in ["a.json", "a.gz", "html", "a.html.bak", "a.warc.json"] {
            assert!(!is_page_name(no.as_ref()), "{no} should not be a page");
        }
    }

    #[test]
    fn output_paths_never_leave_the_output_folder() {
        assert_eq!(
            relative_to_output(Path::new("../x/./a.html")),
            Path::new("x/a.html")
        );
        assert_eq!(
            relative_to_output(Path::new("/abs/a.html")),
            Path::new("abs/a.html")
        );
        assert_eq!(
            relative_to_output(Path::new("a/b.html")),
            Path::new("a/b.html")
        );
    }

    #[test]
    fn folder_walk_is_sorted_recursive_and_only_pages() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/c")).unwrap();
        for f in [
            "z.html",
            "a.htm",
            "b/c/d.html.gz",
            "b/x.txt",
            "b/m.html",
            "notes.json",
        ] {
            fs::write(root.join(f), "x").unwrap();
        }
        let items: Vec<Item> = Walk::new(vec![Input::Path(root.to_path_buf())], None).collect();
        assert_eq!(
            names(items),
            ["a.htm", "b/c/d.html.gz", "b/m.html", "z.html"],
            "walk order"
        );
    }

    #[test]
    fn empty_folder_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let items: Vec<Item> =
            Walk::new(vec![Input::Path(dir.path().to_path_buf())], None).collect();
        assert_eq!(items.len(), 1, "items");
        assert!(matches!(items[0], Item::Empty { .. }), "empty folder item");
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loop_is_a_failure_not_an_endless_walk() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("sub")).unwrap();
        fs::write(root.join("sub/a.html"), "x").unwrap();
        std::os::unix::fs::symlink(root, root.join("sub/loop")).unwrap();
        let items = names(Walk::new(vec![Input::Path(root.to_path_buf())], None).collect());
        assert_eq!(items.len(), 2, "items: {items:?}");
        assert_eq!(items[0], "sub/a.html", "first item");
        assert!(items[1].starts_with("failed:"), "loop item: {:?}", items[1]);
    }

    #[test]
    fn files_from_reads_lines_and_nul_separated_paths() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("list");
        fs::write(&list, "a.html\r\n\nb/c.html\n").unwrap();
        let lines = PathList {
            source: Input::Path(list.clone()),
            separator: b'\n',
        };
        assert_eq!(
            names(Walk::new(vec![], Some(lines)).collect()),
            ["a.html", "b/c.html"],
            "lines"
        );
        fs::write(&list, "a b.html\0c\n.html\0").unwrap();
        let nul = PathList {
            source: Input::Path(list),
            separator: 0,
        };
        assert_eq!(
            names(Walk::new(vec![], Some(nul)).collect()),
            ["a b.html", "c\n.html"],
            "NUL"
        );
    }

    #[test]
    fn list_without_separators_is_one_failure() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("page.html");
        fs::write(&list, vec![b'x'; MAX_LIST_ENTRY_BYTES as usize + 10]).unwrap();
        let list = PathList {
            source: Input::Path(list),
            separator: 0,
        };
        let items = names(Walk::new(vec![], Some(list)).collect());
        assert_eq!(items.len(), 1, "items");
        assert!(items[0].starts_with("failed:"), "item: {:.40}", items[0]);
    }

    #[test]
    fn missing_list_is_one_failure() {
        let list = PathList {
            source: Input::Path("/nonexistent/list".into()),
            separator: b'\n',
        };
        let items = names(Walk::new(vec![Input::Path("x.html".into())], Some(list)).collect());
        assert_eq!(items, ["x.html", "failed:/nonexistent/list"], "items");
    }
}
