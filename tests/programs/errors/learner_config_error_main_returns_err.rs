// main returns Result<(), Box<dyn Error>>: an error enum holding a &'static str and a ParseIntError (From for ?), sum into a Result, the last ? exits 1.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    BadNumber(ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing key `{}`", key),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
        }
    }
}

impl Error for ConfigError {}

impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}

fn lookup<'a>(pairs: &'a [(&'a str, &'a str)], key: &'static str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key))
}

fn port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let text = lookup(pairs, "port")?;
    let n: u16 = text.trim().parse()?;
    Ok(n)
}

fn main() -> Result<(), Box<dyn Error>> {
    let good = [("host", "example"), ("port", " 8080 ")];
    let bad = [("port", "80x")];
    let none = [("host", "x")];
    println!("{:?}", port(&good));
    match port(&bad) {
        Ok(p) => println!("port {}", p),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = port(&none) {
        println!("error: {} ({:?})", e, e);
    }
    let total: i32 = ["1", "2", "3"].iter().map(|s| s.parse::<i32>()).sum::<Result<i32, _>>()?;
    println!("total {}", total);
    let all: Result<Vec<i32>, _> = ["4", "five"].iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", all.is_err());
    let p = port(&bad)?;
    println!("unreachable {}", p);
    Ok(())
}
// expect: Ok(8080)
// expect: error: bad number: invalid digit found in string
// expect: error: missing key `port` (Missing("port"))
// expect: total 6
// expect: true
// stderr: Error: BadNumber(ParseIntError { kind: InvalidDigit })
// exit: 1
