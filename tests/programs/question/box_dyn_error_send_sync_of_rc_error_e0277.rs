// An error type holding an Rc is neither Send nor Sync: boxing it as a Box<dyn Error + Send + Sync> is E0277.
use std::error::Error;
use std::fmt;
use std::rc::Rc;

#[derive(Debug)]
struct Shared(Rc<String>);

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Error for Shared {}

fn fail() -> Result<(), Box<dyn Error + Send + Sync>> {
    Err(Box::new(Shared(Rc::new(String::from("x")))))
}

fn main() {
    println!("{:?}", fail().is_err());
}
// error: E0277 at 18:9
// headline: differs: rustc reports the Sync bound (`cannot be shared`) before the Send bound
