// parse::<bool>() takes exactly "true" or "false" and parse::<char>() exactly one char; their errors print as std's ParseBoolError and ParseCharError, by Debug and by Display.
use std::error::Error;
use std::str::ParseBoolError;

fn flag(text: &str) -> Result<bool, ParseBoolError> {
    let on: bool = text.trim().parse()?;
    Ok(!on)
}

fn initial(text: &str) -> Result<char, Box<dyn Error>> {
    let c = text.parse::<char>()?;
    Ok(c.to_ascii_uppercase())
}

fn main() {
    println!("{:?} {:?} {:?}", "true".parse::<bool>(), "False".parse::<bool>(), "".parse::<bool>());
    println!("{:?} {:?}", "é".parse::<char>(), "ab".parse::<char>());
    println!("{:?} {:?}", flag(" false\n"), flag("yes"));
    match initial("") {
        Ok(c) => println!("got {}", c),
        Err(e) => println!("error: {}", e),
    }
    match initial("q") {
        Ok(c) => println!("got {}", c),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = "xyz".parse::<char>() {
        println!("[{:<32}] {:?}", e, e);
    }
    if let Err(e) = "on".parse::<bool>() {
        println!("{}", e);
    }
}
// expect: Ok(true) Err(ParseBoolError) Err(ParseBoolError)
// expect: Ok('é') Err(ParseCharError { kind: TooManyChars })
// expect: Ok(true) Err(ParseBoolError)
// expect: error: cannot parse char from empty string
// expect: got Q
// expect: [too many characters in string   ] ParseCharError { kind: TooManyChars }
// expect: provided string was not `true` or `false`
