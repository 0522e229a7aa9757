// The book's Config::build taking impl Iterator<Item = String>, with early returns of &'static str errors.
struct Config {
    query: String,
    file_path: String,
    ignore_case: bool,
}

impl Config {
    fn build(mut args: impl Iterator<Item = String>) -> Result<Config, &'static str> {
        args.next();
        let query = match args.next() {
            Some(arg) => arg,
            None => return Err("Didn't get a query string"),
        };
        let file_path = match args.next() {
            Some(arg) => arg,
            None => return Err("Didn't get a file path"),
        };
        let ignore_case = args.next().map_or(false, |s| s == "-i");
        Ok(Config { query, file_path, ignore_case })
    }
}

fn main() {
    let given = vec!["prog".to_string(), "needle".to_string(), "poem.txt".to_string()];
    match Config::build(given.into_iter()) {
        Ok(c) => println!("{} in {} ({})", c.query, c.file_path, c.ignore_case),
        Err(e) => println!("Problem parsing arguments: {e}"),
    }
    let short = vec!["prog".to_string()];
    if let Err(e) = Config::build(short.into_iter()) {
        println!("Problem parsing arguments: {e}");
    }
}
// expect: needle in poem.txt (false)
// expect: Problem parsing arguments: Didn't get a query string
