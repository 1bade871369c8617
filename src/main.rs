//! `resume-parser`: the command-line client of the core.
//!
//! ```text
//! resume-parser [--pretty] [--out-dir DIR] FILE...     (FILE may be `-` for standard input)
//! ```
//! Without `--out-dir` each result is printed as one JSON document per line (or pretty-printed);
//! with it, `DIR/<file stem>.json` is written per input. A file that cannot be read or is not
//! UTF-8 gets a message on stderr and a non-zero exit, and the other files are still processed.

// The native allocator: see Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: resume-parser [--pretty] [--out-dir DIR] FILE...   (FILE may be - for stdin)
Parses résumé text (English, Chinese or both; plain, Markdown, HTML or PDF-extracted) into JSON Resume.";

struct Args {
    pretty: bool,
    out_dir: Option<PathBuf>,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        pretty: false,
        out_dir: None,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    let mut only_files = false;
    while let Some(arg) = it.next() {
        if only_files {
            args.files.push(arg);
            continue;
        }
        match arg.as_str() {
            "--pretty" => args.pretty = true,
            "--out-dir" => {
                let dir = it.next().ok_or("--out-dir needs a directory")?;
                args.out_dir = Some(PathBuf::from(dir));
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "-V" | "--version" => {
                println!("resume-parser {}", resume_parser::VERSION);
                std::process::exit(0);
            }
            "--" => only_files = true,
            s if s.starts_with("--out-dir=") => {
                args.out_dir = Some(PathBuf::from(&s["--out-dir=".len()..]))
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            _ => args.files.push(arg),
        }
    }
    if args.files.is_empty() {
        return Err("no input file (use - for standard input)".into());
    }
    Ok(args)
}

fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let result = if name == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    result.map_err(|e| format!("{name}: cannot read: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not valid UTF-8 (first bad byte at offset {}); convert it to UTF-8 first",
            e.utf8_error().valid_up_to()
        )
    })
}

fn to_json(resume: &resume_parser::Resume, pretty: bool) -> String {
    if pretty {
        resume.to_json_pretty()
    } else {
        resume.to_json()
    }
}

fn out_path(dir: &Path, name: &str) -> PathBuf {
    let stem = if name == "-" {
        "stdin".to_string()
    } else {
        Path::new(name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "resume".into())
    };
    dir.join(format!("{stem}.json"))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("resume-parser: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(dir) = &args.out_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("resume-parser: cannot create {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    let mut failed = false;
    let stdout = std::io::stdout();
    for name in &args.files {
        let text = match read_input(name) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("resume-parser: {e}");
                failed = true;
                continue;
            }
        };
        // parse() is written never to panic; should it anyway, report this file and go on.
        let resume = match std::panic::catch_unwind(|| resume_parser::parse(&text)) {
            Ok(r) => r,
            Err(_) => {
                eprintln!("resume-parser: {name}: internal error while parsing (please report this input)");
                failed = true;
                continue;
            }
        };
        let json = to_json(&resume, args.pretty);
        let written = match &args.out_dir {
            Some(dir) => {
                let path = out_path(dir, name);
                std::fs::write(&path, json + "\n")
                    .map_err(|e| format!("{}: cannot write: {e}", path.display()))
            }
            None => writeln!(stdout.lock(), "{json}").map_err(|e| format!("stdout: {e}")),
        };
        if let Err(e) = written {
            eprintln!("resume-parser: {e}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
