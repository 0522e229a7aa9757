// Walking an error's source chain through &dyn Error: the learner's override hands on a ParseIntError, whose own source() is Error's default None.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ConfigError {
    cause: std::num::ParseIntError,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad config")
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.cause)
    }
}

fn load(s: &str) -> Result<u16, ConfigError> {
    s.parse::<u16>().map_err(|cause| ConfigError { cause })
}

fn main() {
    match load("70000") {
        Ok(port) => println!("port {}", port),
        Err(e) => {
            println!("error: {}", e);
            let mut source = e.source();
            while let Some(s) = source {
                println!("  caused by: {}", s);
                source = s.source();
            }
        }
    }
}
// expect: error: bad config
// expect:   caused by: number too large to fit in target type
