// main returning Result<(), ConfigError>: the Debug of the own enum is printed after Error:.
#[derive(Debug)]
enum ConfigError {
    Missing(String),
    Invalid { key: String, value: String },
}

fn get(key: &str) -> Result<u16, ConfigError> {
    match key {
        "port" => "80a".parse().map_err(|_| ConfigError::Invalid { key: key.to_string(), value: "80a".to_string() }),
        "workers" => Ok(4),
        _ => Err(ConfigError::Missing(key.to_string())),
    }
}

fn main() -> Result<(), ConfigError> {
    println!("{}", get("workers")?);
    if let Err(e) = get("host") {
        println!("{e:?}");
    }
    let p = get("port")?;
    println!("{p}");
    Ok(())
}
// expect: 4
// expect: Missing("host")
// stderr: Error: Invalid { key: "port", value: "80a" }
// exit: 1
