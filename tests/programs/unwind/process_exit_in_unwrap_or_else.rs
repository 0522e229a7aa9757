// `use std::process;` then process::exit(1) in unwrap_or_else's closure, as the book's minigrep stops on a bad configuration: the args Vec and the message stay allocated, nothing is dropped.
use std::process;

struct Config {
    query: String,
    file_path: String,
}

impl Config {
    fn build(args: &[String]) -> Result<Config, &'static str> {
        if args.len() < 3 {
            return Err("not enough arguments");
        }
        let query = args[1].clone();
        let file_path = args[2].clone();
        Ok(Config { query, file_path })
    }
}

fn main() {
    let args: Vec<String> = vec![String::from("minigrep"), String::from("needle")];
    let config = Config::build(&args).unwrap_or_else(|err| {
        println!("Problem parsing arguments: {err}");
        process::exit(1);
    });
    println!("Searching for {} in {}", config.query, config.file_path);
}
// expect: Problem parsing arguments: not enough arguments
// exit: 1
