// A learner's error enum with From impls so `?` converts ParseIntError and a custom check, Display for the messages.
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    BadNumber(ParseIntError),
    OutOfRange(i64),
}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key {}", key),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
            ConfigError::OutOfRange(n) => write!(f, "{} is out of range", n),
        }
    }
}

fn port(line: &str) -> Result<u16, ConfigError> {
    let value = line.strip_prefix("port=").ok_or(ConfigError::Missing("port"))?;
    let n: i64 = value.trim().parse()?;
    if !(1..=65535).contains(&n) {
        return Err(ConfigError::OutOfRange(n));
    }
    Ok(n as u16)
}

fn main() {
    for line in ["port=8080", "port= 22 ", "host=x", "port=abc", "port=70000", "port=-1", "port="] {
        match port(line) {
            Ok(p) => println!("{:<12} -> {}", line, p),
            Err(e) => println!("{:<12} -> error: {} ({:?})", line, e, e),
        }
    }
}
// expect: port=8080    -> 8080
// expect: port= 22     -> 22
// expect: host=x       -> error: missing key port (Missing("port"))
// expect: port=abc     -> error: bad number: invalid digit found in string (BadNumber(ParseIntError { kind: InvalidDigit }))
// expect: port=70000   -> error: 70000 is out of range (OutOfRange(70000))
// expect: port=-1      -> error: -1 is out of range (OutOfRange(-1))
// expect: port=        -> error: bad number: cannot parse integer from empty string (BadNumber(ParseIntError { kind: Empty }))
