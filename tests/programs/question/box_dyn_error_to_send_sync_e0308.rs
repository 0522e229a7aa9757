// A Box<dyn Error> does not coerce to a Box<dyn Error + Send + Sync>: the auto traits cannot be added, error E0308.
use std::error::Error;

fn make() -> Box<dyn Error> {
    let s = String::from("bad");
    s.into()
}

fn main() {
    let e: Box<dyn Error + Send + Sync> = make();
    println!("{}", e);
}
// error: E0308 at 10:43
