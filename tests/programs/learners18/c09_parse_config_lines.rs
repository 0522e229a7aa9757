// Parsing key=value lines into a struct with ? and an own error enum implementing Display and Error.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum ConfigError {
    MissingEquals(usize),
    UnknownKey(String),
    BadNumber { line: usize, text: String },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingEquals(n) => write!(f, "line {n}: missing '='"),
            ConfigError::UnknownKey(k) => write!(f, "unknown key {k:?}"),
            ConfigError::BadNumber { line, text } => write!(f, "line {line}: {text:?} is not a number"),
        }
    }
}

impl Error for ConfigError {}

#[derive(Debug, Default)]
struct Config {
    width: u32,
    height: u32,
}

fn parse(text: &str) -> Result<Config, ConfigError> {
    let mut c = Config::default();
    for (i, line) in text.lines().enumerate() {
        let (k, v) = line.split_once('=').ok_or(ConfigError::MissingEquals(i + 1))?;
        let n: u32 = v.trim().parse().map_err(|_| ConfigError::BadNumber { line: i + 1, text: v.trim().to_string() })?;
        match k.trim() {
            "width" => c.width = n,
            "height" => c.height = n,
            other => return Err(ConfigError::UnknownKey(other.to_string())),
        }
    }
    Ok(c)
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("{:?}", parse("width = 3\nheight=4"));
    for bad in ["width 3", "depth=1", "height=x"] {
        if let Err(e) = parse(bad) {
            println!("{e}");
        }
    }
    let c = parse("width=1\nheight=oops")?;
    println!("{c:?}");
    Ok(())
}
// expect: Ok(Config { width: 3, height: 4 })
// expect: line 1: missing '='
// expect: unknown key "depth"
// expect: line 1: "x" is not a number
// stderr: Error: BadNumber { line: 2, text: "oops" }
// exit: 1
