// `.into()` of a `&str` variable into a Box<dyn Error> copies the text into a new String first (std's From<&str>), then boxes it.
use std::error::Error;

fn parse_flag(flag: &str) -> Result<bool, Box<dyn Error>> {
    let unknown: &str = "unknown flag";
    match flag {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(unknown.into()),
    }
}

fn main() {
    println!("{:?}", parse_flag("on").unwrap());
    if let Err(e) = parse_flag("maybe") {
        println!("{}", e);
    }
}
// expect: true
// expect: unknown flag
