// A `Box<dyn Error>` made from the learner's error holding a String frees the String and then the Box (its concrete size) when dropped.
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct Failed {
    why: String,
}

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "failed: {}", self.why)
    }
}

impl Error for Failed {}

fn attempt() -> Result<(), Failed> {
    Err(Failed { why: String::from("disk") })
}

fn run() -> Result<(), Box<dyn Error>> {
    attempt()?;
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        println!("{}", e);
        println!("{:?}", e);
    }
    println!("done");
}
// expect: failed: disk
// expect: Failed { why: "disk" }
// expect: done
