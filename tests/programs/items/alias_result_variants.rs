// Ok and Err named through an alias of Result, in expressions and in match arms.
type Parsed = Result<i32, String>;

fn parse(s: &str) -> Parsed {
    match s.parse::<i32>() {
        Ok(n) => Parsed::Ok(n),
        Err(_) => Parsed::Err(format!("bad number {:?}", s)),
    }
}

fn main() {
    for s in ["12", "x"] {
        match parse(s) {
            Parsed::Ok(n) => println!("ok {}", n),
            Parsed::Err(e) => println!("{}", e),
        }
    }
}
// expect: ok 12
// expect: bad number "x"
