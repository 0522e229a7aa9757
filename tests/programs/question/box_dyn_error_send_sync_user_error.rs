// The learner's error enum, made of Send and Sync parts, boxes into a Box<dyn Error + Send + Sync> with `?`.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Empty,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(key) => write!(f, "missing {}", key),
            ConfigError::Empty => write!(f, "empty"),
        }
    }
}

impl Error for ConfigError {}

fn lookup(key: &str) -> Result<String, ConfigError> {
    if key.is_empty() {
        return Err(ConfigError::Empty);
    }
    Err(ConfigError::Missing(key.to_string()))
}

fn load() -> Result<String, Box<dyn Error + Send + Sync>> {
    let v = lookup("port")?;
    Ok(v)
}

fn main() {
    match load() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("{}", e),
    }
}
// expect: missing port
