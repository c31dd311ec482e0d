//! Where `-o FILE` writes, the way `sort -o` and `rsync` do: a regular file (or a missing one)
//! is replaced atomically through a temporary file beside it, never half written; a symbolic
//! link is followed and its target replaced; a device, a FIFO or `/dev/stdout` is written in
//! place, never replaced; an input of the run is refused.

use crate::input::{Item, Problem};
use anyhow::{Context, Result, bail};
use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary file a signal must remove before the process ends.
static PENDING: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Removes the pending temporary file on SIGINT, SIGTERM and SIGHUP, then exits (130).
fn clean_on_signals() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if let Ok(mut pending) = PENDING.lock()
                && let Some(path) = pending.take()
            {
                let _ = fs::remove_file(path);
            }
            std::process::exit(130);
        });
    });
}

pub enum Target {
    /// A regular file (or none yet) at `path`, replaced by `temporary` at the end.
    Replace {
        path: PathBuf,
        temporary: tempfile::NamedTempFile,
    },
    /// A device, a FIFO: written in place.
    InPlace(File),
}

/// Ends the writing: renames the temporary file over the target, or removes it.
pub struct Finish {
    replace: Option<(PathBuf, tempfile::NamedTempFile)>,
}

impl Target {
    /// Opens the target of `-o path` for a run that reads `items`.
    pub fn open(path: &Path, items: &[Result<Item, Problem>]) -> Result<Target> {
        let shown = crate::input::escaped(&path.display().to_string());
        // What the path names, links followed by the system (`/dev/stdout` is a link to a
        // link in /proc that only the system can follow).
        let existing = fs::metadata(path).ok();
        if let Some(meta) = &existing {
            if meta.is_dir() {
                bail!("cannot write {shown}: is a directory");
            }
            if is_input(meta, items) {
                bail!("cannot write {shown}: it is one of the inputs (it would be overwritten)");
            }
            if !meta.is_file() {
                let file = OpenOptions::new()
                    .write(true)
                    .open(path)
                    .with_context(|| format!("cannot write {shown}"))?;
                return Ok(Target::InPlace(file));
            }
        }
        // A regular file (or none yet): the file the links lead to is the one replaced.
        let resolved = follow_links(path).with_context(|| format!("cannot write {shown}"))?;
        let dir = resolved
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = resolved
            .file_name()
            .with_context(|| format!("cannot write {shown}: not a file name"))?;
        clean_on_signals();
        // An unpredictable name, created with O_EXCL in the target's folder; a new file gets
        // what `File::create` would give it (666 less the umask), a replaced one its old mode.
        let prefix = format!(".{}.", name.to_string_lossy());
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".montants.tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let temporary = builder
            .tempfile_in(dir)
            .with_context(|| format!("cannot write {shown}"))?;
        if let Ok(mut pending) = PENDING.lock() {
            *pending = Some(temporary.path().to_path_buf());
        }
        if let Some(meta) = &existing {
            fs::set_permissions(temporary.path(), meta.permissions())
                .with_context(|| format!("cannot write {shown}"))?;
        }
        Ok(Target::Replace {
            path: resolved,
            temporary,
        })
    }

    /// A handle to write to, and what ends the writing.
    pub fn writer(self) -> Result<(File, Finish)> {
        match self {
            Target::InPlace(file) => Ok((file, Finish { replace: None })),
            Target::Replace { path, temporary } => {
                let file = temporary.as_file().try_clone()?;
                Ok((
                    file,
                    Finish {
                        replace: Some((path, temporary)),
                    },
                ))
            }
        }
    }
}

impl Finish {
    /// Puts the written file in place (`keep`), or removes it and leaves the target as it was.
    pub fn complete(self, keep: bool) -> Result<()> {
        let Some((path, temporary)) = self.replace else {
            return Ok(());
        };
        let result = if keep {
            let shown = crate::input::escaped(&path.display().to_string());
            temporary
                .as_file()
                .sync_all()
                .and_then(|()| temporary.persist(&path).map(|_| ()).map_err(|e| e.error))
                .with_context(|| format!("cannot write {shown}"))
        } else {
            drop(temporary);
            Ok(())
        };
        if let Ok(mut pending) = PENDING.lock() {
            *pending = None;
        }
        result
    }
}

/// `path` with its symbolic links followed (a dangling link gives the path it points to).
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                path = match path.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

#[cfg(unix)]
fn is_input(meta: &fs::Metadata, items: &[Result<Item, Problem>]) -> bool {
    use std::os::unix::fs::MetadataExt;
    items.iter().any(|item| match item {
        Ok(Item::File { path, .. }) => {
            fs::metadata(path).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
        }
        _ => false,
    })
}

#[cfg(not(unix))]
fn is_input(_meta: &fs::Metadata, _items: &[Result<Item, Problem>]) -> bool {
    false
}
